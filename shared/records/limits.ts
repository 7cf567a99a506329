/**
 * Every limit and word list a form, a local record, the sync schema and head office all check, defined once
 * and imported by each (test/shared/records/limits.test.ts checks they agree at each boundary). Leaf module:
 * no imports, so rule modules and record modules can both use it without a cycle.
 */

/**
 * The most instalments a repayment plan may have after its down payment. 360, not 120: the schedule builder
 * offers weekly and fortnightly instalments as well as monthly ones, and a five-year arrangement (the longest
 * 个性化分期 a card agreement may run, 《商业银行信用卡业务监督管理办法》 art. 70) paid weekly is 260 instalments; 120 would have
 * refused it at sync after the form accepted it. A plan's duration is a separate question this count does not
 * settle.
 */
export const PLAN_MAX_INSTALMENTS = 360;

/** A supervisor's override of a compliance rule states why in at least this many characters (汉字 count one each). */
export const OVERRIDE_REASON_MIN_LENGTH = 10;
/** A voided receipt states why in at least this many characters. */
export const VOID_REASON_MIN_LENGTH = 5;
/**
 * Retiring a phone or an address, or cancelling a planned visit, states why in at least this many characters.
 * Two, not five: the usual reasons are short words collectors write every day (空号, 停机, 搬离); a higher figure
 * only makes them pad. One figure for the panel, the local write, the sync args and head office.
 */
export const RETIRE_REASON_MIN_LENGTH = 2;
/** The longest reason (void, retire, cancel, override, reject). */
export const REASON_MAX_LENGTH = 500;

/** A supervisor's note on a conduct exception they reviewed: what was done about it (shared/records/conductReview.ts). */
export const CONDUCT_REVIEW_NOTE_MIN_LENGTH = 4;

/** A receipt's payer as written on it, and a cheque's number. */
export const PAYER_NAME_MAX_LENGTH = 60;
export const CHEQUE_NUMBER_MAX_LENGTH = 30;
/** A bank or wallet transaction reference a payment may carry. */
export const PAYMENT_REFERENCE_MAX_LENGTH = 100;
/** What a dispute or complaint says, and how it was resolved. */
export const DISPUTE_TEXT_MAX_LENGTH = 2000;
/** A resolution states its outcome in at least this many characters: what was found and what the debtor was told. */
export const DISPUTE_RESOLUTION_MIN_LENGTH = 10;
/** The most attachments (statements, recordings, letters) a resolution cites as its evidence. */
export const DISPUTE_EVIDENCE_MAX = 20;
/** A letter's postal tracking number, and the proof of its delivery (a slip number, a signature record). */
export const TRACKING_NUMBER_MAX_LENGTH = 60;
export const DELIVERY_EVIDENCE_MAX_LENGTH = 200;
/** The most letters one batch print issues (one transaction registers them all). */
export const LETTER_BATCH_MAX = 1_000;

/** Field visits go in pairs: for the staff's safety and so that no one alone can be accused of misconduct. */
export const VISIT_MIN_STAFF = 2;
export const VISIT_MAX_STAFF = 10;

/** Photos and scans: a phone photo is 2–6 MB; anything bigger is probably not a photo or a scan. */
export const ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024;
export const ATTACHMENT_TYPES = ['image/jpeg', 'image/png', 'application/pdf'] as const;

/** The channels whose attempt records the number used, and those that record the address used. */
export const PHONE_CHANNELS = ['phone', 'sms'] as const;
export const ADDRESS_CHANNELS = ['visit', 'letter'] as const;

/**
 * receipt: taken in the field (receiptId names it); transfer: the customer says they paid; core_banking: seen there;
 * agency: an outside collection agency's results file reports it (shared/outsourcing/resultFile.ts; counted once
 * against core banking like a field record, shared/payments/countOnce.ts).
 */
