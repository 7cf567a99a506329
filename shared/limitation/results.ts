import type { WorkingCalendar } from '../calendar';
import type { LimitationEvent, LimitationEventKind } from './events';
import type { LimitationRuleId, LimitationRules } from './rules';

/** What the limitation and guarantee engine answers (engine.ts), and the options it takes. */

/** i18n keys of notes (templates in LIMITATION_MESSAGES under limitation.note). */
export const LIMITATION_NOTE_KEYS = [
  'noDueDate',
  'notStarted',
  'capReached',
  'expired',
  'possibleWaiver',
  'waivedByAcknowledgement',
  'lawsuitPending',
  'typeUnclearTreatedAsGeneral',
  'contractPeriod',
  'contractPeriodUnclear',
  'contractPeriodInvalid',
  'demandToBorrowerDoesNotExtend',
  'demandDoesNotPreserveGeneral',
  'lateDemand',
  'lateLawsuit',
  'signatureAfterLapse',
  'guarantorLimitation',
  'generalGuarantorLimitationNotStarted',
  'mainDebtTimeBarred',
  'lastDayNotWorking',
  'calendarNotCovered',
] as const;
export type LimitationNoteName = (typeof LIMITATION_NOTE_KEYS)[number];
export type LimitationNoteKey = `limitation.note.${LimitationNoteName}`;

export interface LimitationNote {
  key: LimitationNoteKey;
  params: Record<string, string | number>;
}

/** What an event did to the period (templates under limitation.effect). */
export const HISTORY_EFFECTS = [
  'started',
  'restarted',
  'restarted_capped',
  'suspended',
  'waived',
  'preserved',
  'already_preserved',
  'ignored_after_expiry',
  'ignored_after_cap',
  'ignored_before_start',
  'ignored_future',
  'ignored_no_evidence',
  'ignored_during_lawsuit',
  'ignored_after_lapse',
  'no_effect_on_guarantee',
] as const;
export type HistoryEffect = (typeof HISTORY_EFFECTS)[number];

export interface HistoryEntry {
  /** 'start' is the due date (or, for a guarantor's own limitation, the demand that preserved the guarantee). */
  kind: LimitationEventKind | 'start';
  date: string;
  partyId: string | null;
  evidence: string | null;
  effect: HistoryEffect;
  /** The period's last day after this entry; null while a lawsuit is pending. */
  expiryAfter: string | null;
  /** The event came from another joint debtor (limitation provisions art. 15). */
  viaJointDebtor: boolean;
  rules: LimitationRuleId[];
}

export type LimitationStatus = 'running' | 'expired' | 'waived_by_acknowledgement' | 'suspended_by_lawsuit' | 'no_due_date';

export interface LimitationResult {
  kind: 'limitation';
  caseId: string;
  partyId: string;
  role: 'borrower' | 'co_borrower' | 'guarantor';
  accountId: string;
  /** What the due date is: the account's maturity (last instalment), its overdue date, or the demand that preserved a guarantee. */
  basis: 'maturity_date' | 'overdue_since' | 'guarantee_demand' | null;
  /** The day the right became enforceable; not counted (art. 201). */
  dueDate: string | null;
  /** First day of the original period (the day after dueDate). */
  start: string | null;
  lastInterruption: { kind: LimitationEventKind; date: string } | null;
  /** Last day of the period (the period ends at the end of this day); null while a lawsuit is pending. */
  expiry: string | null;
  /** Last day of the 20-year absolute period (art. 188), counted from dueDate; never interrupted. */
  absoluteCap: string | null;
  status: LimitationStatus;
  /** Days from today to expiry (0 on the last day, negative after it); null without an expiry. */
  daysLeft: number | null;
  /** The acknowledgement after expiry by which the debtor waived the defence. */
  waiver: { date: string; evidence: string | null } | null;
  history: HistoryEntry[];
  notes: LimitationNote[];
}

export type GuaranteeStatus = 'running' | 'preserved' | 'lapsed' | 'no_due_date';

export interface GuaranteeResult {
  kind: 'guarantee';
  caseId: string;
  partyId: string;
  /** The main debt guaranteed (a guarantee period runs from each account's due date). */
  accountId: string;
  /** As it counts: an unclear type (null on the party) counts as general (art. 686). */
  guaranteeType: 'joint' | 'general';
  months: number;
  dueDate: string | null;
  start: string | null;
  expiry: string | null;
  status: GuaranteeStatus;
  daysLeft: number | null;
  preservedBy: LimitationEvent | null;
  /** A joint guarantor's own limitation, running from the demand that preserved the guarantee (art. 694). */
  guarantorLimitation: LimitationResult | null;
  history: HistoryEntry[];
  notes: LimitationNote[];
}

export interface LimitationOptions extends Partial<LimitationRules> {
  /**
   * Guarantee period agreed in the contract, per guarantor party id: whole months from the main debt's due
   * date, or 'until_repaid' (保证责任直至本息还清), which is an unclear agreement (guarantee interpretation
   * art. 32). A period of 0 or less (ending with or before the main debt) counts as none (art. 692).
   */
  contractGuaranteeMonths?: Readonly<Record<string, number | 'until_repaid'>>;
  /**
   * Public holidays and rest days: a running period whose last day is not a working day, or lies in a year the
   * calendar does not cover, gets a note saying so (calendarNotes.ts). Without one, no such note.
   */
  calendar?: WorkingCalendar;
}
