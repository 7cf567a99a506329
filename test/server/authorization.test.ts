import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit } from '../../shared/audit';
import type { Case } from '../../shared/domain/case';
import { MUTATION_SCHEMA_VERSION, PROTOCOL_VERSION } from '../../shared/sync/versions';
import { signAccessToken } from '../../server/auth/tokens';
import type { Db } from '../../server/db/types';
import { importExtract } from '../../server/import/apply';
import { caseIdOf } from '../../server/import/portfolio';
import { caseToRows, customerNoOf, demoCases, extractOf } from '../fixtures/import/demoExtract';
import { entry, type Harness, openDb, post, signIn, startHarness } from './harness';

/**
 * Every authenticated route × every way of calling it without the right: the refusal a client can act on,
 * and nothing written. PGlite only: the checks are in the HTTP layer and plain SQL.
 */
let db: Db;
let h: Harness;
const cases = demoCases(30, { seed: 'authorization-tests' });
const idOf = (c: Case) => caseIdOf(customerNoOf(c));

type Device = Awaited<ReturnType<typeof signIn>>;
let collector: Device;
let victim: Device;

beforeAll(async () => {
  db = await openDb('pglite');
  h = await startHarness(db);
  await importExtract(db, extractOf(cases.flatMap(caseToRows)));
  collector = await signIn(h, cases.find((c) => c.assignment.officerId)!.assignment.officerId!);
  victim = await signIn(h, 'demo-officer-440106-02');
}, 60_000);
afterAll(async () => {
  await h.close();
  await db.close();
});

const versions = { protocolVersion: PROTOCOL_VERSION, schemaVersion: MUTATION_SCHEMA_VERSION };

/** The authenticated routes, each with a well-formed body for the device `d` (so only the token is wrong). */
const ROUTES: [string, (d: Device) => unknown][] = [
  ['/sync/push', (d) => ({ ...versions, deviceId: d.deviceId, mutations: [entry('recordActivity', d, 1, { caseId: idOf(cases[0]!) })] })],
  ['/sync/pull', (d) => ({ ...versions, deviceId: d.deviceId, cursor: null, limit: 10 })],
  ['/sync/directory', () => ({})],
  ['/devices/VICTIM/revoke', () => ({ reason: 'lost laptop' })],
  ['/evidence/held', () => ({ hashes: ['a'.repeat(64)] })],
  ['/admin/portfolio/assign', () => ({ select: { kind: 'cases', caseIds: ['case-x'] }, to: { kind: 'branch', branchCode: '310115' }, reason: '调整工作量' })],
  ['/auth/change-password', () => ({ currentPassword: 'demo1234', newPassword: 'Harbour7ab!x' })],
  ['/admin/users', () => ({ id: 'forged-admin-1', name: '伪造', role: 'head_office_admin', branchCode: '310115' })],
  ['/admin/devices/VICTIM/wipe', () => ({ reason: 'forged' })],
  ['/admin/config/limits', () => ({ scope: 'bank', payload: { waiverLimitFen: 100_000, graceDays: 3, unmaskSeconds: 60 } })],
  ['/audit/entries', (d) => ({ deviceId: d.deviceId, entries: [appendAudit(null, { id: 'audit-1', at: '2026-11-23T09:00:00+08:00', userId: d.userId, deviceId: d.deviceId, action: 'receipt.record', entity: { kind: 'receipt', id: 'r-1' }, caseId: null, before: null, after: null })] })],
];
const pathOf = (route: string) => route.replace('VICTIM', victim.deviceId);

/** What any refused request might have written. */
async function footprint(): Promise<string> {
  const q = async (sql: string) => JSON.stringify((await db.query(sql)).rows);
  return [
    await q('SELECT count(*)::int AS n FROM mutations_applied'),
    await q('SELECT count(*)::int AS n FROM field_records'),
    await q('SELECT id, revoked_at FROM devices ORDER BY id'),
    await q('SELECT count(*)::int AS n FROM refresh_tokens WHERE revoked_at IS NOT NULL'),
    await q('SELECT device_id, last_mutation_id FROM device_cursors ORDER BY device_id'),
    await q('SELECT count(*)::int AS n FROM audit_entries'),
  ].join('\n');
}

