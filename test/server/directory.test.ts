import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BranchDirectorySchema } from '../../shared/team/directory';
import { DEMO_BRANCHES } from '../../shared/demo/branches';
import type { Db } from '../../server/db/types';
import { MUTATION_SCHEMA_VERSION, PROTOCOL_VERSION } from '../../shared/sync/versions';
import { openDb, post, signIn, startHarness, type Harness } from './harness';

/**
 * POST /sync/directory: the caller's branch, its staff and (to a supervisor or admin) their devices' last
 * sync. Authorization and bad input as the other sync routes: a token, one's own branch, a strict body.
 */
describe('the branch directory', () => {
  let db: Db;
  let h: Harness;
  const branch = DEMO_BRANCHES[0]!.code;
  const other = DEMO_BRANCHES[1]!.code;

  beforeAll(async () => {
    db = await openDb('pglite');
    h = await startHarness(db);
  }, 60_000);
  afterAll(async () => {
    await h?.close();
    await db?.close();
  });

  it('a supervisor gets their branch’s staff with each device and when it last synced', async () => {
    h.clock.ms = Date.parse('2026-11-23T03:00:00Z');
    const collector = await signIn(h, `demo-officer-${branch}-01`);
    const pulled = await post(h, '/sync/pull', { protocolVersion: PROTOCOL_VERSION, schemaVersion: MUTATION_SCHEMA_VERSION, deviceId: collector.deviceId, cursor: null, limit: 10 }, collector.accessToken);
    expect(pulled.status).toBe(200);
    const supervisor = await signIn(h, `demo-supervisor-${branch}`);
    const res = await post(h, '/sync/directory', {}, supervisor.accessToken);
    expect(res.status).toBe(200);
    const dir = BranchDirectorySchema.parse(res.body);
    expect(dir.branchCode).toBe(branch);
    expect(new Set(dir.members.map((m) => m.branchCode))).toEqual(new Set([branch]));
    expect(dir.members.map((m) => m.role).sort()).toEqual(expect.arrayContaining(['clerk', 'collector', 'supervisor']));
    const officer = dir.members.find((m) => m.id === `demo-officer-${branch}-01`)!;
    expect(officer.devices).toEqual([{ deviceId: collector.deviceId, deviceCode: collector.deviceCode, lastSyncAt: '2026-11-23T03:00:00.000Z', revoked: false }]);
    // The supervisor's own device has not pushed or pulled yet.
    expect(dir.members.find((m) => m.id === `demo-supervisor-${branch}`)!.devices).toEqual([{ deviceId: supervisor.deviceId, deviceCode: supervisor.deviceCode, lastSyncAt: null, revoked: false }]);
  });

  it('a collector gets the names and roles, not the devices', async () => {
    const collector = await signIn(h, `demo-officer-${branch}-02`);
    const res = await post(h, '/sync/directory', {}, collector.accessToken);
    expect(res.status).toBe(200);
    expect(res.body.members.length).toBeGreaterThan(2);
    expect(res.body.members.every((m: { devices: unknown[] }) => m.devices.length === 0)).toBe(true);
  });

  it('a head-office admin names the branch; without one it is a bad request, an unknown one is not found', async () => {
    const admin = await signIn(h, 'demo-admin');
    expect((await post(h, '/sync/directory', { branchCode: other }, admin.accessToken)).body.branchCode).toBe(other);
    expect(await post(h, '/sync/directory', {}, admin.accessToken)).toMatchObject({ status: 400, body: { error: { code: 'bad_request' } } });
    expect(await post(h, '/sync/directory', { branchCode: 'NOPE99' }, admin.accessToken)).toMatchObject({ status: 404, body: { error: { code: 'not_found' } } });
  });

  it('refuses another branch to a supervisor, no token, and a malformed body', async () => {
    const supervisor = await signIn(h, `demo-supervisor-${branch}`);
    expect(await post(h, '/sync/directory', { branchCode: other }, supervisor.accessToken)).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } });
    expect((await post(h, '/sync/directory', {})).status).toBe(401);
    expect((await post(h, '/sync/directory', {}, 'not-a-token')).status).toBe(401);
    for (const body of [{ branchCode: 7 }, { branchCode: '' }, { branchCode: "x' OR 1=1" }, { other: true }, '[]']) {
      expect(await post(h, '/sync/directory', body, supervisor.accessToken), JSON.stringify(body)).toMatchObject({ status: 400 });
    }
  });

  it('is listed in /openapi.json', async () => {
    const res = await fetch(`${h.url}/openapi.json`);
    expect(Object.keys(((await res.json()) as { paths: Record<string, unknown> }).paths)).toContain('/sync/directory');
  });
});
