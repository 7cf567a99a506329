import { z } from 'zod';
import { isSafeAttachmentName } from '../fieldwork/visits';
import { CHANNELS, OUTCOME_CODES } from '../fieldwork/outcomes';
import { AddressSchema, CASE_STATUSES, CONTACT_SOURCES, HOLD_REASONS, PhoneSchema } from '../domain/case';
import {
  FenSchema,
  IdSchema,
  InstantSchema,
  LocalDateSchema,
  NewIdSchema,
  NoteSchema,
  PersonNameSchema,
  PositiveFenSchema,
  ReasonSchema,
  Sha256HexSchema,
} from './primitives';

/**
 * The arguments of each intent mutation: what a device tells head office it did, not the rows it wrote.
 * Every mutation names its case (`caseId`), so head office can check scope and a device can tell which
 * pending entries hold a case back from eviction. A mutation that creates a record carries the record's
 * client id (`id`, a UUIDv7), so applying it twice creates nothing twice and later mutations can refer to it.
 *
 * Objects are strict: an unknown key is refused rather than dropped, so a misspelt field fails on the
 * device that wrote it, not silently at head office. The domain's word lists (case statuses, hold reasons,
 * phone and address kinds, contact sources) are imported, so there is one list of each.
 */

// One list of each: the outcome codes and channels are field work's own (shared/fieldwork/outcomes.ts).
export const ACTIVITY_CHANNELS = CHANNELS;
export const ACTIVITY_OUTCOMES = OUTCOME_CODES;
/** receipt: taken in the field (receiptId names it); transfer: the customer says they paid; core_banking: seen there. */
export const PAYMENT_SOURCES = ['receipt', 'transfer', 'core_banking'] as const;
export const RECEIPT_METHODS = ['cash', 'transfer', 'cheque'] as const;
export const PLAN_KINDS = ['equal', 'custom'] as const;
export const PLAN_DECISIONS = ['approve', 'reject'] as const;
export const DISPUTE_KINDS = ['dispute', 'complaint'] as const;
export const ATTACHMENT_OWNER_KINDS = ['case', 'activity', 'visit', 'receipt', 'plan', 'letter', 'dispute'] as const;

/** Photos and scans are far below this; it keeps a mistake from filling a disk. */
export const ATTACHMENT_MAX_BYTES = 50 * 1024 * 1024;
/** Two staff go on every field visit; more may go. */
export const VISIT_MIN_STAFF = 2;
export const PLAN_MAX_INSTALMENTS = 120;

const CaseStatus = z.enum(CASE_STATUSES);
const HoldReason = z.enum(HOLD_REASONS);
const ContactSource = z.enum(CONTACT_SOURCES);
const Outcome = z.enum(ACTIVITY_OUTCOMES);
const distinct = (items: readonly string[]) => new Set(items).size === items.length;
/** Staff going on a visit, by user id or by name (a colleague from another team may not have an account). */
const Staff = z
  .array(PersonNameSchema)
  .min(VISIT_MIN_STAFF, `a visit needs at least ${VISIT_MIN_STAFF} staff`)
  .max(10)
  .refine(distinct, 'staff must be different people');

export const RecordActivityArgsSchema = z.strictObject({
  id: NewIdSchema,
  caseId: IdSchema,
  /** The party the attempt was aimed at. */
  partyId: IdSchema,
  channel: z.enum(ACTIVITY_CHANNELS),
  /** The number used (phone, SMS) or the address used (visit, letter); head office checks which applies. */
  phoneId: IdSchema.nullable(),
  addressId: IdSchema.nullable(),
  outcome: Outcome,
  notes: NoteSchema,
  nextAction: z.string().max(200).nullable(),
  nextActionDate: LocalDateSchema.nullable(),
  at: InstantSchema,
});

export const CreatePromiseArgsSchema = z.strictObject({
  id: NewIdSchema,
  caseId: IdSchema,
  /** The activity in which the promise was made. */
  activityId: IdSchema.nullable(),
  amountFen: PositiveFenSchema,
  dueDate: LocalDateSchema,
  madeAt: InstantSchema,
});

