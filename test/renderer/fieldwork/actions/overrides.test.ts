import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { decideOverride } from '../../../../renderer/src/approvals/actions';
import { logContact, requestOverride } from '../../../../renderer/src/fieldwork/actions';
import { createVerifier } from '../../../../renderer/src/session/kdf';
import { knownUser, rememberUser } from '../../../../renderer/src/session/repository/sessionStore';
import { checkSupervisorHere, confirmSupervisorOnline, type SupervisorProof } from '../../../../renderer/src/session/supervisorCheck';
import { runAction, type ActionContext } from '../../../../renderer/src/store/runAction';
import type { Store } from '../../../../renderer/src/store/openStore';
import { MAX_FAILED_ATTEMPTS } from '../../../../shared/session/lockout';
import { makeCase } from '../../../fixtures/cases';
import { closeTestStore, collector, openTestStore, supervisor } from '../../store/fixture';

/** A case of the collector's, on hold for a reason the mainland pack leaves to a supervisor (cn.hold.other). */
const held = { ...makeCase(1, { officerId: collector.id }), status: 'on_hold' as const, holdReason: 'other' as const };
const otherSupervisor = { id: 'u-super-2', role: 'supervisor' as const, branchCode: '310115' };
const PASSWORD = 'correct horse 1';
const NOW = '2026-11-23T02:00:00Z'; // 10:00 in Shanghai

let store: Store;
let contextFor: Awaited<ReturnType<typeof openTestStore>>['contextFor'];

beforeEach(async () => {
  ({ store, contextFor } = await openTestStore([held]));
  // The supervisor signed in on this device before: their offline verifier is here.
  await rememberUser(store.db, { ...supervisor, name: '王主管' }, await createVerifier(PASSWORD), new Date(NOW));
});
afterEach(() => closeTestStore(store));

const party = held.parties[0]!;
const call = { caseId: held.id, partyId: party.id, channel: 'phone' as const, phoneId: party.phones[0]!.id, packId: 'cn-2026' };
const contact = { ...call, addressId: null, outcome: 'no_answer' as const, notes: '', nextAction: null, nextActionDate: null, promise: null };
const ask = () => runAction(contextFor(collector, NOW), requestOverride, { ...call, reason: '借款人主动要求今天回电核对账单' });
const proofFor = async (userId: string, password = PASSWORD): Promise<SupervisorProof> => {
  const check = await checkSupervisorHere(store.db, userId, password, () => new Date(NOW));
  if (!check.ok) throw new Error(check.reason);
  return check.proof;
};
const decide = (requestId: string, proof: SupervisorProof | null, operator: ActionContext['operator'] = collector, decision: 'approve' | 'reject' = 'approve', at = NOW) =>
  runAction(contextFor(operator, at), decideOverride, { caseId: held.id, requestId, decision, reason: decision === 'reject' ? '理由不充分' : null, validUntil: null, proof });

