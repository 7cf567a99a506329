import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CaseSchema, type Case } from '../../shared/domain/case';
import { DEMO_OFFICERS } from '../../shared/demo';
import { PullResponseSchema } from '../../shared/sync/protocol';
import { MUTATION_SCHEMA_VERSION, PROTOCOL_VERSION } from '../../shared/sync/versions';
import { DEMO_USERS } from '../../server/auth/seed';
import { main } from '../../server/cli';
import { loadConfig } from '../../server/config';
import { openDatabase } from '../../server/db/open';
import type { Db } from '../../server/db/types';
import { DEMO_PORTFOLIO_SEED, demoExtract, importDemoPortfolio } from '../../server/import/demoPortfolio';
import { openDb, post, signIn, startHarness, type Harness } from './harness';

const CASES = 120;
let db: Db;
let h: Harness;

// A fresh PGlite takes seconds to start on a loaded machine.
beforeAll(async () => {
  db = await openDb();
  h = await startHarness(db);
}, 60_000);
afterAll(async () => {
  await h.close();
  await db.close();
});

const count = async (sql: string, params: unknown[] = []) => Number((await db.query<{ n: string }>(sql, params)).rows[0]!.n);

describe('demo portfolio at head office', () => {
  it('uses the seed of the app\'s own demo data', () => {
    // Read as text: server tests do not compile the renderer (it needs DOM types).
    const source = readFileSync(new URL('../../renderer/src/state/storeSlice.ts', import.meta.url), 'utf8');
    expect(source).toMatch(/export const DEMO_SEED = \d+;/);
    expect(source).toContain(`export const DEMO_SEED = ${DEMO_PORTFOLIO_SEED};`);
  });

  it('goes in through the import: every case new, none rejected, assigned to the demo collectors', async () => {
    const result = await importDemoPortfolio(db, { cases: CASES, snapshotDate: '2026-11-23' });
    expect(result.fileError).toBeNull();
    expect(result.rejections).toEqual([]);
    expect(result.counts).toMatchObject({ new: CASES, rejected: 0, closed: 0 });
    expect(await count('SELECT count(*) AS n FROM cases')).toBe(CASES);
    // Every officer on a case is a demo collector of that case's branch; most cases have one.
    const officers = new Map(DEMO_OFFICERS.map((o) => [o.id, o.branchCode]));
    const rows = (await db.query<{ branch_code: string; officer_id: string | null; data: Case }>('SELECT branch_code, officer_id, data FROM cases')).rows;
    for (const r of rows) {
      if (r.officer_id !== null) expect(officers.get(r.officer_id)).toBe(r.branch_code);
      expect(CaseSchema.safeParse(r.data).success).toBe(true);
    }
    expect(rows.filter((r) => r.officer_id !== null).length).toBeGreaterThan(CASES * 0.7);
  });

  it('is the same portfolio the app generates: borrower, amounts and branch of a case match', async () => {
    const extract = demoExtract({ cases: 3, snapshotDate: '2026-11-23' });
    const stored = (await db.query<{ data: Case }>("SELECT data FROM cases WHERE id = 'case-C000002'")).rows[0]!.data;
    const rows = extract.rows.filter((r) => r.cells.customer_no === 'C000002');
    expect(stored.caseNumber).toBe('DEMO-' + rows[0]!.cells.branch_code + '-000002');
    expect(stored.parties[0]!.name).toBe(rows[0]!.cells.borrower_name);
    expect(stored.accounts.map((a) => a.accountNumber)).toEqual(rows.map((r) => r.cells.account_number));
  });

  it('a second load of the same day changes nothing', async () => {
    const again = await importDemoPortfolio(db, { cases: CASES, snapshotDate: '2026-11-23' });
    expect(again.counts).toMatchObject({ new: 0, updated: 0, unchanged: CASES, closed: 0 });
  });

  it('a demo collector signs in on a new device and pulls exactly their own cases', async () => {
    const officer = (await db.query<{ officer_id: string; n: string }>("SELECT officer_id, count(*) AS n FROM cases WHERE officer_id IS NOT NULL GROUP BY officer_id ORDER BY count(*) DESC LIMIT 1")).rows[0]!;
    const device = await signIn(h, officer.officer_id);
    const res = await post(h, '/sync/pull', { protocolVersion: PROTOCOL_VERSION, schemaVersion: MUTATION_SCHEMA_VERSION, deviceId: device.deviceId, cursor: null, limit: 1000 }, device.accessToken);
    expect(res.status).toBe(200);
    const body = PullResponseSchema.parse(res.body);
    expect(body.hasMore).toBe(false);
    const pulled = body.changes.flatMap((c) => (c.kind === 'case' ? [c] : []));
    expect(pulled.length).toBe(Number(officer.n));
    for (const c of pulled) expect((c.data as Case).assignment.officerId).toBe(officer.officer_id);
  });
});

describe('npm run server -- seed-demo', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'rd-seed-demo-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('seeds users and a portfolio of --cases N into an empty data folder, and prints users with the password', async () => {
    const log = vi.spyOn(console, 'log').mockImplementation(() => {});
    try {
      expect(await main(['seed-demo', '--cases', '30'], { DATA_DIR: dir, LOG_LEVEL: 'silent' })).toBe(0);
      const printed = log.mock.calls.map((c) => String(c[0])).join('\n');
      expect(printed).toMatch(/demo-officer-310115-01\s+310115\s+催收员 陈静\s+demo1234/);
      expect(printed).toMatch(/demo portfolio: 30 cases imported in \d+\.\d s \(new 30,/);
    } finally {
      log.mockRestore();
    }
    const seeded = await openDatabase(loadConfig({ DATA_DIR: dir }));
    try {
      expect(Number((await seeded.query<{ n: string }>('SELECT count(*) AS n FROM cases')).rows[0]!.n)).toBe(30);
      expect(Number((await seeded.query<{ n: string }>('SELECT count(*) AS n FROM users')).rows[0]!.n)).toBe(DEMO_USERS.length);
    } finally {
      await seeded.close();
    }
  }, 60_000);

  it('refuses a --cases that is not a number, with exit code 2', async () => {
    const err = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      expect(await main(['seed-demo', '--cases', 'lots'], { DATA_DIR: dir })).toBe(2);
      expect(String(err.mock.calls[0]?.[0])).toContain('--cases must be a whole number');
    } finally {
      err.mockRestore();
    }
  });
});
