import type { LetterLanguage, LetterType } from '../types';

/**
 * Letter templates are data: head office publishes them (id + version), the app fills the {{placeholders}}
 * and prints them. A template never decides what is lawful: checkLetter runs the compliance pack's wording
 * rules over the rendered text and checks that every statement the pack requires is there.
 */

/** What a paragraph states, matched against the pack's `letters[].requiredStatements`. */
export const STATEMENT_KEYS = [
  'name_and_balance',
  'reason_and_legal_basis',
  'rights_and_duties',
  'channels_check_repay_dispute',
  'bank_contact',
  'deadline',
  'consequences',
  'seal',
] as const;
export type StatementKey = (typeof STATEMENT_KEYS)[number];

export interface TemplateParagraph {
  /** The statements this paragraph makes (a check needs each required one in a non-empty paragraph). */
  statements: StatementKey[];
  /** Text with {{placeholders}} (see PLACEHOLDERS in ../render.ts). */
  text: string;
  /** Printed in bold (deadlines, the total). */
  emphasis?: boolean;
  /**
   * Printed only when this placeholder has a value (e.g. `arrangementInForce`): a paragraph about something the
   * case may not have. Left out otherwise, and then not an unfilled placeholder.
   */
  when?: string;
}

export interface LetterTemplate {
  /** e.g. 'cn.demand_notice'. */
  id: string;
  /** e.g. '2026.1'; printed on the letter and covered by its verification code. */
  version: string;
  type: LetterType;
  language: LetterLanguage;
  title: string;
  /** The recipient line, e.g. '{{recipientName}}：'. */
  salutation: string;
  /** Printed before the amounts table. */
  paragraphs: TemplateParagraph[];
  /** Printed after the amounts table (deadline, consequences, channels…). */
  closing: TemplateParagraph[];
  /** Statements the template itself promises, for types the pack has no letter rule for. */
  requiredStatements: StatementKey[];
  /** Whether the letter has an amounts table, a deadline, a 回执 block. */
  hasAmounts: boolean;
  hasDeadline: boolean;
  acknowledgement: boolean;
  /** The bordered seal box (盖章处) with the branch and date. */
  sealArea: boolean;
}
