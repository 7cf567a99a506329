import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { importExtract } from '../../../server/import/apply';
import { checkClosures } from '../../../server/import/closures';
import { main } from '../../../server/cli';
import type { Db } from '../../../server/db/types';
import { caseToRows, customerNoOf, demoCases, extractOf, toCsv } from '../../fixtures/import/demoExtract';
import { createPostgresDatabase, eachBackend, openDb } from '../harness';
import { openDatabase } from '../../../server/db/open';
import { seedDemoOrganisation } from '../../../server/auth/seed';
import { TEST_KDF } from '../harness';

/**
 * Settling cases missing from a snapshot: shown in the dry run, and above a small share of the open cases
 * (3 %, at least 5 cases) refused unless a person confirms the number the dry run showed.
 */

describe('the closure guard', () => {
  it.each([
    // count, open, confirmed, limit, verdict
    [5, 100, undefined, 5, 'ok'],
    [6, 100, undefined, 5, 'unconfirmed'],
    [6, 100, 6, 5, 'ok'],
    [6, 100, 7, 5, 'mismatch'],
    [30, 1000, undefined, 30, 'ok'],
    [31, 1000, undefined, 30, 'unconfirmed'],
    [0, 0, undefined, 5, 'ok'],
    [2, 10, 9, 5, 'ok'],
  ] as const)('%i of %i open, confirmed %s: limit %i, %s', (count, open, confirmed, limit, verdict) => {
    expect(checkClosures(count, open, undefined, confirmed)).toMatchObject({ limit, verdict });
  });
});

eachBackend((backend) => {
  let db: Db;
  let dir: string;
  const cases = demoCases(40, { seed: 'closures' });
  const rows = cases.flatMap(caseToRows);
  const closedCount = async () => Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM cases WHERE status = 'settled'`)).rows[0]!.n);
  const changes = async () => Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM changes')).rows[0]!.n);

  beforeAll(async () => {
    db = await openDb(backend);
    dir = await mkdtemp(join(tmpdir(), 'rd-closures-'));
    expect((await importExtract(db, extractOf(rows))).counts.new).toBe(40);
  });
  afterAll(async () => {
    await db.close();
    await rm(dir, { recursive: true, force: true });
  });

  it('a file that would settle more than the share is refused without confirmation, shown in the dry run, applied with it', async () => {
    // One branch's rows only (a one-branch export): the other branches' cases would all be settled.
    const branch = cases[0]!.assignment.branchCode;
    const oneBranch = rows.filter((r) => r.branch_code === branch);
    const missing = cases.filter((c) => c.assignment.branchCode !== branch);
    expect(missing.length).toBeGreaterThan(5);
    const before = await changes();

    const refused = await importExtract(db, extractOf(oneBranch));
    expect(refused.fileError).toMatchObject({ code: 'too_many_closures', params: { count: missing.length, open: 40, limit: 5 } });
    expect(refused.counts).toMatchObject({ updated: 0, closed: 0 });
    expect(refused.closures.cases.map((c) => c.customerNo).sort()).toEqual(missing.map(customerNoOf).sort());
    expect(await changes()).toBe(before);

    const dry = await importExtract(db, extractOf(oneBranch), { dryRun: true });
    expect(dry.fileError).toBeNull();
    expect(dry.counts.closed).toBe(missing.length);
    expect(dry.closures).toMatchObject({ count: missing.length, needsConfirmation: true, verdict: 'unconfirmed' });
    expect(await changes()).toBe(before);

    // Confirming another number (the file changed since the dry run) is refused too.
    const stale = await importExtract(db, extractOf(oneBranch), { confirmClosures: missing.length - 1 });
    expect(stale.fileError).toMatchObject({ code: 'closures_changed' });
    expect(await closedCount()).toBe(0);

    const applied = await importExtract(db, extractOf(oneBranch), { confirmClosures: missing.length });
    expect(applied.fileError).toBeNull();
    expect(applied.counts.closed).toBe(missing.length);
    expect(await closedCount()).toBe(missing.length);
    // Back to the whole portfolio: they reopen.
    expect((await importExtract(db, extractOf(rows))).counts).toMatchObject({ updated: missing.length, closed: 0 });
  });

  it('a few cases missing (within the share) settle without asking; the share is configurable', async () => {
    const without = rows.filter((r) => r.customer_no !== customerNoOf(cases[1]!) && r.customer_no !== customerNoOf(cases[2]!));
    expect((await importExtract(db, extractOf(without), { closeGuard: { share: 0, free: 1 }, dryRun: true })).closures.verdict).toBe('unconfirmed');
    const result = await importExtract(db, extractOf(without));
    expect(result.counts.closed).toBe(2);
    expect(result.closures).toMatchObject({ count: 2, needsConfirmation: false, verdict: 'ok' });
    await importExtract(db, extractOf(rows));
  });

  it('the command shows the closures in the dry run, writes them to FILE.closures.csv, and applies only with --confirm-closures N', async () => {
    const dataDir = join(dir, 'data');
    const pgDatabase = backend === 'postgres' ? await createPostgresDatabase() : null;
    const seeded = await openDatabase({ dataDir, databaseUrl: pgDatabase?.url });
    await seedDemoOrganisation(seeded, { kdf: TEST_KDF });
    await seeded.close();
    const env = { DATA_DIR: dataDir, LOG_LEVEL: 'silent', ...(pgDatabase ? { DATABASE_URL: pgDatabase.url } : {}) };
    const full = join(dir, 'full.csv');
    const part = join(dir, 'part.csv');
    await writeFile(full, toCsv(rows, 'utf-8'));
    const kept = cases.slice(0, 20).flatMap(caseToRows);
    await writeFile(part, toCsv(kept, 'gb18030'));
    const out: string[] = [];
    const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void out.push(args.join(' ')));
    const err = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void out.push(args.join(' ')));
    try {
      expect(await main(['import', full, '--lang', 'en'], env)).toBe(0);
      out.length = 0;
      expect(await main(['import', part, '--dry-run', '--lang', 'en'], env)).toBe(0);
      expect(out).toContain('dry run (nothing written): new 0, updated 0, unchanged 20, closed 20, rejected 0 (0 rows)');
      expect(out).toContain(`20 of 40 open cases are not in the extract and would be settled (50.0%; without confirmation up to 5): ${part}.closures.csv`);
      expect(out).toContain('settling them needs confirmation: import again with --confirm-closures 20');
      const listed = (await readFile(`${part}.closures.csv`, 'utf8')).split('\r\n');
      expect(listed[0]).toBe('\uFEFFcase_id,case_number,customer_no,branch_code,officer_id,status');
      expect(listed.filter((l) => l.startsWith('case-'))).toHaveLength(20);
      out.length = 0;
      expect(await main(['import', part, '--lang', 'zh-CN'], env)).toBe(1);
      expect(out.some((l) => l.startsWith('文件被拒绝：本文件将结清 40 个未结案件中的 20 个（50.0%）'))).toBe(true);
      expect(await main(['import', part, '--confirm-closures', 'all'], env)).toBe(2);
      out.length = 0;
      expect(await main(['import', part, '--confirm-closures', '20', '--lang', 'en'], env)).toBe(0);
      expect(out).toContain('new 0, updated 0, unchanged 20, closed 20, rejected 0 (0 rows)');
    } finally {
      log.mockRestore();
      err.mockRestore();
      await pgDatabase?.drop();
    }
  });
});
