/**
 * A sense: one meaning a wording rule forbids, written as data — term groups (who, does what, to whom) and the
 * orders they may come in within a window of one clause — with the examples it must flag and must allow beside
 * it. A pack's wording rule names the senses it uses (WordingRule.senses); the engine compiles them (compile.ts).
 *
 * Terms are regular-expression sources over the normalised text (normalise.ts), matched case-insensitively.
 * Groups listed in `variants` are key terms: each Han term there is also matched in pinyin, by initials and
 * with the homophones of variants.ts.
 */
export type SenseLanguage = 'zh' | 'en';

export interface SensePattern {
  /** Group names (or inline term sources), in the order they stand in the text. */
  seq: string[];
  /** Most characters between two consecutive slots (never across a clause end). */
  gap: number;
  /** The slot that is the act itself: a negation is judged before it. Default 0. */
  head?: number;
  /** Whether a slot may stand in the next clause (after a comma): 你的单位，我们会通知. Default false. */
  acrossCommas?: boolean;
  /**
   * Whether the window may run on past a question mark into the next sentence, for a pronoun that names someone
   * in the question before it (你老公知道你欠钱吗？我们可以告诉他). Never past a full stop or a line. Default false.
   */
  acrossQuestion?: boolean;
}

export interface Sense {
  id: string;
  language: SenseLanguage;
  groups: Readonly<Record<string, readonly string[]>>;
  variants?: readonly string[];
  patterns: readonly SensePattern[];
  /** A clause with this (a consent, the contract's own terms) is lawful for this sense. */
  lawfulWhen?: string;
  /** The debtor doing it is lawful (请您告诉家人我行的电话): a request or suggestion to the debtor is not flagged. */
  debtorMayAct?: boolean;
  /** What the sense must flag and what it must let through; a table test runs every one. */
  examples: { flag: readonly string[]; allow: readonly string[] };
}