/** A payment seen or reported on the device; head office matches it against core banking. */
export const RecordPaymentArgsSchema = z
  .strictObject({
    id: NewIdSchema,
    caseId: IdSchema,
    amountFen: PositiveFenSchema,
    paidOn: LocalDateSchema,
    source: z.enum(PAYMENT_SOURCES),
    receiptId: IdSchema.nullable(),
    /** Bank or wallet transaction reference, when known. */
    reference: z.string().trim().max(100).nullable(),
    recordedAt: InstantSchema,
  })
  .refine((p) => (p.source === 'receipt') === (p.receiptId !== null), {
    path: ['receiptId'],
    message: 'a receipt id goes with source receipt, and only with it',
  });

export const PlanInstalmentSchema = z.strictObject({
  /** 0 is the down payment, when there is one; instalments count from 1. */
  seq: z.number().int().nonnegative(),
  dueDate: LocalDateSchema,
  amountFen: PositiveFenSchema,
});

export const CreatePlanArgsSchema = z
  .strictObject({
    id: NewIdSchema,
    caseId: IdSchema,
    /** The balance when the plan was agreed. */
    outstandingFen: FenSchema,
    /** What the customer agrees to pay: the sum of the instalments, down payment included. */
    agreedTotalFen: PositiveFenSchema,
    /** outstandingFen − agreedTotalFen (减免); above the branch limit the plan waits for a supervisor. */
    waiverFen: FenSchema,
    downPaymentFen: FenSchema,
    instalments: z.array(PlanInstalmentSchema).min(1).max(PLAN_MAX_INSTALMENTS + 1),
    kind: z.enum(PLAN_KINDS),
    notes: NoteSchema,
    proposedAt: InstantSchema,
  })
  .superRefine((plan, ctx) => {
    const issue = (path: (string | number)[], message: string) => ctx.addIssue({ code: 'custom', path, message });
    if (plan.agreedTotalFen > plan.outstandingFen || plan.waiverFen !== plan.outstandingFen - plan.agreedTotalFen) {
      issue(['waiverFen'], 'waiver must equal outstanding − agreed total, and not be negative');
    }
    const sum = plan.instalments.reduce((s, i) => s + i.amountFen, 0);
    if (sum !== plan.agreedTotalFen) issue(['instalments'], `instalments sum to ${sum} fen, the agreed total is ${plan.agreedTotalFen} fen`);
    const first = plan.instalments[0];
    if ((first?.seq === 0 ? first.amountFen : 0) !== plan.downPaymentFen) {
      issue(['downPaymentFen'], 'the down payment is instalment seq 0, and only it');
    }
    plan.instalments.forEach((inst, i) => {
      const prev = plan.instalments[i - 1];
      const expected = prev ? prev.seq + 1 : inst.seq === 0 ? 0 : 1;
      if (inst.seq !== expected) issue(['instalments', i, 'seq'], `seq ${inst.seq} where ${expected} was expected`);
      if (prev && inst.dueDate <= prev.dueDate) issue(['instalments', i, 'dueDate'], 'due dates must increase');
    });
  });

/** Maker-checker: head office refuses a decision by the plan's maker. */
export const DecidePlanArgsSchema = z
  .strictObject({
    caseId: IdSchema,
    planId: IdSchema,
    decision: z.enum(PLAN_DECISIONS),
    /** Required to reject; optional to approve. */
    reason: z.string().trim().max(500).nullable(),
    decidedAt: InstantSchema,
  })
  .refine((d) => d.decision !== 'reject' || (d.reason !== null && d.reason.length > 0), {
    path: ['reason'],
    message: 'a rejection needs a reason',
  });

