import { z } from 'zod';
import { mayApproveOverride } from '../../../../shared/domain/permissions';
import { defaultOverrideWindow } from '../../../../shared/fieldwork/overrides';
import { PLAN_DECISIONS, REASON_MAX_LENGTH } from '../../../../shared/records/limits';
import type { OverrideDecision, OverrideRequest } from '../../../../shared/records/overrideRequest';
import { InstantSchema } from '../../../../shared/sync/primitives';
import { overrides } from '../../fieldwork/repository';
import { consumeSupervisorProof, isSupervisorProof, type SupervisorProof } from '../../session/supervisorCheck';
import { ActionRefused, assertPermitted, defineAction } from '../../store/runAction';

export const DecideOverrideInput = z.object({
  caseId: z.string().min(1),
  requestId: z.string().min(1),
  decision: z.enum(PLAN_DECISIONS),
  reason: z.string().trim().max(REASON_MAX_LENGTH).nullable(),
  /** The end of an approval's window; null: the end of today in the case's time zone (docs/compliance.md). */
  validUntil: InstantSchema.nullable(),
  /** Present when the supervisor approves on this (the requester's) device with their password. */
  proof: z.custom<SupervisorProof>(isSupervisorProof, 'the supervisor has not confirmed their password here').nullable(),
});

/**
 * A supervisor decides an override request once: on their own device (the operator decides), or on the
 * requesting device after typing their password there (the proof's supervisor decides; the operator, the
 * collector, records it). Maker-checker: never the one who asked. The permission is checked on the decider,
 * not on who is signed in, hence `permission: null` here and the check inside.
 */
export const decideOverride = defineAction({
  name: 'decideOverride',
  input: DecideOverrideInput,
  permission: null,
  caseIdOf: (input) => input.caseId,
  run: async ({ db, actor, operator }, input): Promise<OverrideRequest> => {
    const c = await db.cases.get(input.caseId);
    const request = await db.overrideRequests.get(input.requestId);
    if (!c || !request || request.caseId !== c.id) throw new ActionRefused('fieldwork.error.no_record');
    if (request.decision !== null) throw new ActionRefused('overrides.error.decided');
    const now = actor.now();
    if (input.proof && !consumeSupervisorProof(input.proof, now)) throw new ActionRefused('overrides.error.proof_stale');
    const decider = input.proof ? input.proof.user : operator;
    assertPermitted(mayApproveOverride(decider, c.assignment, request.requestedBy), decider, 'approve_override');
    if (input.decision === 'reject' && !input.reason) throw new ActionRefused('overrides.error.reason_needed');
    const window = defaultOverrideWindow(now, c.timeZone);
    const decision: OverrideDecision = {
      decision: input.decision,
      decidedBy: decider.id,
      how: input.proof ? 'on_requesting_device' : 'own_device',
      reason: input.reason || null,
      decidedAt: now.toISOString(),
      validFrom: input.decision === 'approve' ? window.validFrom : null,
      validUntil: input.decision === 'approve' ? (input.validUntil ?? window.validUntil) : null,
    };
    return overrides.saveDecision(db, actor, request, decision);
  },
});
