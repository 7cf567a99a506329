import { z } from 'zod';
import { InstantSchema } from '../domain/case';
import { LocalTimeSchema, TimeZoneSchema } from './packSchema';
import {
  AttemptOutcomeSchema,
  ChannelSchema,
  ContactRequirementSchema,
  ContactRoleSchema,
  HoldKindSchema,
} from './vocabulary';

/**
 * What the engine is asked: may this contact be made (or logged) now? The schemas are for boundaries (IPC,
 * sync); the engine itself trusts its typed input.
 */

export const HoldSchema = z.object({ kind: HoldKindSchema, since: InstantSchema });
export type Hold = z.infer<typeof HoldSchema>;

export const ContactRequestSchema = z.object({
  channel: ChannelSchema,
  caseId: z.string().min(1),
  /** The debt (account) the contact is about; absent means the whole case. */
  debtId: z.string().min(1).optional(),
  party: z.object({ id: z.string().min(1), role: ContactRoleSchema }),
  phoneNumber: z.string().min(1).optional(),
  /** The contacted person's IANA zone (the case's zone unless known otherwise). */
  timeZone: TimeZoneSchema,
  /** Open holds on the case. */
  holds: z.array(HoldSchema),
  /** Hours the person agreed to be contacted in; may wrap midnight (22:00–01:00). */
  consentHours: z.object({ start: LocalTimeSchema, end: LocalTimeSchema }).optional(),
  /** Staff going on a visit. */
  staffCount: z.number().int().min(0).optional(),
  /** The third party asked not to be contacted again. */
  thirdPartyStopRequested: z.boolean().optional(),
  /** What the message or letter carries (an opt-out line, a "private and confidential" marking...). */
  requirementsMet: z.array(ContactRequirementSchema).optional(),
});
export type ContactRequest = z.infer<typeof ContactRequestSchema>;

/** An earlier attempt on the case. History never contains the attempt being checked. */
export const ContactAttemptSchema = z.object({
  at: InstantSchema,
  channel: ChannelSchema,
  partyId: z.string().min(1),
  partyRole: ContactRoleSchema,
  phoneNumber: z.string().min(1).optional(),
  debtId: z.string().min(1).optional(),
  outcome: AttemptOutcomeSchema,
  /** The person spoken to (or met) was the person sought. */
  rightParty: z.boolean(),
});
export type ContactAttempt = z.infer<typeof ContactAttemptSchema>;
