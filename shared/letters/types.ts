import type { Fen, LocalDate } from './localTypes';

/**
 * The letters the app prints. Chinese first: the zh-CN template is the legal text, the English one a
 * courtesy version for customers who ask for it.
 *
 * | type                | 中文                       |
 * |---------------------|----------------------------|
 * | reminder            | 逾期还款提醒函             |
 * | demand_notice       | 逾期贷款催收通知书         |
 * | guarantor_demand    | 担保人履行保证责任通知书   |
 * | plan_confirmation   | 还款计划确认书             |
 * | final_demand        | 最后催告函                 |
 * | field_receipt       | 收款收据                   |
 * | outsourcing_notice  | 委外催收告知函             |
 */
export const LETTER_TYPES = ['reminder', 'demand_notice', 'guarantor_demand', 'plan_confirmation', 'final_demand', 'field_receipt', 'outsourcing_notice'] as const;
export type LetterType = (typeof LETTER_TYPES)[number];

export const LETTER_LANGUAGES = ['zh-CN', 'en'] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];

/** Demand letters: they state amounts and a deadline and carry a 回执 block. */
export const DEMAND_TYPES: readonly LetterType[] = ['reminder', 'demand_notice', 'guarantor_demand', 'final_demand'];

export const isLetterType = (x: unknown): x is LetterType => typeof x === 'string' && (LETTER_TYPES as readonly string[]).includes(x);

/** One account's lines on a letter: the head-office snapshot plus the projected penalty to the letter date. */
export interface AccountLines {
  accountId: string;
  contractNumber: string;
  product: string;
  /** The account number masked (first 6 + last 4), as printed. */
  accountNumberMasked: string;
  originalPrincipalFen: Fen;
  snapshotDate: LocalDate;
  principalFen: Fen;
  interestFen: Fen;
  penaltyFen: Fen;
  compoundFen: Fen;
  feesFen: Fen;
  /** Penalty interest projected from snapshotDate to the letter date (预计), 0 when none. */
  projectedPenaltyFen: Fen;
  projectedDays: number;
  penaltyRateBps: number;
  /** The five snapshot components. */
  asOfTotalFen: Fen;
  /** asOfTotalFen + projectedPenaltyFen. */
  totalFen: Fen;
}

export interface LetterAmounts {
  perAccount: AccountLines[];
  /** Latest snapshot date among the accounts (they normally share one). */
  asOfDate: LocalDate;
  letterDate: LocalDate;
  asOfTotalFen: Fen;
  projectedPenaltyFen: Fen;
  /**
   * Money recorded as paid after the snapshot date, up to the letter date (field receipts, transfers): head
   * office's balance does not know it yet, so the letter deducts it, itemised. Absent on letters before it.
   */
  paidSince?: PaidSince[];
  paidSinceFen?: Fen;
  /** What the letter demands: every component of every account plus the projected penalty, less paidSince (never below 0). */
  totalFen: Fen;
}

/** A payment a letter deducts: when, how (receipt, transfer, core banking) and its reference. */
export interface PaidSince {
  paidOn: LocalDate;
  source: string;
  reference: string | null;
  amountFen: Fen;
}

export interface LetterRecord {
  number: string;
  type: LetterType;
  language: LetterLanguage;
  templateId: string;
  templateVersion: string;
  /** The published letterhead's version the letter printed (absent: the built-in demo letterhead). */
  letterheadVersion?: number;
  caseId: string;
  partyId: string;
  recipientName: string;
  /** The address the letter goes to; null for a receipt handed over in person. */
  addressId: string | null;
  issueDate: LocalDate;
  /** null for letters without a deadline (receipt, plan confirmation). */
  deadline: LocalDate | null;
  amounts: { perAccount: AccountLines[]; totalFen: Fen; projectedPenaltyFen: Fen; asOfDate: LocalDate | null } | null;
  verificationCode: string;
  noticeCount: number;
  /** A re-print: marked 副本 / COPY, same number and code as the original. */
  copy: boolean;
}

export type Severity = 'block' | 'warn';

export interface LetterProblem {
  code: LetterProblemCode;
  severity: Severity;
  params: Record<string, string | number>;
  /** The compliance-pack rule that fired, when one did. */
  ruleId?: string;
  /** Titles/articles of the sources the rule cites. */
  sources?: { id: string; title: string; article: string }[];
}

export const LETTER_PROBLEM_CODES = [
  'unknown_template',
  'missing_field',
  'missing_statement',
  'placeholder_unfilled',
  'amounts_mismatch',
  'no_amount',
  'deadline_too_short',
  'calendar_not_covered',
  'prohibited_wording',
  'unmasked_personal_data',
  'guarantee_not_allowed',
  'guarantee_close_to_lapse',
  'guarantee_unknown',
  'recipient_role',
  'frequency_cap',
  'repeat_within_interval',
  'no_valid_address',
  'hold',
  'missing_glyph',
  'invalid_serial',
  'receipt_missing',
  'plan_missing',
  'plan_not_approved',
  'receipt_voided',
  'unknown_party',
  'letterhead_missing',
] as const;
export type LetterProblemCode = (typeof LETTER_PROBLEM_CODES)[number];
