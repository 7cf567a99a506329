import type { WorkingCalendar } from '../calendar';
import type { Case } from '../domain/case';
import type { Hold, Pack } from '../compliance';
import type { Receipt, RepaymentPlan } from '../fieldwork/records';
import type { ArrangementInForce } from './inForce';
import type { LetterNumberParts } from './serial';
import type { LetterTemplate } from './templates';
import type { LetterLanguage, LetterType, PaidSince } from './types';

/** The issuing branch as it appears on the letter. */
export interface LetterBranch {
  /** 6-digit branch code (also in the letter number). */
  code: string;
  name: string;
  address: string;
  postcode: string;
  phone: string;
  disputePhone: string;
  /** Ways to check the account and repay, as printed (e.g. '手机银行 App', '各营业网点柜面'). */
  repayChannels: string[];
  /** The seal or logo printed in the seal box (a data: URL, PNG or JPEG), from the published letterhead. */
  seal?: string;
  /** The published letterhead's version this branch data came from (shared/publishedConfig); the letter records it. */
  letterheadVersion?: number;
  /**
   * Head office has published no letterhead for this branch (or not the version a reprint needs): the letter is
   * refused (letterhead_missing), never printed with made-up branch data.
   */
  letterheadMissing?: { version?: number };
}

/**
 * Whether a guarantor may still be demanded, from the limitation and guarantee engine (shared/limitation),
 * which the letters do not import: the caller passes its answer. `code` says why (e.g. lapsed,
 * general_without_lawsuit, close_to_lapse, within_period).
 */
export interface GuaranteeStatus {
  allowed: boolean;
  code: string;
  daysLeft: number;
}

/** The agency an outsourcing notice names (shared/outsourcing/agency.ts): who, its licence, how to verify, until when. */
export interface LetterAgency {
  name: string;
  licenceNumber: string;
  verifyContact: string;
  /** YYYY-MM-DD: the end of its contract, the last day it may contact the debtor. */
  contractEnd: string;
}

export interface LetterInput {
  type: LetterType;
  language: LetterLanguage;
  case: Case;
  /** The recipient (for a receipt: the payer, who must be a party of the case). */
  partyId: string;
  /** YYYY-MM-DD, the letter date (amounts are projected to it). */
  issueDate: string;
  branch: LetterBranch;
  /** The letter number's parts; a field receipt uses the receipt's own number instead. */
  serial: LetterNumberParts;
  /** 第 N 次 notice of this type to this party (1 for the first). */
  noticeCount: number;
  deadlineWorkingDays: number;
  /**
   * Public holidays and make-up working days (调休) that the deadline is counted with; a deadline counted
   * into a year the calendar does not cover is warned about (calendar_not_covered).
   */
  calendar: WorkingCalendar;
  pack: Pack;
  plan?: RepaymentPlan;
  receipt?: Receipt;
  /**
   * Payments recorded on the case (voided receipts' left out): those after the snapshot date up to the letter
   * date are deducted from what the letter asks for, itemised (shared/letters/amounts.ts).
   */
  payments?: PaidSince[];
  /** A promise or plan of the borrower's in force on the issue date (shared/letters/inForce.ts); mentioned where the template has a place for it. */
  inForce?: ArrangementInForce | null;
  /** The collector's name on a receipt (default: the case officer's, else the receipt's user id). */
  collectorName?: string;
  /** A paragraph the collector adds (附言); checked for prohibited wording and personal data. */
  freeText?: string;
  /** A re-print: marked 副本 / COPY, with the same number and verification code. */
  copy?: boolean;
  /**
   * A preview before issuing: marked 预览 未出具 / PREVIEW NOT ISSUED on every page, so a previewed PDF that is
   * printed or saved can never pass for the letter; it takes no number.
   */
  preview?: boolean;
  guarantee?: GuaranteeStatus;
  /** The date (YYYY-MM-DD) of the last letter of this type to this party (not a copy, not voided); null: none. */
  lastSameLetterOn?: string | null;
  /** Why this letter goes again within the repeat interval (see REPEAT_INTERVAL_DAYS); makes the repeat a warning. */
  repeatReason?: string;
  /** Letters of this type to this party in the last 30 days, before this one. */
  recentLettersToParty?: number;
  /** The address to send to; default: the party's best active address (mailing, home, registered, work, other). */
  addressId?: string;
  /** Only these accounts (default: all of the case). */
  accountIds?: string[];
  /**
   * The holds on the case as the contact check builds them (shared/compliance/holds.ts `holdsOfCase`, with the
   * case's open disputes and complaints); default: the case's own hold only.
   */
  holds?: Hold[];
  /** When the check runs (a time-limited hold may have ended); default: noon UTC of the issue date. */
  now?: Date;
  /** outsourcing_notice: the agency the case is given to. */
  agency?: LetterAgency;
  /** A template published by head office, instead of the built-in registry's. */
  template?: LetterTemplate;
}
