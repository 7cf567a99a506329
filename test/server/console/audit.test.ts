import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appendAudit, hashAuditEntry, type AuditEntry } from '../../../shared/audit';
import type { Db } from '../../../server/db/types';
import { call, type Harness, openDb, signIn, startHarness } from '../harness';

let db: Db;
let h: Harness;
type Device = Awaited<ReturnType<typeof signIn>>;
let collector: Device;
let other: Device;
let admin: Device;
let supervisor: Device;
let otherSupervisor: Device;

beforeAll(async () => {
  db = await openDb('pglite');
  h = await startHarness(db);
  collector = await signIn(h, 'demo-officer-310115-01');
  other = await signIn(h, 'demo-officer-110105-01');
  admin = await signIn(h, 'demo-admin');
  supervisor = await signIn(h, 'demo-supervisor-310115');
  otherSupervisor = await signIn(h, 'demo-supervisor-110105');
}, 60_000);
afterAll(async () => {
  await h.close();
  await db.close();
});

/** A device's real chain: n entries as the app writes them. */
function chainOf(d: Device, n: number, from: AuditEntry | null = null): AuditEntry[] {
  const out: AuditEntry[] = [];
  let prev = from;
  for (let i = 1; i <= n; i++) {
    prev = appendAudit(prev, {
      id: `${d.deviceId}-a${(prev?.seq ?? 0) + 1}`,
      at: new Date(Date.UTC(2026, 10, 23, 1, 0, i)).toISOString(),
      userId: d.userId,
      deviceId: d.deviceId,
      action: 'receipt.record',
      entity: { kind: 'receipt', id: `r-${i}` },
      caseId: 'demo-case-00001',
      before: null,
      after: { amountFen: 10_000 * i, payerName: '张三' },
    });
    out.push(prev);
  }
  return out;
}

const send = (d: Device, entries: unknown[], deviceId = d.deviceId) => call(h, 'POST', '/audit/entries', { token: d.accessToken, body: { deviceId, entries } });

async function footprint(): Promise<string> {
  const q = async (sql: string) => JSON.stringify((await db.query(sql)).rows);
  return [await q('SELECT count(*)::int AS n FROM audit_entries'), await q('SELECT count(*)::int AS n FROM audit_findings'), await q('SELECT * FROM audit_chains ORDER BY device_id')].join('\n');
}