export const RecordReceiptArgsSchema = z
  .strictObject({
    id: NewIdSchema,
    caseId: IdSchema,
    /** Made on the device from its code and a local counter (e.g. SK-D0042-20250301-000317); unique without a server. */
    number: z
      .string()
      .max(40)
      .regex(/^[A-Za-z0-9]+(-[A-Za-z0-9]+){1,3}$/, 'receipt number must be the device code and counter joined by -'),
    payerName: PersonNameSchema,
    amountFen: PositiveFenSchema,
    method: z.enum(RECEIPT_METHODS),
    chequeNumber: z.string().trim().min(1).max(30).nullable(),
    receivedAt: InstantSchema,
  })
  .refine((r) => (r.method === 'cheque') === (r.chequeNumber !== null), {
    path: ['chequeNumber'],
    message: 'a cheque number goes with method cheque, and only with it',
  });

/** Receipts are never deleted: a wrong one is voided, with a reason. */
export const VoidReceiptArgsSchema = z.strictObject({
  caseId: IdSchema,
  receiptId: IdSchema,
  reason: ReasonSchema,
  voidedAt: InstantSchema,
});

export const PlanVisitArgsSchema = z.strictObject({
  id: NewIdSchema,
  caseId: IdSchema,
  plannedFor: LocalDateSchema,
  addressId: IdSchema,
  staff: Staff,
  plannedAt: InstantSchema,
});

/**
 * A visit done. `id` is the planned visit's id, or a new UUIDv7 for a visit nobody planned; head office
 * marks the planned one done, or inserts a done one.
 */
export const RecordVisitArgsSchema = z.strictObject({
  id: NewIdSchema,
  caseId: IdSchema,
  addressId: IdSchema,
  staff: Staff,
  /** Who was met, as described (the debtor, a relative, a neighbour); null when nobody was. */
  peopleMet: z.string().trim().max(200).nullable(),
  outcome: Outcome,
  notes: NoteSchema,
  /** The sha256 of each attachment taken on the visit (each sent by its own addAttachment). */
  attachmentIds: z.array(Sha256HexSchema).max(50),
  visitedAt: InstantSchema,
});

export const CancelVisitArgsSchema = z.strictObject({
  caseId: IdSchema,
  visitId: IdSchema,
  reason: ReasonSchema,
  cancelledAt: InstantSchema,
});

/**
 * Metadata only: the bytes travel separately and are checked against `sha256`, which is also the
 * attachment's id (the same photo attached twice to a case is stored once).
 */
export const AddAttachmentArgsSchema = z.strictObject({
  caseId: IdSchema,
  sha256: Sha256HexSchema,
  /** The record it belongs to; null for the case itself. */
  owner: z.strictObject({ kind: z.enum(ATTACHMENT_OWNER_KINDS), id: IdSchema }).nullable(),
  fileName: z
    .string()
    .min(1)
    .max(200)
    // The device's own rule (no path, parent, Windows device name, hidden or invisible character): head office
    // refuses what no device of ours would send.
    .refine(isSafeAttachmentName, 'a plain file name: no path, no "..", no device name, nothing hidden or invisible'),
  mimeType: z.string().max(100).regex(/^[a-z]+\/[a-z0-9.+-]+$/i, 'mime type must look like image/jpeg'),
  sizeBytes: z.number().int().positive().max(ATTACHMENT_MAX_BYTES),
  addedAt: InstantSchema,
});

/** Phones and addresses are added and retired, never overwritten. */
export const AddPhoneArgsSchema = z.strictObject({
  id: NewIdSchema,
  caseId: IdSchema,
  partyId: IdSchema,
  number: PhoneSchema.shape.number,
  kind: PhoneSchema.shape.kind,
  source: ContactSource,
  addedAt: InstantSchema,
});

export const RetirePhoneArgsSchema = z.strictObject({
  caseId: IdSchema,
  partyId: IdSchema,
  phoneId: IdSchema,
  reason: ReasonSchema,
  retiredAt: InstantSchema,
});

