import { DEFAULT_TIME_ZONE } from '../../../../shared/calendar';
import type { Case } from '../../../../shared/domain/case';
import type { OverrideRequest } from '../../../../shared/records/overrideRequest';
import { actionError, type ActionError } from '../../i18n/actionError';
import { overrides } from '../../fieldwork/repository';
import { checkSupervisorHere, confirmSupervisorOnline, type SupervisorCheck } from '../../session/supervisorCheck';
import { sessionRuntime } from '../../sync/sessionRuntime';
import { useAppStore } from '../../state/appStore';
import { clock } from '../../state/clock';
import { decideOverride } from '../actions';

/**
 * The supervisor's overrides, from the app store: what waits in the branch, and the two ways to decide (on
 * their own device, or on the collector's with their password). Screens call these; they never hold the store.
 */

export interface PendingOverride {
  request: OverrideRequest;
  caseRecord: Case | null;
}

export interface OverrideInbox {
  pending: PendingOverride[];
  /** Decided in the signed-in supervisor's name on a collector's device (head office accepted or will judge them). */
  decidedElsewhere: PendingOverride[];
}

const withCases = async (requests: OverrideRequest[]): Promise<PendingOverride[]> => {
  const store = useAppStore.getState().store;
  if (!store) return [];
  const cases = await store.db.cases.bulkGet([...new Set(requests.map((r) => r.caseId))]);
  const byId = new Map(cases.filter((c): c is Case => c !== undefined).map((c) => [c.id, c]));
  return requests.map((request) => ({ request, caseRecord: byId.get(request.caseId) ?? null }));
};

export async function loadOverrideInbox(): Promise<OverrideInbox> {
  const { store, operator } = useAppStore.getState();
  if (!store) return { pending: [], decidedElsewhere: [] };
  const pending = (await withCases(await overrides.undecidedRequests(store.db))).filter((p) => p.caseRecord?.assignment.branchCode === operator.branchCode);
  return { pending, decidedElsewhere: await withCases(await overrides.decidedOnOtherDevices(store.db, operator.id)) };
}

export interface DecideInput {
  caseId: string;
  requestId: string;
  decision: 'approve' | 'reject';
  reason: string | null;
  validUntil: string | null;
}

/** Head office's check of a supervisor unknown to this device; null when it confirmed them (now remembered here). */
async function confirmOnline(supervisorId: string, password: string): Promise<ActionError | null> {
  const { store, headOfficeUrl } = useAppStore.getState();
  const access = sessionRuntime()?.access;
  const baseUrl = headOfficeUrl();
  const unknown = actionError('overrides.here.unknown', { id: supervisorId.trim() });
  const token = access ? await access.ensure() : null;
  if (!store || !access || !baseUrl || !token?.ok) return unknown;
  const confirmed = await confirmSupervisorOnline(store.db, { baseUrl, fetch: access.fetch, token: token.token }, supervisorId, password, clock.now);
  if (confirmed.ok) return null;
  const f = confirmed.failure;
  if (f.kind !== 'refused') return unknown;
  if (f.code === 'invalid_credentials') return actionError('overrides.here.invalidOnline');
  if (f.code === 'locked') return actionError('overrides.here.locked', { until: timeOf(f.lockedUntil ?? clock.now().toISOString()) });
  if (f.code === 'not_an_approver') return actionError('overrides.here.notSupervisor', { name: supervisorId.trim() });
  return unknown;
}

const timeOf = (iso: string) => new Date(iso).toLocaleTimeString('zh-CN', { timeZone: DEFAULT_TIME_ZONE, hour: '2-digit', minute: '2-digit' });

/** On the supervisor's own device: the signed-in supervisor decides. */
export async function decideOnOwnDevice(input: DecideInput): Promise<{ ok: true } | { ok: false; error: ActionError }> {
  const result = await useAppStore.getState().act(decideOverride, { ...input, proof: null });
  return result.ok ? { ok: true } : { ok: false, error: result.error };
}

/**
 * On the requesting device: the supervisor types their id and password here; they are checked against the
 * verifier this device kept from the supervisor's own sign-in (with its lockout), then the decision is written
 * in their name, recorded by the collector signed in.
 */
export async function decideHere(input: DecideInput & { supervisorId: string; password: string }): Promise<{ ok: true } | { ok: false; error: ActionError }> {
  const store = useAppStore.getState().store;
  if (!store) return { ok: false, error: actionError('fieldwork.error.noStore') };
  let check: SupervisorCheck = await checkSupervisorHere(store.db, input.supervisorId, input.password, clock.now);
  if (!check.ok && check.reason === 'unknown_here') {
    // Not known here yet: head office confirms the supervisor once while the device is online.
    const online = await confirmOnline(input.supervisorId, input.password);
    if (online) return { ok: false, error: online };
    check = await checkSupervisorHere(store.db, input.supervisorId, input.password, clock.now);
  }
  if (!check.ok) {
    if (check.reason === 'invalid') return { ok: false, error: actionError('overrides.here.invalid', { n: check.attemptsLeft }) };
    if (check.reason === 'locked') return { ok: false, error: actionError('overrides.here.locked', { until: timeOf(check.until) }) };
    if (check.reason === 'not_supervisor') return { ok: false, error: actionError('overrides.here.notSupervisor', { name: check.name }) };
    return { ok: false, error: actionError('overrides.here.unknown', { id: input.supervisorId.trim() }) };
  }
  const { caseId, requestId, decision, reason, validUntil } = input;
  const result = await useAppStore.getState().act(decideOverride, { caseId, requestId, decision, reason, validUntil, proof: check.proof });
  return result.ok ? { ok: true } : { ok: false, error: result.error };
}