describe('POST /audit/entries', () => {
  const entries = () => chainOf(collector, 5);

  it('keeps a device’s intact chain and acknowledges its last seq; the same entries again are duplicates', async () => {
    const first = await send(collector, entries());
    expect(first.status).toBe(200);
    expect(first.body).toEqual({ received: 5, duplicates: 0, acknowledgedSeq: 5, verifiedUpTo: 5, breaks: [] });
    const again = await send(collector, entries());
    expect(again.body).toEqual({ received: 0, duplicates: 5, acknowledgedSeq: 5, verifiedUpTo: 5, breaks: [] });
    const held = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM audit_entries WHERE device_id = $1', [collector.deviceId]);
    expect(held.rows[0]!.n).toBe(5);
  });

  it('keeps the record before and after only as digests, not the personal data in clear', async () => {
    const rows = await db.query<Record<string, unknown>>('SELECT * FROM audit_entries WHERE device_id = $1', [collector.deviceId]);
    expect(JSON.stringify(rows.rows)).not.toContain('张三');
    expect(rows.rows[0]!.after_digest).toMatch(/^[0-9a-f]{64}$/);
  });

  it('flags an entry changed on the way, keeps it, and the chain reads broken at its seq', async () => {
    const more = chainOf(collector, 3, entries()[4]!);
    const tampered = { ...more[1]!, after: { amountFen: 1, payerName: '张三' } };
    const res = await send(collector, [more[0]!, tampered, more[2]!]);
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ received: 3, acknowledgedSeq: 8, verifiedUpTo: 6, breaks: [{ kind: 'changed', seq: 7 }] });
    const findings = await call(h, 'GET', `/admin/audit/findings?deviceId=${collector.deviceId}`, { token: admin.accessToken });
    expect(findings.body.findings).toMatchObject([{ deviceId: collector.deviceId, seq: 7, kind: 'changed', entrySeq: 7 }]);
    // Sent again: not a second finding.
    expect((await send(collector, [tampered])).body).toMatchObject({ received: 0, duplicates: 1, breaks: [] });
  });

  it('flags a batch that does not continue the stored chain (history rewritten) and a gap (entries removed)', async () => {
    const fork = chainOf(collector, 2, { ...chainOf(collector, 1)[0]!, seq: 8, hash: 'f'.repeat(64) });
    expect((await send(collector, fork)).body.breaks).toEqual([{ kind: 'rewritten', seq: 9 }]);
    const gap = chainOf(collector, 1, { ...fork[1]!, seq: 12 });
    expect((await send(collector, gap)).body.breaks).toEqual([{ kind: 'removed', seq: 11 }]);
  });

  it('an entry edited into an invalid shape is kept and flagged changed; the entries after it still arrive', async () => {
    const d = await signIn(h, 'demo-officer-310115-02');
    const c = chainOf(d, 4);
    const res = await send(d, [c[0]!, { ...c[1]!, action: 'DROP TABLE', hash: 'x' }, c[2]!, c[3]!]);
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ received: 4, duplicates: 0, acknowledgedSeq: 4, verifiedUpTo: 1, breaks: [{ kind: 'changed', seq: 2 }, { kind: 'rewritten', seq: 3 }] });
    // A hash crafted for the placeholders does not make it pass.
    const e = await signIn(h, 'demo-officer-310115-03');
    const [first] = chainOf(e, 1);
    const crafted = { ...first!, action: 'invalid.entry', entity: { kind: 'invalid', id: 'invalid' } };
    const forged = { ...first!, action: 'BAD', hash: hashAuditEntry(crafted) };
    expect((await send(e, [forged])).body.breaks).toEqual([{ kind: 'changed', seq: 1 }]);
    // Sent again: the same, held once.
    expect((await send(d, [{ ...c[1]!, action: 'DROP TABLE', hash: 'x' }])).body).toMatchObject({ received: 0, duplicates: 1, breaks: [] });
  });

  it('an empty batch answers where head office’s copy stands, and writes nothing', async () => {
    const before = await footprint();
    expect((await send(collector, [])).body).toEqual({ received: 0, duplicates: 0, acknowledgedSeq: 13, verifiedUpTo: 6, breaks: [] });
    const fresh = await signIn(h, 'demo-clerk-310115');
    expect((await send(fresh, [])).body).toEqual({ received: 0, duplicates: 0, acknowledgedSeq: 0, verifiedUpTo: 0, breaks: [] });
    expect(await footprint()).toBe(before);
  });

  it('refuses another device’s entries (403 other_device) and writes nothing', async () => {
    const before = await footprint();
    const res = await send(collector, chainOf(other, 2), other.deviceId);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('other_device');
    const mixed = await send(collector, [...chainOf(collector, 1), ...chainOf(other, 1)]);
    expect(mixed.status).toBe(403);
    expect(mixed.body.error.message).toContain('body.entries.1.deviceId');
    expect(await footprint()).toBe(before);
  });

  it.each([
    ['no token', undefined, 401],
    ['a malformed token', 'not-a-token', 401],
  ])('refuses %s with %i and writes nothing', async (_why, token, status) => {
    const before = await footprint();
    const res = await call(h, 'POST', '/audit/entries', { token, body: { deviceId: collector.deviceId, entries: chainOf(collector, 1) } });
    expect(res.status).toBe(status);
    expect(await footprint()).toBe(before);
  });

  it.each([
    ['entries not a list', () => ({ deviceId: collector.deviceId, entries: 'all' }), 'body.entries'],
    ['an entry that is not an object', () => ({ deviceId: collector.deviceId, entries: ['x'] }), 'body.entries.0'],
    ['a seq that is not one', () => ({ deviceId: collector.deviceId, entries: [{ ...chainOf(collector, 1)[0]!, seq: 'one' }] }), 'body.entries.0.seq'],
    ['seq 0', () => ({ deviceId: collector.deviceId, entries: [{ ...chainOf(collector, 1)[0]!, seq: 0 }] }), 'body.entries.0.seq'],
    ['an unknown field', () => ({ deviceId: collector.deviceId, entries: [], extra: 1 }), 'body'],
    ['too many entries', () => ({ deviceId: collector.deviceId, entries: chainOf(collector, 201) }), 'body.entries'],
  ])('refuses %s with 400 naming %s, and writes nothing', async (_why, body, field) => {
    const before = await footprint();
    const res = await call(h, 'POST', '/audit/entries', { token: collector.accessToken, body: body() });
    expect(res.status).toBe(400);
    expect(res.body.error.message.split(':')[0]).toBe(field);
    expect(await footprint()).toBe(before);
  });
});