export const AddAddressArgsSchema = z.strictObject({
  id: NewIdSchema,
  caseId: IdSchema,
  partyId: IdSchema,
  kind: AddressSchema.shape.kind,
  province: AddressSchema.shape.province,
  city: AddressSchema.shape.city,
  district: AddressSchema.shape.district,
  line: AddressSchema.shape.line,
  postcode: AddressSchema.shape.postcode,
  source: ContactSource,
  addedAt: InstantSchema,
});

export const RetireAddressArgsSchema = z.strictObject({
  caseId: IdSchema,
  partyId: IdSchema,
  addressId: IdSchema,
  reason: ReasonSchema,
  retiredAt: InstantSchema,
});

/** Head office checks the transition against its state machine; `from` is what the device saw. */
export const SetCaseStatusArgsSchema = z
  .strictObject({
    caseId: IdSchema,
    from: CaseStatus,
    to: CaseStatus,
    holdReason: HoldReason.nullable(),
    note: NoteSchema,
    changedAt: InstantSchema,
  })
  .refine((s) => (s.to === 'on_hold') === (s.holdReason !== null), {
    path: ['holdReason'],
    message: 'a hold reason goes with status on_hold, and only with it',
  });

/** 异议 (the debtor contests the debt) or 投诉 (a complaint about how they were treated). */
export const OpenDisputeArgsSchema = z.strictObject({
  id: NewIdSchema,
  caseId: IdSchema,
  kind: z.enum(DISPUTE_KINDS),
  description: z.string().trim().min(1).max(2000),
  openedAt: InstantSchema,
});

export const ResolveDisputeArgsSchema = z.strictObject({
  caseId: IdSchema,
  disputeId: IdSchema,
  resolution: z.string().trim().min(1).max(2000),
  resolvedAt: InstantSchema,
});

/** A supervisor let an action go ahead that compliance rules would have blocked. */
export const RecordOverrideArgsSchema = z.strictObject({
  id: NewIdSchema,
  caseId: IdSchema,
  ruleIds: z.array(z.string().min(1).max(100)).min(1).max(50).refine(distinct, 'rule ids must be different'),
  supervisorId: IdSchema,
  reason: ReasonSchema,
  /** The record the override let through (e.g. the activity), when there is one. */
  subject: z.strictObject({ kind: z.string().min(1).max(64), id: IdSchema }).nullable(),
  overriddenAt: InstantSchema,
});

export const LETTER_TYPES_FOR_SYNC = ['reminder', 'demand_notice', 'guarantor_demand', 'plan_confirmation', 'final_demand', 'field_receipt'] as const;
export const DELIVERY_METHODS = ['registered_mail', 'ems', 'courier', 'hand_delivery', 'sms', 'email'] as const;
export const SIGNER_TYPES = ['self', 'cohabiting_adult_relative', 'authorised_person'] as const;

/** A letter issued on the device: its register entry. The PDF stays on the device; its SHA-256 travels. */
export const IssueLetterArgsSchema = z.strictObject({
  id: NewIdSchema,
  caseId: IdSchema,
  partyId: IdSchema,
  number: z.string().min(8).max(60),
  type: z.enum(LETTER_TYPES_FOR_SYNC),
  templateId: z.string().min(1).max(100),
  templateVersion: z.string().min(1).max(40),
  totalFen: FenSchema,
  verificationCode: z.string().min(4).max(20),
  pdfSha256: Sha256HexSchema,
  copy: z.boolean(),
  issuedAt: InstantSchema,
});

/** Posting (tracking number), delivery with proof, or return of a letter. */
export const RecordLetterDeliveryArgsSchema = z.strictObject({
  caseId: IdSchema,
  letterId: IdSchema,
  method: z.enum(DELIVERY_METHODS),
  trackingNumber: z.string().trim().max(60).nullable(),
  outcome: z.enum(['sent', 'delivered', 'returned']),
  evidence: z.string().trim().max(200).nullable(),
  at: InstantSchema,
});

