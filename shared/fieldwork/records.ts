/**
 * The field-work records the app stores and syncs, each defined in its record kind's module
 * (shared/records/<kind>.ts, with its mutations, permission, conflict class and limits; docs/records.md).
 * Gathered here for the screens and repositories that read several kinds.
 */
export { CHANNELS, ChannelSchema, OUTCOMES, OUTCOME_CODES, OUTCOME_LABELS, OutcomeCodeSchema, outcomeCode } from './outcomes';
export type { Channel, OutcomeCode, OutcomeFlags, OutcomeTable } from './outcomes';
export { LocalDateSchema as CalendarDateSchema, PositiveFenSchema, Sha256HexSchema } from '../sync/primitives';
export { APPROVAL_STATUSES, PAYMENT_SOURCES, RECEIPT_METHODS, VISIT_STATUSES } from '../records/limits';
export { ActivityOverrideSchema, ActivitySchema, type Activity } from '../records/activity';
export { PromiseToPaySchema, type PromiseToPay } from '../records/promise';
export { PaymentSchema, type Payment } from '../records/payment';
export { InstalmentSchema, PlanApprovalSchema, RepaymentPlanSchema, type Instalment, type PlanApproval, type RepaymentPlan } from '../records/plan';
export { ReceiptSchema, type Receipt, type ReceiptMethod } from '../records/receipt';
export { VisitSchema, type Visit } from '../records/visit';
export { AttachmentSchema, type Attachment } from '../records/attachment';
export { ComplaintSchema, DisputeSchema, type Complaint, type Dispute } from '../records/dispute';