describe('overrides on the device: asked by the collector, given by a supervisor who authenticates', () => {
  it('without an approval the contact is refused; a request is recorded with the rules the pack names', async () => {
    expect(await runAction(contextFor(collector, NOW), logContact, contact)).toMatchObject({ ok: false, error: { code: 'override_required' } });
    const asked = await ask();
    if (!asked.ok) throw new Error(asked.error.message);
    expect(asked.value).toMatchObject({ ruleIds: ['cn.hold.other'], action: { channel: 'phone', partyId: party.id }, requestedBy: collector.id, decision: null });
    expect((await store.db.outbox.toArray()).map((e) => e.name)).toEqual(['requestOverride']);
    // Asked: still refused until a supervisor decides; a second request for the same contact is refused while one waits.
    expect(await runAction(contextFor(collector, NOW), logContact, contact)).toMatchObject({ ok: false, error: { code: 'override_required' } });
    expect(await ask()).toMatchObject({ ok: false, error: { code: 'pending' } });
  });

  it('the supervisor approves on the collector’s device with their password; the contact then saves naming the approval, once', async () => {
    const asked = await ask();
    if (!asked.ok) throw new Error(asked.error.message);
    const approved = await decide(asked.value.id, await proofFor(supervisor.id));
    if (!approved.ok) throw new Error(approved.error.message);
    expect(approved.value.decision).toMatchObject({ decision: 'approve', decidedBy: supervisor.id, how: 'on_requesting_device', validFrom: expect.any(String) });
    // The default window: until midnight at the end of the day in Shanghai.
    expect(approved.value.decision!.validUntil).toBe('2026-11-23T16:00:00.000Z');

    const saved = await runAction(contextFor(collector, NOW), logContact, contact);
    if (!saved.ok) throw new Error(saved.error.message);
    expect(saved.value.activity.override).toEqual({ ruleIds: ['cn.hold.other'], supervisorId: supervisor.id, reason: '借款人主动要求今天回电核对账单', requestId: asked.value.id });
    // Single use: the next contact needs a new approval.
    expect(await runAction(contextFor(collector, NOW), logContact, contact)).toMatchObject({ ok: false, error: { code: 'override_required' } });

    const audit = await store.db.audit.orderBy('seq').toArray();
    expect(audit.map((a) => a.action)).toEqual(['override.request', 'override.approve', 'activity.record', 'compliance.override']);
    expect(audit[1]).toMatchObject({ userId: collector.id, after: { decidedBy: supervisor.id, how: 'on_requesting_device' } });
    const outbox = await store.db.outbox.orderBy('mutationId').toArray();
    expect(outbox.map((e) => e.name)).toEqual(['requestOverride', 'decideOverride', 'recordActivity', 'recordOverride']);
    expect(outbox[3]!.args).toMatchObject({ requestId: asked.value.id, supervisorId: supervisor.id });
  });

  it('an approval outside its window lets nothing through', async () => {
    const asked = await ask();
    if (!asked.ok) throw new Error(asked.error.message);
    expect((await decide(asked.value.id, await proofFor(supervisor.id))).ok).toBe(true);
    // The next morning (08:00 Shanghai): the approval ran out at midnight.
    expect(await runAction(contextFor(collector, '2026-11-24T00:00:00Z'), logContact, contact)).toMatchObject({ ok: false, error: { code: 'override_required' } });
  });

  it('a rejection says why and lets nothing through; the collector may ask again', async () => {
    const asked = await ask();
    if (!asked.ok) throw new Error(asked.error.message);
    const rejected = await decide(asked.value.id, await proofFor(supervisor.id), collector, 'reject');
    expect(rejected).toMatchObject({ ok: true, value: { decision: { decision: 'reject', reason: '理由不充分', validFrom: null, validUntil: null } } });
    expect(await runAction(contextFor(collector, NOW), logContact, contact)).toMatchObject({ ok: false, error: { code: 'override_required' } });
    expect((await ask()).ok).toBe(true);
  });

  it('a collector cannot approve without a supervisor’s proof, a supervisor never their own request, and a request is decided once', async () => {
    const asked = await ask();
    if (!asked.ok) throw new Error(asked.error.message);
    expect(await decide(asked.value.id, null, collector)).toMatchObject({ ok: false, error: { code: 'role' } });
    // The supervisor asks on their own device, then tries to approve it: maker-checker.
    const own = await runAction(contextFor(otherSupervisor, NOW), requestOverride, { ...call, channel: 'sms', reason: '借款人要求短信发送还款账号' });
    if (!own.ok) throw new Error(own.error.message);
    expect(await decide(own.value.id, null, otherSupervisor)).toMatchObject({ ok: false, error: { code: 'own_request' } });
    // Another supervisor decides on their own device; a second decision is refused.
    expect(await decide(asked.value.id, null, otherSupervisor)).toMatchObject({ ok: true, value: { decision: { how: 'own_device', decidedBy: otherSupervisor.id } } });
    expect(await decide(asked.value.id, await proofFor(supervisor.id))).toMatchObject({ ok: false, error: { code: 'decided' } });
  });

  it('the password is checked offline: unknown supervisor, wrong password, lockout; a proof is used once', async () => {
    expect(await checkSupervisorHere(store.db, 'u-never-here', PASSWORD, () => new Date(NOW))).toEqual({ ok: false, reason: 'unknown_here' });
    expect(await checkSupervisorHere(store.db, supervisor.id, 'wrong', () => new Date(NOW))).toEqual({ ok: false, reason: 'invalid', attemptsLeft: MAX_FAILED_ATTEMPTS - 1 });
    for (let i = 2; i < MAX_FAILED_ATTEMPTS; i++) await checkSupervisorHere(store.db, supervisor.id, 'wrong', () => new Date(NOW));
    expect(await checkSupervisorHere(store.db, supervisor.id, 'wrong', () => new Date(NOW))).toMatchObject({ ok: false, reason: 'locked' });
    // Locked: even the right password is refused.
    expect(await checkSupervisorHere(store.db, supervisor.id, PASSWORD, () => new Date(NOW))).toMatchObject({ ok: false, reason: 'locked' });

    await rememberUser(store.db, { ...otherSupervisor, name: '李主管' }, await createVerifier(PASSWORD), new Date(NOW));
    const asked = await ask();
    if (!asked.ok) throw new Error(asked.error.message);
    const proof = await proofFor(otherSupervisor.id);
    const other = await runAction(contextFor(collector, NOW), requestOverride, { ...call, channel: 'sms', reason: '借款人要求短信发送还款账号' });
    if (!other.ok) throw new Error(other.error.message);
    expect((await decide(asked.value.id, proof)).ok).toBe(true);
    // Used once: the same proof does not decide a second request.
    expect(await decide(other.value.id, proof)).toMatchObject({ ok: false, error: { params: { field: 'proof' } } });
    expect((await store.db.overrideRequests.get(other.value.id))!.decision).toBeNull();
  });

  it('a supervisor unknown here is confirmed once by head office (with the device’s token), then checked offline', async () => {
    const stranger = { id: 'u-super-3', name: '赵主管', role: 'supervisor' as const, branchCode: '310115' };
    const sent: { url: string; auth: string | null; body: unknown }[] = [];
    const answer = (status: number, body: unknown): typeof fetch => async (url, init) => {
      sent.push({ url: String(url), auth: new Headers(init?.headers).get('authorization'), body: JSON.parse(String(init?.body)) });
      return new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } });
    };
    const at = { baseUrl: 'http://head-office.test/', token: 'access-token-1' };
    expect(await checkSupervisorHere(store.db, stranger.id, PASSWORD, () => new Date(NOW))).toEqual({ ok: false, reason: 'unknown_here' });
    const refused = await confirmSupervisorOnline(store.db, { ...at, fetch: answer(401, { error: { code: 'invalid_credentials', message: 'wrong user id or password' } }) }, stranger.id, 'wrong', () => new Date(NOW));
    expect(refused).toMatchObject({ ok: false, failure: { kind: 'refused', code: 'invalid_credentials' } });
    expect(await checkSupervisorHere(store.db, stranger.id, PASSWORD, () => new Date(NOW))).toEqual({ ok: false, reason: 'unknown_here' });

    const confirmed = await confirmSupervisorOnline(store.db, { ...at, fetch: answer(200, { user: stranger }) }, ` ${stranger.id} `, PASSWORD, () => new Date(NOW));
    expect(confirmed).toEqual({ ok: true, value: stranger });
    expect(sent.at(-1)).toEqual({ url: 'http://head-office.test/auth/confirm-approver', auth: 'Bearer access-token-1', body: { userId: stranger.id, password: PASSWORD } });
    // Offline from now on: the kept verifier, for approvals only (it signs no one in: not a known user).
    expect(await checkSupervisorHere(store.db, stranger.id, PASSWORD, () => new Date(NOW))).toMatchObject({ ok: true, proof: { user: stranger } });
    expect(await checkSupervisorHere(store.db, stranger.id, 'wrong', () => new Date(NOW))).toMatchObject({ ok: false, reason: 'invalid' });
    expect(await knownUser(store.db, stranger.id)).toBeNull();
  });
});
