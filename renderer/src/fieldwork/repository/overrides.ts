import { OverrideRequestSchema, decideOverrideArgs, requestOverrideArgs, type OverrideDecision, type OverrideRequest } from '../../../../shared/records/overrideRequest';
import type { RecoveryDeskDb } from '../../store/database';
import { commitChange, type Actor } from '../../store/unitOfWork';

/** Override requests of a case, newest first. */
export async function requestsOfCase(db: RecoveryDeskDb, caseId: string): Promise<OverrideRequest[]> {
  const rows = await db.overrideRequests.where('caseId').equals(caseId).toArray();
  return rows.sort((a, b) => b.requestedAt.localeCompare(a.requestedAt));
}

/** The requests whose approval a contact on this case already used (single use: docs/compliance.md). */
export async function usedRequestIds(db: RecoveryDeskDb, caseId: string): Promise<Set<string>> {
  const used = new Set<string>();
  await db.activities.where('caseId').equals(caseId).each((a) => {
    if (a.override?.requestId) used.add(a.override.requestId);
  });
  return used;
}

/** Requests no one has decided yet, oldest first (the supervisor's inbox). */
export async function undecidedRequests(db: RecoveryDeskDb): Promise<OverrideRequest[]> {
  const rows = await db.overrideRequests.orderBy('requestedAt').toArray();
  return rows.filter((r) => r.decision === null);
}

/** Decisions made in `supervisorId`'s name on a collector's device, newest first (the supervisor sees them). */
export async function decidedOnOtherDevices(db: RecoveryDeskDb, supervisorId: string, limit = 50): Promise<OverrideRequest[]> {
  const rows = await db.overrideRequests.orderBy('requestedAt').reverse().toArray();
  return rows.filter((r) => r.decision?.decidedBy === supervisorId && r.decision.how === 'on_requesting_device').slice(0, limit);
}

/** The collector's request, its audit entry and its outbox mutation, in one transaction. */
export async function saveRequest(db: RecoveryDeskDb, actor: Actor, input: OverrideRequest): Promise<OverrideRequest> {
  const request = OverrideRequestSchema.parse(input);
  await commitChange(db, actor, {
    tables: [db.overrideRequests],
    apply: async () => {
      await db.overrideRequests.add(request);
    },
    audit: { action: 'override.request', entity: { kind: 'override_request', id: request.id }, caseId: request.caseId, before: null, after: request },
    mutations: [{ name: 'requestOverride', args: requestOverrideArgs(request) }],
  });
  return request;
}

/**
 * A decision, once: the audit entry names who decided and how (on their own device, or here with their
 * password), next to the user signed in on this device who records it.
 */
export async function saveDecision(db: RecoveryDeskDb, actor: Actor, request: OverrideRequest, decision: OverrideDecision): Promise<OverrideRequest> {
  const decided = OverrideRequestSchema.parse({ ...request, decision });
  await commitChange(db, actor, {
    tables: [db.overrideRequests],
    apply: async () => {
      await db.overrideRequests.put(decided);
    },
    audit: { action: `override.${decision.decision}`, entity: { kind: 'override_request', id: request.id }, caseId: request.caseId, before: null, after: decision },
    mutations: [{ name: 'decideOverride', args: decideOverrideArgs(request, decision) }],
  });
  return decided;
}