/** The 回执 came back signed. */
export const RecordLetterAcknowledgementArgsSchema = z.strictObject({
  caseId: IdSchema,
  letterId: IdSchema,
  signedOn: LocalDateSchema,
  signerType: z.enum(SIGNER_TYPES),
  at: InstantSchema,
});

export const VoidLetterArgsSchema = z.strictObject({
  caseId: IdSchema,
  letterId: IdSchema,
  reason: ReasonSchema,
  voidedAt: InstantSchema,
});

/** Who signed in, out or failed to; who unmasked, exported, printed or overrode what. Insert-only. */
export const ACCESS_EVENT_KINDS = ['sign_in', 'offline_sign_in', 'sign_in_failed', 'sign_out', 'lock', 'unlock', 'unmask', 'export', 'print', 'override'] as const;
/** The personal data a permitted role may reveal, one value at a time, with a reason. */
export const UNMASK_FIELDS = ['phone', 'id_number', 'address'] as const;

/**
 * An access event (PIPL: who saw or took out personal data, and who got in). `userId` is the account the
 * event is about: for sign_in_failed, the account tried (null when the name typed matches none; the name
 * then goes in `detail`, never the password). An unmask names the field, the record revealed
 * (`subjectId`: the phone, party or address id), its case and a reason.
 */
export const RecordAccessEventArgsSchema = z
  .strictObject({
    id: NewIdSchema,
    kind: z.enum(ACCESS_EVENT_KINDS),
    userId: IdSchema.nullable(),
    caseId: IdSchema.nullable(),
    field: z.enum(UNMASK_FIELDS).nullable(),
    subjectId: IdSchema.nullable(),
    reason: z.string().trim().max(500).nullable(),
    detail: z.string().max(1000).nullable(),
    at: InstantSchema,
  })
  .superRefine((e, ctx) => {
    const issue = (path: string, message: string) => ctx.addIssue({ code: 'custom', path: [path], message });
    if (e.userId === null && e.kind !== 'sign_in_failed') issue('userId', 'only a failed sign-in may name no user');
    if ((e.kind === 'unmask') !== (e.field !== null)) issue('field', 'a field goes with kind unmask, and only with it');
    if (e.kind === 'unmask') {
      if (e.caseId === null) issue('caseId', 'an unmask names its case');
      if (e.subjectId === null) issue('subjectId', 'an unmask names the record revealed');
    }
    if ((e.kind === 'unmask' || e.kind === 'override') && (e.reason === null || e.reason.length === 0)) issue('reason', 'a reason is required');
  });

/** Each mutation's name and its args schema; the order is the order of MUTATION_NAMES. */
export const MUTATION_ARGS = {
  recordActivity: RecordActivityArgsSchema,
  createPromise: CreatePromiseArgsSchema,
  recordPayment: RecordPaymentArgsSchema,
  createPlan: CreatePlanArgsSchema,
  decidePlan: DecidePlanArgsSchema,
  recordReceipt: RecordReceiptArgsSchema,
  voidReceipt: VoidReceiptArgsSchema,
  planVisit: PlanVisitArgsSchema,
  recordVisit: RecordVisitArgsSchema,
  cancelVisit: CancelVisitArgsSchema,
  addAttachment: AddAttachmentArgsSchema,
  addPhone: AddPhoneArgsSchema,
  retirePhone: RetirePhoneArgsSchema,
  addAddress: AddAddressArgsSchema,
  retireAddress: RetireAddressArgsSchema,
  setCaseStatus: SetCaseStatusArgsSchema,
  openDispute: OpenDisputeArgsSchema,
  resolveDispute: ResolveDisputeArgsSchema,
  recordOverride: RecordOverrideArgsSchema,
  issueLetter: IssueLetterArgsSchema,
  recordLetterDelivery: RecordLetterDeliveryArgsSchema,
  recordLetterAcknowledgement: RecordLetterAcknowledgementArgsSchema,
  voidLetter: VoidLetterArgsSchema,
  recordAccessEvent: RecordAccessEventArgsSchema,
} as const;