const sign = (secret: string, d: Device, over: Partial<{ userId: string; deviceId: string; role: 'collector' | 'supervisor' | 'clerk' | 'head_office_admin'; branchCode: string; ttlSeconds: number }> = {}, nowMs = h.clock.ms) =>
  signAccessToken(secret, { userId: d.userId, deviceId: d.deviceId, role: 'collector', branchCode: '310115', ttlSeconds: 900, nowMs, ...over } as Parameters<typeof signAccessToken>[1]).token;

/** [why, the token (or none), the status and error code expected] */
const BAD_TOKENS: [string, () => string | undefined, number, string][] = [
  ['no token', () => undefined, 401, 'unauthorized'],
  ['a malformed token', () => 'not-a-token', 401, 'unauthorized'],
  ['a token signed with another secret (forged)', () => sign('x'.repeat(48), collector, { role: 'head_office_admin' }), 401, 'unauthorized'],
  ['a real token with its claims changed (role raised)', () => {
    const [, sig] = collector.accessToken.split('.');
    const claims = JSON.parse(Buffer.from(collector.accessToken.split('.')[0]!, 'base64url').toString());
    return `${Buffer.from(JSON.stringify({ ...claims, role: 'head_office_admin' })).toString('base64url')}.${sig}`;
  }, 401, 'unauthorized'],
  ['an expired token', () => sign(h.config.tokenSecret, collector, {}, h.clock.ms - 3_600_000), 401, 'token_expired'],
  ["a token naming another user's device", () => sign(h.config.tokenSecret, collector, { deviceId: victim.deviceId }), 401, 'unauthorized'],
  ['a token for a device never enrolled', () => sign(h.config.tokenSecret, collector, { deviceId: 'NEVER-ENROLLED' }), 401, 'unauthorized'],
];

describe.each(ROUTES)('%s', (route, body) => {
  it.each(BAD_TOKENS)('refuses %s, and writes nothing', async (_why, token, status, code) => {
    const before = await footprint();
    const res = await post(h, pathOf(route), body(collector), token());
    expect(res.status).toBe(status);
    expect(res.body.error.code).toBe(code);
    expect(await footprint()).toBe(before);
  });
});

describe('a body claiming another device than the token', () => {
  it.each(ROUTES.slice(0, 2))('%s refuses it with 401 and writes nothing', async (route, body) => {
    const before = await footprint();
    const res = await post(h, route, body(victim), collector.accessToken);
    expect(res.status).toBe(401);
    expect(await footprint()).toBe(before);
  });
});

