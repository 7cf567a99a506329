import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config';
import type { Db } from '../../server/db/types';
import { importExtract, reassignCase } from '../../server/import/apply';
import { caseIdOf } from '../../server/import/portfolio';
import { schedulePruning } from '../../server/sync/pruneSchedule';
import { MUTATION_SCHEMA_VERSION, PROTOCOL_VERSION } from '../../shared/sync/versions';
import { caseToRows, customerNoOf, demoCases, extractOf } from '../fixtures/import/demoExtract';
import { type Harness, openDb, post, signIn, startHarness } from './harness';

/** How long head office keeps tombstones: read from the environment, used by pull, and pruned on a timer. */
const DAY = 86_400_000;
const versions = { protocolVersion: PROTOCOL_VERSION, schemaVersion: MUTATION_SCHEMA_VERSION };

describe('TOMBSTONE_RETENTION_DAYS', () => {
  const base = { TOKEN_SECRET: 'x'.repeat(40) };
  it('defaults to 90 days, is read from the environment and checked', () => {
    expect(loadConfig(base).tombstoneRetentionDays).toBe(90);
    expect(loadConfig({ ...base, TOMBSTONE_RETENTION_DAYS: '180' }).tombstoneRetentionDays).toBe(180);
    for (const bad of ['3', 'ninety', '-1', '1.5']) expect(() => loadConfig({ ...base, TOMBSTONE_RETENTION_DAYS: bad })).toThrow(ConfigError);
    expect(() => loadConfig({ ...base, TOMBSTONE_RETENTION_DAYS: '3' })).toThrow(/TOMBSTONE_RETENTION_DAYS: at least 7 days/);
  });
});

describe('the change log over time', () => {
  let db: Db;
  let h: Harness;
  const cases = demoCases(12, { seed: 'retention-tests' });
  const moved = cases.find((c) => c.assignment.officerId)!;
  const movedId = caseIdOf(customerNoOf(moved));

  beforeAll(async () => {
    db = await openDb('pglite');
    h = await startHarness(db, { config: { tombstoneRetentionDays: 30 } });
    await importExtract(db, extractOf(cases.flatMap(caseToRows)));
  }, 60_000);
  afterAll(async () => {
    await h.close();
    await db.close();
  });

  it('pull asks for a fresh download once a cursor is older than the configured retention (30 days here)', async () => {
    let d = await signIn(h, 'demo-admin');
    const first = await post(h, '/sync/pull', { ...versions, deviceId: d.deviceId, cursor: null, limit: 1000 }, d.accessToken);
    expect(first.body.resetRequired).toBe(false);
    h.clock.ms += 31 * DAY;
    d = await signIn(h, 'demo-admin', d.deviceId);
    const late = await post(h, '/sync/pull', { ...versions, deviceId: d.deviceId, cursor: first.body.cursor, limit: 1000 }, d.accessToken);
    expect(late.body).toEqual({ cursor: null, from: first.body.cursor, hasMore: false, changes: [], resetRequired: true });
    h.clock.ms -= 31 * DAY;
  });

  it('the schedule prunes tombstones older than the retention, keeps newer ones, and logs what it removed', async () => {
    const other = moved.assignment.officerId === 'demo-officer-310115-01' ? 'demo-officer-310115-02' : 'demo-officer-310115-01';
    expect(await reassignCase(db, movedId, other, new Date(h.clock.ms - 40 * DAY))).toBe('reassigned');
    expect(await reassignCase(db, movedId, moved.assignment.officerId!, new Date(h.clock.ms - 5 * DAY))).toBe('reassigned');
    const tombstones = async () => (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM changes WHERE kind = 'tombstone' AND record_id = $1`, [movedId])).rows[0]!.n;
    expect(await tombstones()).toBe(2);

    const lines: { msg: string; obj: object }[] = [];
    const log = { info: (obj: object, msg: string) => lines.push({ obj, msg }), error: (obj: object, msg: string) => lines.push({ obj, msg }) };
    const stop = schedulePruning(db, { tombstoneRetentionDays: 30 }, log, { firstAfterMs: 10, everyMs: 60_000, now: () => h.clock.ms });
    try {
      await expect.poll(() => lines.length, { timeout: 10_000 }).toBeGreaterThan(0);
    } finally {
      stop();
    }
    expect(lines[0]!.msg).toBe('change log pruned');
    expect((lines[0]!.obj as { removed: number }).removed).toBeGreaterThanOrEqual(1);
    // The 40-day-old tombstone went; the 5-day-old one stays for devices offline less than 30 days.
    expect(await tombstones()).toBe(1);
  });
});