describe('GET /admin/audit/…: the console', () => {
  it('an admin sees every device’s chain with its status', async () => {
    const res = await call(h, 'GET', '/admin/audit/chains', { token: admin.accessToken });
    expect(res.status).toBe(200);
    const row = res.body.chains.find((c: { deviceId: string }) => c.deviceId === collector.deviceId);
    expect(row).toMatchObject({ userId: 'demo-officer-310115-01', branchCode: '310115', entriesHeld: 11, lastSeq: 13, verifiedUpTo: 6, status: { state: 'broken', seq: 7, kind: 'changed' } });
    expect(row.findings).toBe(3);
    expect(res.body.chains.find((c: { deviceId: string }) => c.deviceId === other.deviceId)).toMatchObject({ status: { state: 'none' }, entriesHeld: 0 });
  });

  it('a supervisor sees only their branch’s devices, and is refused another branch', async () => {
    const own = await call(h, 'GET', '/admin/audit/chains', { token: supervisor.accessToken });
    expect(own.body.chains.map((c: { branchCode: string }) => c.branchCode).every((b: string) => b === '310115')).toBe(true);
    expect(own.body.chains.some((c: { deviceId: string }) => c.deviceId === collector.deviceId)).toBe(true);
    const theirs = await call(h, 'GET', '/admin/audit/findings', { token: otherSupervisor.accessToken });
    expect(theirs.body.findings).toEqual([]);
    expect((await call(h, 'GET', '/admin/audit/chains?branchCode=310115', { token: otherSupervisor.accessToken })).body.error.code).toBe('other_branch');
    const entries = await call(h, 'GET', `/admin/audit/devices/${collector.deviceId}/entries?around=7`, { token: otherSupervisor.accessToken });
    expect(entries.status).toBe(403);
    expect(entries.body.error.code).toBe('other_branch');
  });

  it('shows the entries around a break, without what they carried', async () => {
    const res = await call(h, 'GET', `/admin/audit/devices/${collector.deviceId}/entries?around=7&radius=1`, { token: supervisor.accessToken });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ deviceId: collector.deviceId, deviceCode: collector.deviceCode, userId: collector.userId });
    expect(res.body.entries.map((e: { seq: number; hashOk: boolean }) => `${e.seq}:${e.hashOk}`)).toEqual(['6:true', '7:false', '8:true']);
    expect(res.text).not.toContain('张三');
  });

  it.each([
    ['/admin/audit/chains'],
    ['/admin/audit/findings'],
    ['/admin/audit/devices/DX/entries?around=1'],
  ])('%s: no token 401, a collector 403', async (path) => {
    expect((await call(h, 'GET', path)).status).toBe(401);
    const res = await call(h, 'GET', path, { token: collector.accessToken });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('not_console_user');
  });

  it.each([
    ['/admin/audit/chains?branchCode=../x', 'query.branchCode'],
    ['/admin/audit/findings?deviceId=a%20b', 'query.deviceId'],
    ['/admin/audit/findings?sort=1', 'query'],
    ['/admin/audit/devices/DX/entries?around=-1', 'query.around'],
    ['/admin/audit/devices/DX/entries?around=1&radius=500', 'query.radius'],
    ['/admin/audit/devices/DX/entries', 'query.around'],
    ['/admin/audit/devices/a%20b/entries?around=1', 'params.deviceId'],
  ])('%s is refused 400 naming %s', async (path, field) => {
    const res = await call(h, 'GET', path, { token: admin.accessToken });
    expect(res.status).toBe(400);
    expect(res.body.error.message.split(':')[0]).toBe(field);
  });

  it('an unknown device is 404', async () => {
    expect((await call(h, 'GET', '/admin/audit/devices/NO-SUCH/entries?around=1', { token: admin.accessToken })).status).toBe(404);
  });
});