describe('roles and branches', () => {
  it('a collector may not revoke a device, not even their own', async () => {
    const before = await footprint();
    for (const target of [victim.deviceId, collector.deviceId]) {
      const res = await post(h, `/devices/${target}/revoke`, {}, collector.accessToken);
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('forbidden');
    }
    expect(await footprint()).toBe(before);
  });

  it("a clerk may not revoke; a supervisor of another branch may not revoke this branch's device", async () => {
    const clerk = await signIn(h, 'demo-clerk-440106');
    const otherSupervisor = await signIn(h, 'demo-supervisor-310115');
    const before = await footprint();
    expect((await post(h, `/devices/${victim.deviceId}/revoke`, {}, clerk.accessToken)).status).toBe(403);
    const res = await post(h, `/devices/${victim.deviceId}/revoke`, {}, otherSupervisor.accessToken);
    expect(res.status).toBe(403);
    expect(res.body.error.message).toContain('own branch');
    expect(await footprint()).toBe(before);
  });

  it("a collector's push on another branch's case is rejected out_of_scope and lands nothing", async () => {
    const own = cases.find((c) => c.assignment.officerId === collector.userId)!;
    const foreign = cases.find((c) => c.assignment.branchCode !== own.assignment.branchCode)!;
    const res = await post(h, '/sync/push', { ...versions, deviceId: collector.deviceId, mutations: [entry('recordActivity', collector, 1, { caseId: idOf(foreign) })] }, collector.accessToken);
    expect(res.status).toBe(200);
    expect(res.body.results).toEqual([{ mutationId: 1, status: 'rejected', reason: expect.objectContaining({ code: 'out_of_scope' }) }]);
    const landed = await db.query('SELECT 1 FROM field_records WHERE device_id = $1', [collector.deviceId]);
    expect(landed.rows).toHaveLength(0);
  });

  it("a collector's pull carries only their own cases", async () => {
    const res = await post(h, '/sync/pull', { ...versions, deviceId: collector.deviceId, cursor: null, limit: 1000 }, collector.accessToken);
    expect(res.status).toBe(200);
    const officers = new Set(res.body.changes.filter((c: { kind: string }) => c.kind === 'case').map((c: { data: Case }) => c.data.assignment.officerId));
    expect([...officers]).toEqual([collector.userId]);
  });

  it("a collector's plan approval, and a clerk's receipt void and contact log, are rejected forbidden in their own scope; nothing lands", async () => {
    const own = cases.find((c) => c.assignment.officerId === collector.userId)!;
    const device = await signIn(h, collector.userId);
    const clerk = await signIn(h, `demo-clerk-${own.assignment.branchCode}`);
    const changesBefore = await db.query('SELECT count(*)::int AS n FROM changes');
    const res = await post(
      h,
      '/sync/push',
      { ...versions, deviceId: device.deviceId, mutations: [entry('decidePlan', device, 1, { caseId: idOf(own) })] },
      device.accessToken,
    );
    expect(res.status).toBe(200);
    expect(res.body.results).toEqual([{ mutationId: 1, status: 'rejected', reason: { code: 'forbidden', message: expect.stringContaining('decidePlan') } }]);
    const byClerk = await post(
      h,
      '/sync/push',
      { ...versions, deviceId: clerk.deviceId, mutations: [entry('voidReceipt', clerk, 1, { caseId: idOf(own) }), entry('recordActivity', clerk, 2, { caseId: idOf(own) })] },
      clerk.accessToken,
    );
    expect(byClerk.body.results).toEqual([
      { mutationId: 1, status: 'rejected', reason: { code: 'forbidden', message: expect.stringContaining('voidReceipt') } },
      { mutationId: 2, status: 'rejected', reason: { code: 'forbidden', message: expect.stringContaining('recordActivity') } },
    ]);
    const landed = await db.query('SELECT 1 FROM field_records WHERE device_id = ANY($1::text[])', [[device.deviceId, clerk.deviceId]]);
    expect(landed.rows).toHaveLength(0);
    // The refusals are recorded (the cursor moved past them); no change reached the log other devices pull.
    expect((await db.query('SELECT count(*)::int AS n FROM changes')).rows).toEqual(changesBefore.rows);
  });

  it('a revoked device is refused on every route with 403 device_revoked, and writes nothing more', async () => {
    const lost = await signIn(h, 'demo-officer-440106-03');
    const supervisor = await signIn(h, 'demo-supervisor-440106');
    expect((await post(h, `/devices/${lost.deviceId}/revoke`, {}, supervisor.accessToken)).status).toBe(200);
    const before = await footprint();
    for (const [route, body] of ROUTES) {
      const res = await post(h, pathOf(route), body(lost), lost.accessToken);
      expect(res.status, route).toBe(403);
      expect(res.body.error.code).toBe('device_revoked');
    }
    const refresh = await post(h, '/auth/refresh', { refreshToken: lost.refreshToken, deviceId: lost.deviceId });
    expect(refresh.status).toBe(403);
    expect((await post(h, '/auth/sign-in', { userId: lost.userId, password: 'demo1234', deviceId: lost.deviceId })).body.error.code).toBe('device_revoked');
    expect(await footprint()).toBe(before);
  });
});
