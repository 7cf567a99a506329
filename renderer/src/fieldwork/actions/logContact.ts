import { isContactable } from '../../../../shared/records/customerFacts';
import { z } from 'zod';
import { openSuitHolds } from '../../../../shared/legal/checklist';
import { ActivitySchema, OUTCOMES, PositiveFenSchema, CalendarDateSchema, type Activity, type PromiseToPay } from '../../../../shared/fieldwork/records';
import { newId } from '../../../../shared/sync';
import { approvalInForce } from '../../../../shared/fieldwork/overrides';
import { activities, contacts, overrides, promises } from '../repository';
import { ActionRefused, defineAction } from '../../store/runAction';
import { ADDRESS_CHANNELS, PHONE_CHANNELS, contactRequestOf, judgeContact } from './contactGate';

const { caseId, partyId, channel, phoneId, addressId, outcome, notes, nextAction, nextActionDate, nextActionTime } = ActivitySchema.shape;

export const LogContactInput = z.object({
  caseId,
  partyId,
  channel,
  phoneId,
  addressId,
  outcome,
  notes,
  nextAction,
  nextActionDate,
  /** 约定回电 at a time of day (HH:MM), with its date. */
  nextActionTime,
  /** The rule pack the collector was shown; judged again with it here. */
  packId: z.string().min(1),
  /** Required when the outcome creates a promise (OUTCOMES[outcome].createsPromise). */
  promise: z.object({ amountFen: PositiveFenSchema, dueDate: CalendarDateSchema }).nullable(),
});
export type LogContactInput = z.input<typeof LogContactInput>;

/**
 * 登记联系: one contact attempt, with everything it implies, in one transaction: the activity, the status it
 * moves the case to, the override that allowed it, the promise it produced, and their audit entries and
 * outbox mutations. A crash half-way leaves none of them. A contact a rule leaves to a supervisor goes ahead
 * only with an approval in force for this case, these rules and this contact, which it uses up and names
 * (shared/fieldwork/overrides.ts).
 */
export const logContact = defineAction({
  name: 'logContact',
  input: LogContactInput,
  permission: 'log_contact',
  caseIdOf: (input) => input.caseId,
  run: async ({ db, actor }, input): Promise<{ activity: Activity; promise: PromiseToPay | null }> => {
    const c = (await db.cases.get(input.caseId))!;
    const now = actor.now();
    const at = now.toISOString();
    const related = await db.relatedParties.where('caseId').equals(c.id).toArray();
    // A retired person (a wrong emergency contact, corrected) is no longer to be contacted: refused by name, not judged as a stranger.
    if (related.some((r) => r.id === input.partyId && !isContactable(r))) throw new ActionRefused('relatedParty.error.retiredContact');
    const request = contactRequestOf(c, await contacts.disputesOfCase(db, c.id), input, openSuitHolds(await db.legalSteps.where('caseId').equals(c.id).toArray()), related);
    const gate = judgeContact(input.packId, request, await activities.contactHistory(db, c.id, now), now, `${input.notes}\n${input.nextAction ?? ''}`, true);
    if (!gate.ok) throw new ActionRefused(`fieldwork.error.${gate.code}`);
    const needsApproval = gate.decision.verdict === 'override_required';
    const need = { caseId: c.id, ruleIds: gate.overrideRuleIds, channel: input.channel, partyId: input.partyId, deviceId: actor.deviceId };
    const approval = needsApproval ? approvalInForce(await overrides.requestsOfCase(db, c.id), await overrides.usedRequestIds(db, c.id), need, now) : null;
    if (needsApproval && !approval) throw new ActionRefused('fieldwork.error.override_required');
    const createsPromise = OUTCOMES[input.outcome].createsPromise;
    if (createsPromise && !input.promise) throw new ActionRefused('fieldwork.log.promiseNeeded');
    const activity = await activities.recordActivity(db, actor, {
      id: newId(),
      caseId: c.id,
      partyId: input.partyId,
      channel: input.channel,
      phoneId: PHONE_CHANNELS.includes(input.channel) ? input.phoneId : null,
      addressId: ADDRESS_CHANNELS.includes(input.channel) ? input.addressId : null,
      outcome: input.outcome,
      notes: input.notes.trim(),
      nextAction: input.nextAction?.trim() || null,
      nextActionDate: input.nextActionDate || null,
      nextActionTime: (input.nextActionDate && input.nextActionTime) || null,
      at,
      userId: actor.userId,
      deviceId: actor.deviceId,
      override: approval ? { ruleIds: gate.overrideRuleIds, supervisorId: approval.decision!.decidedBy, reason: approval.reason, requestId: approval.id } : null,
    });
    const promise =
      createsPromise && input.promise
        ? await promises.createPromise(db, actor, { id: newId(), caseId: c.id, activityId: activity.id, amountFen: input.promise.amountFen, dueDate: input.promise.dueDate, channel: input.channel, createdAt: at, userId: actor.userId, deviceId: actor.deviceId })
        : null;
    return { activity, promise };
  },
});
