/**
 * The arguments of each intent mutation: what a device tells head office it did, not the rows it wrote.
 * Each is defined in its record kind's module (shared/records/<kind>.ts, listed in shared/records/registry.ts);
 * this module gathers them for the wire. Every mutation names its case (`caseId`), so head office can check
 * scope and a device can tell which pending entries hold a case back from eviction. A mutation that creates a
 * record carries the record's client id (`id`, a UUIDv7), so applying it twice creates nothing twice.
 * Objects are strict: an unknown key is refused rather than dropped, so a misspelt field fails on the device
 * that wrote it, not silently at head office.
 */
import { RECORD_KINDS, type RecordKinds } from '../records/registry';
import type { MutationName } from '../records/names';

export { RecordActivityArgsSchema } from '../records/activity';
export { CreatePromiseArgsSchema } from '../records/promise';
export { RecordPaymentArgsSchema } from '../records/payment';
export { CreatePlanArgsSchema, DecidePlanArgsSchema, InstalmentSchema as PlanInstalmentSchema } from '../records/plan';
export { RecordReceiptArgsSchema, VoidReceiptArgsSchema } from '../records/receipt';
export { CancelVisitArgsSchema, PlanVisitArgsSchema, RecordVisitArgsSchema } from '../records/visit';
export { AddAttachmentArgsSchema } from '../records/attachment';
export { AddAddressArgsSchema, AddPhoneArgsSchema, RetireAddressArgsSchema, RetirePhoneArgsSchema } from '../records/contacts';
export { SetCaseStatusArgsSchema } from '../records/status';
export { OpenDisputeArgsSchema, ResolveDisputeArgsSchema } from '../records/dispute';
export { RecordOverrideArgsSchema } from '../records/override';
export { IssueLetterArgsSchema, RecordLetterAcknowledgementArgsSchema, RecordLetterDeliveryArgsSchema, VoidLetterArgsSchema } from '../records/letter';
export { ACCESS_EVENT_KINDS, RecordAccessEventArgsSchema, UNMASK_FIELDS } from '../records/accessEvent';
export {
  ATTACHMENT_MAX_BYTES,
  ATTACHMENT_OWNER_KINDS,
  DELIVERY_METHODS,
  DISPUTE_KINDS,
  PAYMENT_SOURCES,
  PLAN_DECISIONS,
  PLAN_KINDS,
  PLAN_MAX_INSTALMENTS,
  RECEIPT_METHODS,
  SIGNER_TYPES,
  VISIT_MIN_STAFF,
} from '../records/limits';

/** Each mutation's name and its args schema, from the registry. */
export const MUTATION_ARGS = Object.fromEntries(Object.entries(RECORD_KINDS).map(([name, kind]) => [name, kind.args])) as {
  readonly [N in MutationName]: RecordKinds[N]['args'];
};
