import { z } from 'zod';
import { openSuitHolds } from '../../../../shared/legal/checklist';
import { checkContact, getPack } from '../../../../shared/compliance';
import { latestRequestFor } from '../../../../shared/fieldwork/overrides';
import { ChannelSchema } from '../../../../shared/fieldwork/outcomes';
import { OVERRIDE_REASON_MIN_LENGTH, REASON_MAX_LENGTH, charCount } from '../../../../shared/records/limits';
import type { OverrideRequest } from '../../../../shared/records/overrideRequest';
import { newId } from '../../../../shared/sync';
import { activities, contacts, overrides } from '../repository';
import { ActionRefused, defineAction } from '../../store/runAction';
import { contactRequestOf } from './contactGate';

export const RequestOverrideInput = z.object({
  caseId: z.string().min(1),
  partyId: z.string().min(1),
  channel: ChannelSchema,
  phoneId: z.string().min(1).nullable(),
  /** The rule pack the collector was shown; the contact is judged again with it here. */
  packId: z.string().min(1),
  reason: z
    .string()
    .trim()
    .max(REASON_MAX_LENGTH)
    .refine((r) => charCount(r) >= OVERRIDE_REASON_MIN_LENGTH, `at least ${OVERRIDE_REASON_MIN_LENGTH} characters`),
});
export type RequestOverrideInput = z.input<typeof RequestOverrideInput>;

/**
 * 申请主管特批: the collector asks a supervisor to let a contact through that a rule left to one. The rules it
 * is for are the ones the pack names now (judged again here, not taken from the screen); one request waits at a
 * time for the same contact.
 */
export const requestOverride = defineAction({
  name: 'requestOverride',
  input: RequestOverrideInput,
  permission: 'log_contact',
  caseIdOf: (input) => input.caseId,
  run: async ({ db, actor }, input): Promise<OverrideRequest> => {
    const c = (await db.cases.get(input.caseId))!;
    const now = actor.now();
    const request = contactRequestOf(c, await contacts.disputesOfCase(db, c.id), input, openSuitHolds(await db.legalSteps.where('caseId').equals(c.id).toArray()));
    const decision = checkContact(getPack(input.packId), request, await activities.contactHistory(db, c.id, now), now);
    if (decision.verdict !== 'override_required') throw new ActionRefused('overrides.error.not_needed');
    const ruleIds = decision.findings.filter((f) => f.action === 'override').map((f) => f.ruleId);
    const latest = latestRequestFor(await overrides.requestsOfCase(db, c.id), { caseId: c.id, ruleIds, channel: input.channel, partyId: input.partyId, deviceId: actor.deviceId });
    if (latest && latest.decision === null) throw new ActionRefused('overrides.error.pending');
    return overrides.saveRequest(db, actor, {
      id: newId(),
      caseId: c.id,
      ruleIds,
      action: { channel: input.channel, partyId: input.partyId },
      reason: input.reason,
      requestedAt: now.toISOString(),
      requestedBy: actor.userId,
      deviceId: actor.deviceId,
      decision: null,
    });
  },
});
