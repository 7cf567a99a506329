import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Case } from '../../shared/domain/case';
import { DEMO_BRANCHES } from '../../shared/demo/branches';
import type { MutationArgsInput, MutationName, OutboxEntry } from '../../shared/sync';
import { caseIdOf } from '../../server/import/portfolio';
import { importExtract } from '../../server/import/apply';
import type { Db } from '../../server/db/types';
import { caseToRows, customerNoOf, demoCases, extractOf } from '../fixtures/import/demoExtract';
import { eachBackend, entry, openDb, post, push, signIn, startHarness, PASSWORD, type Harness } from './harness';

/**
 * Overrides at head office: a request is kept once; a decision is taken once, for a request head office has,
 * by a supervisor of the case's branch who did not ask; one made on the requesting device is taken only from
 * that device; an override that names its approval uses it once. Each refusal says why and writes nothing.
 */
eachBackend((backend) => {
  let db: Db;
  let h: Harness;
  const cases = demoCases(12, { seed: 'override-tests' });
  let officer: string;
  let branch: string;
  let caseId: string;

  type Device = Awaited<ReturnType<typeof signIn>> & { next: number };
  const devices = new Map<string, Device>();
  const device = async (userId: string, key = userId): Promise<Device> => {
    if (!devices.has(key)) devices.set(key, { ...(await signIn(h, userId)), next: 1 });
    return devices.get(key)!;
  };
  async function send<N extends MutationName>(d: Device, name: N, args: Partial<MutationArgsInput<N>>): Promise<{ result: { status: string; reason?: { code: string; message: string } }; entry: OutboxEntry }> {
    const e = entry(name, d, d.next++, args);
    const res = await push(h, d, [e]);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return { result: res.body.results[0], entry: e };
  }
  const count = async (kind: string) => (await db.query<{ n: number }>('SELECT count(*)::integer AS n FROM field_records WHERE kind = $1 AND case_id = $2', [kind, caseId])).rows[0]!.n;
  const window = { decidedAt: '2026-11-23T10:00:00+08:00', validFrom: '2026-11-23T10:00:00+08:00', validUntil: '2026-11-24T00:00:00+08:00' };
  const ask = async (d: Device) => {
    const asked = await send(d, 'requestOverride', { caseId });
    expect(asked.result.status).toBe('applied');
    return (asked.entry.args as { id: string }).id;
  };

  beforeAll(async () => {
    db = await openDb(backend);
    h = await startHarness(db);
    await importExtract(db, extractOf(cases.flatMap(caseToRows)));
    const c: Case = cases.find((x) => x.assignment.officerId)!;
    officer = c.assignment.officerId!;
    branch = c.assignment.branchCode;
    caseId = caseIdOf(customerNoOf(c));
  }, 60_000);
  afterAll(async () => {
    await h.close();
    await db.close();
  });

  it('a decision on the requesting device is taken from that device only, naming a supervisor of the branch who did not ask', async () => {
    const collector = await device(officer);
    const supervisor = `demo-supervisor-${branch}`;
    const otherBranch = DEMO_BRANCHES.find((b) => b.code !== branch)!.code;
    const requestId = await ask(collector);
    const here = { caseId, requestId, decidedBy: supervisor, how: 'on_requesting_device' as const, ...window };

    const unknown = await send(collector, 'decideOverride', { ...here, requestId: '01955a3c-8e00-7000-8000-999999999999' });
    expect(unknown.result).toMatchObject({ status: 'rejected', reason: { code: 'not_found', message: expect.stringContaining('no override request') } });
    const nobody = await send(collector, 'decideOverride', { ...here, decidedBy: 'no-such-user' });
    expect(nobody.result).toMatchObject({ status: 'rejected', reason: { code: 'forbidden', message: expect.stringContaining('knows no user') } });
    const collectorAsDecider = await send(collector, 'decideOverride', { ...here, decidedBy: officer });
    expect(collectorAsDecider.result).toMatchObject({ status: 'rejected', reason: { code: 'forbidden', message: expect.stringContaining('is not a supervisor') } });
    const wrongBranch = await send(collector, 'decideOverride', { ...here, decidedBy: `demo-supervisor-${otherBranch}` });
    expect(wrongBranch.result).toMatchObject({ status: 'rejected', reason: { code: 'forbidden', message: expect.stringContaining("case's branch") } });
    // Claimed as made on the supervisor's own device, but sent by the collector: refused.
    const notOwn = await send(collector, 'decideOverride', { ...here, how: 'own_device' });
    expect(notOwn.result).toMatchObject({ status: 'rejected', reason: { code: 'forbidden', message: expect.stringContaining("supervisor's own device") } });
    // The collector's other laptop did not hold the request: head office cannot tell a password was typed there.
    const otherLaptop = await device(officer, `${officer}#2`);
    const elsewhere = await send(otherLaptop, 'decideOverride', here);
    expect(elsewhere.result).toMatchObject({ status: 'rejected', reason: { code: 'forbidden', message: expect.stringContaining('requesting device') } });
    expect(await count('decideOverride')).toBe(0);

    const approved = await send(collector, 'decideOverride', here);
    expect(approved.result.status).toBe('applied');
    const late = await send(await device(supervisor), 'decideOverride', { ...here, how: 'own_device', decision: 'reject', reason: '不同意', validFrom: null, validUntil: null });
    expect(late.result).toMatchObject({ status: 'rejected', reason: { code: 'conflict', message: expect.stringContaining('decided once') } });
    expect(await count('decideOverride')).toBe(1);
  });

  it('on their own device the supervisor decides; their own request they may not', async () => {
    const collector = await device(officer);
    const supervisor = await device(`demo-supervisor-${branch}`);
    const requestId = await ask(collector);
    const rejected = await send(supervisor, 'decideOverride', { caseId, requestId, decidedBy: supervisor.userId, how: 'own_device', decision: 'reject', reason: '理由不足，请先核实', decidedAt: window.decidedAt, validFrom: null, validUntil: null });
    expect(rejected.result.status).toBe('applied');

    const own = await ask(supervisor);
    const selfApproved = await send(supervisor, 'decideOverride', { caseId, requestId: own, decidedBy: supervisor.userId, how: 'own_device', ...window });
    expect(selfApproved.result).toMatchObject({ status: 'rejected', reason: { code: 'forbidden', message: expect.stringContaining('maker-checker') } });
  });

  it('bad input is refused before any rule, translated by its code: a rejection without a reason, a window of days', async () => {
    const collector = await device(officer);
    const before = await count('decideOverride');
    const good = entry('decideOverride', collector, collector.next++, { caseId });
    const tampered = (args: Record<string, unknown>, mutationId: number) => ({ ...good, mutationId, args: { ...good.args, ...args } }) as OutboxEntry;
    const res = await push(h, collector, [
      tampered({ validUntil: '2026-11-30T00:00:00+08:00' }, good.mutationId),
      tampered({ decision: 'reject', reason: null, validFrom: null, validUntil: null }, collector.next++),
    ]);
    expect(res.status).toBe(200);
    expect(res.body.results).toMatchObject([
      { status: 'rejected', reason: { code: 'invalid', message: expect.stringContaining('36 hours') } },
      { status: 'rejected', reason: { code: 'invalid', message: expect.stringContaining('a rejection needs a reason') } },
    ]);
    expect(await count('decideOverride')).toBe(before);
  });

  it('an override naming its approval uses it once; an unapproved request lets nothing through', async () => {
    const collector = await device(officer);
    const supervisor = `demo-supervisor-${branch}`;
    const pending = await ask(collector);
    const early = await send(collector, 'recordOverride', { caseId, subject: null, supervisorId: supervisor, requestId: pending });
    expect(early.result).toMatchObject({ status: 'rejected', reason: { code: 'not_found', message: expect.stringContaining('no approval') } });

    expect((await send(collector, 'decideOverride', { caseId, requestId: pending, decidedBy: supervisor, how: 'on_requesting_device', ...window })).result.status).toBe('applied');
    const wrongName = await send(collector, 'recordOverride', { caseId, subject: null, supervisorId: `demo-clerk-${branch}`, requestId: pending });
    expect(wrongName.result).toMatchObject({ status: 'rejected', reason: { code: 'not_found' } });
    const used = await send(collector, 'recordOverride', { caseId, subject: null, supervisorId: supervisor, requestId: pending });
    expect(used.result.status).toBe('applied');
    const twice = await send(collector, 'recordOverride', { caseId, subject: null, supervisorId: supervisor, requestId: pending });
    expect(twice.result).toMatchObject({ status: 'rejected', reason: { code: 'conflict', message: expect.stringContaining('used once') } });
    // Overrides stored before requests existed carry no request and are kept as they were.
    expect((await send(collector, 'recordOverride', { caseId, subject: null, supervisorId: supervisor })).result.status).toBe('applied');
  });
  it('a supervisor confirms their password on a collector’s device without signing in there (no enrolment, no token), audited', async () => {
    const collector = await device(officer);
    const supervisor = `demo-supervisor-${branch}`;
    const confirm = (userId: string, password = PASSWORD, token: string | null = collector.accessToken) => post(h, '/auth/confirm-approver', { userId, password }, token ?? undefined);
    const ok = await confirm(supervisor);
    expect(ok.status).toBe(200);
    expect(ok.body).toEqual({ user: { id: supervisor, name: expect.any(String), role: 'supervisor', branchCode: branch } });
    expect(ok.body).not.toHaveProperty('accessToken');
    expect((await db.query('SELECT 1 FROM devices WHERE user_id = $1 AND id = $2', [supervisor, collector.deviceId])).rows).toHaveLength(0);

    expect((await confirm(supervisor, 'wrong-password')).body).toMatchObject({ error: { code: 'invalid_credentials' } });
    expect((await confirm(officer)).body).toMatchObject({ error: { code: 'not_an_approver' } });
    const otherBranch = DEMO_BRANCHES.find((b) => b.code !== branch)!.code;
    expect((await confirm(`demo-supervisor-${otherBranch}`)).body).toMatchObject({ error: { code: 'not_an_approver' } });
    expect((await confirm(supervisor, PASSWORD, null)).status).toBe(401);
    expect((await confirm('x'.repeat(200))).status).toBe(400);
    const events = await db.query<{ kind: string; reason: string | null }>("SELECT kind, reason FROM sign_in_events WHERE kind LIKE 'approver_%' AND device_id = $1 ORDER BY id", [collector.deviceId]);
    expect(events.rows).toEqual([
      { kind: 'approver_confirmed', reason: null },
      { kind: 'approver_refused', reason: 'invalid_credentials' },
      { kind: 'approver_refused', reason: 'not_an_approver' },
      { kind: 'approver_refused', reason: 'not_an_approver' },
    ]);
  });
});