export const PAYMENT_SOURCES = ['receipt', 'transfer', 'core_banking', 'agency'] as const;
export type PaymentSource = (typeof PAYMENT_SOURCES)[number];
export const RECEIPT_METHODS = ['cash', 'transfer', 'cheque'] as const;
export const PLAN_KINDS = ['equal', 'custom'] as const;
export const PLAN_DECISIONS = ['approve', 'reject'] as const;
export const DISPUTE_KINDS = ['dispute', 'complaint'] as const;
/** upheld: the debtor was right (in whole or part); rejected: not; withdrawn: the debtor dropped it. */
export const DISPUTE_OUTCOMES = ['upheld', 'rejected', 'withdrawn'] as const;
export const VISIT_STATUSES = ['planned', 'done', 'cancelled'] as const;
export const APPROVAL_STATUSES = ['not_needed', 'pending', 'approved', 'rejected'] as const;
export const ATTACHMENT_OWNER_KINDS = ['case', 'activity', 'visit', 'receipt', 'plan', 'letter', 'dispute'] as const;
export const DELIVERY_METHODS = ['registered_mail', 'ems', 'courier', 'hand_delivery', 'sms', 'email'] as const;
export const DELIVERY_OUTCOMES = ['sent', 'delivered', 'returned'] as const;
export const SIGNER_TYPES = ['self', 'cohabiting_adult_relative', 'authorised_person'] as const;

/** Characters as a person counts them (a 汉字 or an emoji is one), after trimming. */
export const charCount = (text: string): number => [...text.trim()].length;

/**
 * A case moved to another collector states why in at least this many characters (离职交接, 工作量平衡, 专案处理…)
 * and at most REASON_MAX_LENGTH: the reason is the audit's answer to "why did this case change hands".
 */
export const ASSIGN_REASON_MIN_LENGTH = 2;
/** The most cases one assignment moves in one transaction (a branch's whole book is a few thousand). */
export const ASSIGN_BATCH_MAX = 5_000;
// Special-customer arrangements (特殊客户处置方案, shared/records/arrangement.ts).
export const ARRANGEMENT_KINDS = ['hardship', 'illness', 'death', 'disaster', 'other'] as const;
export const ARRANGEMENT_DECISIONS = ['approve', 'reject'] as const;
/** What is proposed and why: enough to decide on, counted as a person counts characters. */
export const ARRANGEMENT_TEXT_MIN_LENGTH = 5;
export const ARRANGEMENT_TEXT_MAX_LENGTH = 2000;
/** Evidence attached to a proposal (attachment ids, each sent by its own addAttachment). */
export const ARRANGEMENT_MAX_EVIDENCE = 20;
/** A waiver's reason, in the plan form and its action: the supervisor decides on it (issue 13 §3). */
export const WAIVER_REASON_MIN_LENGTH = 5;
/** How an override is decided: on the supervisor's own device, or on the requesting device with their password. */
export const OVERRIDE_DECISION_WAYS = ['own_device', 'on_requesting_device'] as const;
/** The longest window an approved override may stay in force (a day and a night: a visit that runs late). */
export const OVERRIDE_WINDOW_MAX_HOURS = 36;

/** Legal recovery (docs/domain.md, "Legal recovery"): a referral's reasons, at least this many characters. */
export const LEGAL_REASONS_MIN_LENGTH = 10;
export const LEGAL_TEXT_MAX_LENGTH = 2000;
/** The record ids (letters, receipts, attachments…) one evidence checklist item may cite. */
export const LEGAL_CHECKLIST_REFS_MAX = 200;
/** A court's or arbitration body's name, a case number (案号), a hearing's place. */
export const LEGAL_NAME_MAX_LENGTH = 100;
/** The people (staff ids) a hearing concerns: who attends, whose My day it appears on. */
export const LEGAL_HEARING_ATTENDEES_MAX = 10;
/** Instalments a judgment or mediation may set. */
export const LEGAL_INSTALMENTS_MAX = 120;

/** Documents one evidence bundle may list (its index): every letter, receipt and 回执 of a case fits well within. */
export const LEGAL_BUNDLE_DOCUMENTS_MAX = 500;
