import type { z } from 'zod';
import { recordAccessEvent } from './accessEvent';
import { decideArrangement, proposeArrangement } from './arrangement';
import { recordActivity } from './activity';
import { assignCase } from './assignment';
import { addAttachment } from './attachment';
import { addRelatedParty, recordCustomerFacts, retireRelatedParty } from './customerFacts';
import { addAddress, addPhone, retireAddress, retirePhone } from './contacts';
import { openDispute, resolveDispute, reviewDispute } from './dispute';
import type { MutationKind } from './kind';
import { decideLegalReferral, referLegal, reviewLegalReferral } from './legalReferral';
import { recordLegalStep } from './legalStep';
import { recordLegalBundle } from './legalBundle';
import { issueLetter, recordLetterAcknowledgement, recordLetterDelivery, voidLetter } from './letter';
import type { MutationName } from './names';
import { recordOutsourcingHandover } from './outsourcingHandover';
import { decideOutsourcing, proposeOutsourcing } from './outsourcingProposal';
import { recordOverride } from './override';
import { decideOverride, requestOverride } from './overrideRequest';
import { recordPayment } from './payment';
import { createPlan, decidePlan } from './plan';
import { createPromise } from './promise';
import { recordReceipt, voidReceipt } from './receipt';
import { setCaseStatus } from './status';
import { setTarget } from './target';
import { reviewConductException } from './conductReview';
import { cancelVisit, planVisit, recordVisit } from './visit';

/**
 * Every mutation a device may send, from its record kind's module: its args schema, permission, conflict
 * class and whether it goes back to devices. Keyed by the closed union MutationName: leaving one out, or
 * adding one that is not in shared/records/names.ts, fails to compile. The device's outbox
 * (shared/sync/mutations.ts), head office's push-apply (server/sync/apply/index.ts) and the device's
 * pull-apply (renderer/src/sync/repository/applyRecords.ts) are all driven by it. How to add a kind: docs/records.md.
 */
export const RECORD_KINDS = {
  recordActivity,
  createPromise,
  recordPayment,
  createPlan,
  decidePlan,
  recordReceipt,
  voidReceipt,
  planVisit,
  recordVisit,
  cancelVisit,
  addAttachment,
  addPhone,
  retirePhone,
  addAddress,
  retireAddress,
  setCaseStatus,
  openDispute,
  resolveDispute,
  recordOverride,
  issueLetter,
  recordLetterDelivery,
  recordLetterAcknowledgement,
  voidLetter,
  recordAccessEvent,
  assignCase,
  proposeArrangement,
  decideArrangement,
  reviewDispute,
  requestOverride,
  decideOverride,
  referLegal,
  decideLegalReferral,
  reviewLegalReferral,
  recordLegalStep,
  recordLegalBundle,
  recordCustomerFacts,
  addRelatedParty,
  retireRelatedParty,
  setTarget,
  reviewConductException,
  proposeOutsourcing,
  decideOutsourcing,
  recordOutsourcingHandover,
} as const satisfies { readonly [N in MutationName]: MutationKind<z.ZodType> };

export type RecordKinds = typeof RECORD_KINDS;
/** A mutation's args as they are after parsing (what an outbox entry holds). */
export type MutationArgs<N extends MutationName> = z.output<RecordKinds[N]['args']>;
/** A mutation's args as a caller writes them. */
export type MutationArgsInput<N extends MutationName> = z.input<RecordKinds[N]['args']>;

/**
 * The args schema of a mutation, typed by its name. TypeScript cannot follow a generic key into the registry
 * (it widens to every kind's schema), hence the cast; `MutationArgs<N>` is defined from the same entry.
 */
export const argsSchemaOf = <N extends MutationName>(name: N): z.ZodType<MutationArgs<N>> => RECORD_KINDS[name].args as unknown as z.ZodType<MutationArgs<N>>;

/** The mutations head office keeps to itself (never sent back to devices). */
export const NOT_SENT_TO_DEVICES: ReadonlySet<string> = new Set<string>(
  (Object.keys(RECORD_KINDS) as MutationName[]).filter((name) => !RECORD_KINDS[name].toDevices),
);
