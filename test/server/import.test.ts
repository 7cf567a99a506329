import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import iconv from 'iconv-lite';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { CaseSchema, type Case } from '../../shared/domain/case';
import { importExtract, importFile, reassignCase } from '../../server/import/apply';
import { readExtract } from '../../server/import/extract';
import type { Db } from '../../server/db/types';
import { caseToRows, COLUMNS, customerNoOf, demoCases, extractOf, toCsv, toCsvText, toXlsx, type Row } from '../fixtures/import/demoExtract';
import { seedDemoOrganisation } from '../../server/auth/seed';
import { main } from '../../server/cli';
import { openDatabase } from '../../server/db/open';
import { createPostgresDatabase, eachBackend, openDb, TEST_KDF } from './harness';

eachBackend((backend) => {
  let db: Db;
  let dir: string;
  const cases = demoCases(12);
  const rows = cases.flatMap(caseToRows);

  beforeAll(async () => {
    db = await openDb(backend);
    dir = await mkdtemp(join(tmpdir(), 'rd-import-'));
  });
  afterAll(async () => {
    await db.close();
    await rm(dir, { recursive: true, force: true });
  });

  async function fileOf(name: string, bytes: Buffer): Promise<string> {
    const path = join(dir, name);
    await writeFile(path, bytes);
    return path;
  }
  const stored = async (customerNo: string) =>
    (await db.query<{ data: Case; version: string; status: string; officer_id: string | null }>('SELECT data, version, status, officer_id FROM cases WHERE id = $1', [`case-${customerNo}`])).rows[0];
  const count = async (sql: string, params: unknown[] = []) => Number((await db.query<{ n: string }>(sql, params)).rows[0]!.n);
  const withoutCase = (rs: readonly Row[], c: Case) => rs.filter((r) => r.customer_no !== customerNoOf(c));

  describe('reading extracts', () => {
    it('reads UTF-8 with and without a BOM, GB18030 and XLSX into the same rows', async () => {
      const utf8 = await readExtract(toCsv(rows, 'utf-8'));
      const bom = await readExtract(toCsv(rows, 'utf-8-bom'));
      const gb = await readExtract(toCsv(rows, 'gb18030'));
      const xlsx = await readExtract(await toXlsx(rows), 'extract.xlsx');
      expect(utf8.encoding).toBe('utf-8');
      expect(bom.encoding).toBe('utf-8');
      expect(gb.encoding).toBe('gb18030');
      expect(utf8.header).toEqual(COLUMNS);
      expect(bom.header).toEqual(COLUMNS);
      for (const e of [bom, gb]) expect(e.rows.map((r) => r.cells)).toEqual(utf8.rows.map((r) => r.cells));
      // Number cells come back as their shortest digits ("9.4" for 9.40): the same amounts, which the import test checks.
      expect(xlsx.rows.map((r) => [r.cells.borrower_name, r.cells.borrower_id_number, r.cells.snapshot_date, r.cells.principal!.replace(/\.?0+$/, '')])).toEqual(
        rows.map((r) => [r.borrower_name, r.borrower_id_number, r.snapshot_date, r.principal!.replace(/\.?0+$/, '')]),
      );
      expect(utf8.rows.map((r) => r.cells)).toEqual(rows);
      expect(utf8.rows[0]!.rowNumber).toBe(2);
    });

    it('keeps GB18030 when a GB18030 file has a damaged byte, and rejects only that row', async () => {
      const bytes = toCsv(rows, 'gb18030');
      const name = iconv.encode(rows[3]!.borrower_name!, 'gb18030');
      bytes[bytes.indexOf(name)] = 0xff;
      const e = await readExtract(bytes);
      expect(e.encoding).toBe('gb18030');
      expect(e.rows[0]!.cells.borrower_name).toBe(rows[0]!.borrower_name);
      const result = await importExtract(db, e, { dryRun: true });
      expect(result.rejections[0]).toMatchObject({ row: 5, field: 'borrower_name' });
      expect(result.rejections[0]!.reason).toMatch(/not text in the file’s encoding/);
    });
  });

  describe('import', () => {
    it('imports a UTF-8 CSV: one case per customer, amounts exact in fen, valid against CaseSchema', async () => {
      const path = await fileOf('day1.csv', toCsv(rows, 'utf-8'));
      const result = await importFile(db, path, { now: new Date('2026-11-20T22:00:00Z') });
      expect(result.fileError).toBeNull();
      expect(result.counts).toEqual({ new: 12, updated: 0, unchanged: 0, closed: 0, rejected: 0, rejectedRows: 0 });
      expect(await readFile(result.reportPath, 'utf8')).toBe('\uFEFF行号,客户号,字段,代码,原因\r\n');
      for (const demo of cases) {
        const got = await stored(customerNoOf(demo));
        expect(got, demo.id).toBeDefined();
        const c = CaseSchema.parse(got!.data);
        expect(c.accounts.map((a) => a.amounts)).toEqual(demo.accounts.map((a) => a.amounts));
        expect(c.accounts.map((a) => [a.dpd, a.classification, a.contractRateBps, a.overdueSince])).toEqual(demo.accounts.map((a) => [a.dpd, a.classification, a.contractRateBps, a.overdueSince]));
        expect(c.assignment.officerId).toBe(demo.assignment.officerId);
        expect(c.parties[0]!.idNumber).toBe(demo.parties.find((p) => p.role === 'borrower')!.idNumber);
        expect(c.status).toBe('new');
        expect(Number(got!.version)).toBe(1);
      }
      expect(await count(`SELECT count(*) AS n FROM changes WHERE kind = 'case'`)).toBe(12);
    });

    it('is idempotent: the same extract again, in UTF-8 with a BOM, GB18030 or XLSX, changes nothing', async () => {
      const changesBefore = await count('SELECT count(*) AS n FROM changes');
      for (const [name, bytes] of [
        ['again.csv', toCsv(rows, 'utf-8')],
        ['bom.csv', toCsv(rows, 'utf-8-bom')],
        ['gb18030.csv', toCsv(rows, 'gb18030')],
        ['extract.xlsx', await toXlsx(rows)],
      ] as const) {
        const result = await importFile(db, await fileOf(name, bytes));
        expect(result.counts, name).toEqual({ new: 0, updated: 0, unchanged: 12, closed: 0, rejected: 0, rejectedRows: 0 });
      }
      expect(await count('SELECT count(*) AS n FROM changes')).toBe(changesBefore);
      expect(await count(`SELECT count(*) AS n FROM cases WHERE version <> 1`)).toBe(0);
    });

    it('updates a changed balance (a new version and one change), settles a case missing from the extract, and a dry run writes nothing', async () => {
      const target = customerNoOf(cases[0]!);
      const gone = cases[1]!;
      const changed = withoutCase(rows, gone).map((r) => (r.customer_no === target && r === rows.find((x) => x.customer_no === target) ? { ...r, principal: '1234.56', dpd: String(Number(r.dpd) + 1) } : r));
      const path = await fileOf('day2.csv', toCsv(changed, 'gb18030'));
      const changesBefore = await count('SELECT count(*) AS n FROM changes');

      const dry = await importFile(db, path, { dryRun: true });
      expect(dry.counts).toEqual({ new: 0, updated: 1, unchanged: 10, closed: 1, rejected: 0, rejectedRows: 0 });
      expect(await count('SELECT count(*) AS n FROM changes')).toBe(changesBefore);
      expect(Number((await stored(target))!.version)).toBe(1);

      const result = await importFile(db, path);
      expect(result.counts).toEqual({ new: 0, updated: 1, unchanged: 10, closed: 1, rejected: 0, rejectedRows: 0 });
      const updated = await stored(target);
      expect(Number(updated!.version)).toBe(2);
      expect(updated!.data.accounts[0]!.amounts.principalFen).toBe(123456);
      const settled = await stored(customerNoOf(gone));
      expect(settled!.status).toBe('settled');
      expect(settled!.data.status).toBe('settled');
      expect(await count('SELECT count(*) AS n FROM changes')).toBe(changesBefore + 2);

      // The next day's same extract: nothing more; the settled case stays settled.
      expect((await importFile(db, path)).counts).toEqual({ new: 0, updated: 0, unchanged: 11, closed: 0, rejected: 0, rejectedRows: 0 });
      // Back in the extract, a settled case reopens.
      const back = await importExtract(db, extractOf(rows.map((r) => (r.customer_no === target && r === rows.find((x) => x.customer_no === target) ? { ...r, principal: '1234.56', dpd: String(Number(r.dpd) + 1) } : r))));
      expect(back.counts).toMatchObject({ new: 0, updated: 1, unchanged: 11, closed: 0 });
      expect((await stored(customerNoOf(gone)))!.status).toBe('new');
    });

    it('rejects a bad file with a clear report and writes nothing for those cases', async () => {
      const fresh = demoCases(5, { start: 100 });
      const [wrongId, negative, badDate, garbage, halfBad] = fresh.map(caseToRows) as [Row[], Row[], Row[], Row[], Row[]];
      const id = wrongId[0]!.borrower_id_number!;
      const wrongCheck = id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
      const bad: Row[] = [
        ...wrongId.map((r) => ({ ...r, borrower_id_number: wrongCheck })),
        ...negative.map((r, i) => (i === 0 ? { ...r, interest: '-5.00' } : r)),
        ...badDate.map((r, i) => (i === 0 ? { ...r, snapshot_date: '2026-02-30', fees: '1.234' } : r)),
        ...garbage,
        // Two accounts, the second one bad: the first must not go in alone.
        ...halfBad,
        { ...halfBad[0]!, account_number: '6222000000000001', contract_number: 'HT-BAD-1', classification: 'worse' },
      ];
      const csv = toCsvText(bad);
      // Damaged bytes in the garbage case's borrower name, inside an otherwise UTF-8 file.
      const name = garbage[0]!.borrower_name!;
      const bytes = Buffer.from(csv, 'utf8');
      const at = bytes.indexOf(Buffer.from(name, 'utf8'));
      bytes[at] = 0xff;
      bytes[at + 1] = 0xfe;
      const path = await fileOf('bad.csv', bytes);
      const casesBefore = await count('SELECT count(*) AS n FROM cases');
      const changesBefore = await count('SELECT count(*) AS n FROM changes');

      const result = await importFile(db, path, { confirmClosures: 12 });
      expect(result.counts).toMatchObject({ new: 0, rejected: 5 });
      expect(result.counts.rejectedRows).toBe(bad.length);
      expect(await count('SELECT count(*) AS n FROM cases')).toBe(casesBefore);
      expect(await count('SELECT count(*) AS n FROM changes')).toBe(changesBefore + 12); // the 12 cases not in this file were settled
      const reasons = result.rejections.map((r) => `${r.customerNo} ${r.field}: ${r.reason}`);
      expect(reasons).toContain(`${customerNoOf(fresh[0]!)} borrower_id_number: ID number checksum or birth date is wrong`);
      expect(reasons).toContain(`${customerNoOf(fresh[1]!)} interest: must not be negative: -5.00`);
      expect(reasons).toContain(`${customerNoOf(fresh[2]!)} snapshot_date: not a real date (YYYY-MM-DD): 2026-02-30`);
      expect(reasons).toContain(`${customerNoOf(fresh[2]!)} fees: at most 2 decimals (fen): 1.234`);
      expect(reasons.some((r) => r.startsWith(`${customerNoOf(fresh[3]!)} borrower_name: contains bytes that are not text`))).toBe(true);
      expect(reasons.some((r) => r.startsWith(`${customerNoOf(fresh[4]!)} classification: not one of`))).toBe(true);
      expect(reasons).toContain(`${customerNoOf(fresh[4]!)} customer_no: not imported: another row of the same customer was rejected`);
      const report = await readFile(result.reportPath, 'utf8');
      expect(report.split('\r\n')[0]).toBe('\uFEFF行号,客户号,字段,代码,原因');
      expect(report).toContain(',interest,money_negative,不能为负数：-5.00');
      // Row numbers are the file's: the header is row 1.
      expect(result.rejections.find((r) => r.field === 'interest')!.row).toBe(wrongId.length + 2);
      // Restore the portfolio for the next tests.
      expect((await importExtract(db, extractOf(rows))).counts).toMatchObject({ rejected: 0, closed: 0 });
    });

    it('refuses a file missing a column, or not a table at all, as a whole: nothing written, nothing closed', async () => {
      const changesBefore = await count('SELECT count(*) AS n FROM changes');
      const missing = await importFile(db, await fileOf('missing.csv', toCsv(rows, 'utf-8', COLUMNS.filter((c) => c !== 'principal'))));
      expect(missing.fileError?.reason).toBe('missing column(s): principal');
      expect(missing.counts).toMatchObject({ new: 0, updated: 0, closed: 0 });
      expect(await readFile(missing.reportPath, 'utf8')).toContain('0,,principal,missing_columns,缺少列：principal');
      const junk = await importFile(db, await fileOf('junk.csv', Buffer.from([0x00, 0xff, 0x81, 0x20, 0x0a, 0xfe, 0xfe])));
      expect(junk.fileError?.reason).toMatch(/line 1: 1 fields where the header has|missing column\(s\): customer_no/);
      const fakeXlsx = await importFile(db, await fileOf('fake.xlsx', Buffer.from('not a workbook')));
      expect(fakeXlsx.fileError?.reason).toMatch(/not an XLSX workbook/);
      const empty = await importFile(db, await fileOf('empty.csv', toCsv([], 'utf-8')));
      expect(empty.fileError?.reason).toMatch(/no rows/);
      expect(await count('SELECT count(*) AS n FROM changes')).toBe(changesBefore);
      expect(await count(`SELECT count(*) AS n FROM cases WHERE status = 'settled'`)).toBe(0);
    });

    it('a changed officer in the extract is a reassignment: a tombstone for the old officer, the case for the new', async () => {
      const c = cases.find((x) => x.assignment.officerId !== null)!;
      const branch = c.assignment.branchCode;
      const other = `demo-officer-${branch}-0${c.assignment.officerId!.endsWith('01') ? 2 : 1}`;
      const moved = rows.map((r) => (r.customer_no === customerNoOf(c) ? { ...r, officer_id: other } : r));
      expect((await importExtract(db, extractOf(moved))).counts).toMatchObject({ updated: 1, unchanged: 11 });
      const log = await db.query<{ kind: string; officer_id: string; reason: string | null; audience: string }>(
        'SELECT kind, officer_id, reason, audience FROM changes WHERE record_id = $1 ORDER BY seq DESC LIMIT 2',
        [`case-${customerNoOf(c)}`],
      );
      expect(log.rows).toEqual([
        { kind: 'case', officer_id: other, reason: null, audience: 'branch' },
        { kind: 'tombstone', officer_id: c.assignment.officerId, reason: 'out_of_scope', audience: 'officer' },
      ]);
      // An officer of another branch, or no such user: the case is rejected, and stays where it was.
      const wrong = await importExtract(db, extractOf(moved.map((r) => (r.customer_no === customerNoOf(c) ? { ...r, officer_id: 'nobody' } : r))));
      expect(wrong.counts).toMatchObject({ rejected: 1, updated: 0, closed: 0 });
      expect(wrong.rejections[0]).toMatchObject({ field: 'officer_id', code: 'no_user', reason: 'no user nobody' });
      expect((await stored(customerNoOf(c)))!.officer_id).toBe(other);
      // The reassign command: unchanged when already there.
      expect(await reassignCase(db, `case-${customerNoOf(c)}`, other)).toBe('unchanged');
      await expect(reassignCase(db, 'case-none', other)).rejects.toThrow('no case case-none');
    });
  });

  describe('npm run server -- import / reassign', () => {
    it('imports a file into DATA_DIR, prints the counts and the report path, and reassigns a case', async () => {
      const dataDir = join(dir, 'data');
      // On PostgreSQL the commands reach the database by DATABASE_URL, as at a bank.
      const pgDatabase = backend === 'postgres' ? await createPostgresDatabase() : null;
      const databaseUrl = pgDatabase?.url;
      const seeded = await openDatabase({ dataDir, databaseUrl });
      await seedDemoOrganisation(seeded, { kdf: TEST_KDF });
      await seeded.close();
      const file = await fileOf('cli.csv', toCsv(rows, 'gb18030'));
      const out: string[] = [];
      const log = vi.spyOn(console, 'log').mockImplementation((...args: unknown[]) => void out.push(args.join(' ')));
      const err = vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => void out.push(args.join(' ')));
      try {
        const env = { DATA_DIR: dataDir, LOG_LEVEL: 'silent', LANG: 'en_US.UTF-8', ...(databaseUrl ? { DATABASE_URL: databaseUrl } : {}) };
        expect(await main(['import', file, '--dry-run'], env)).toBe(0);
        expect(await main(['import', file], env)).toBe(0);
        const c = cases.find((x) => x.assignment.officerId !== null)!;
        const to = `demo-officer-${c.assignment.branchCode}-0${c.assignment.officerId!.endsWith('01') ? 2 : 1}`;
        expect(await main(['reassign', `case-${customerNoOf(c)}`, to], env)).toBe(0);
        expect(await main(['reassign', 'case-none', to], env)).toBe(1);
        expect(await main(['import'], env)).toBe(2);
        expect(await main(['import', await fileOf('cli-missing.csv', toCsv(rows, 'utf-8', COLUMNS.filter((x) => x !== 'fees')))], env)).toBe(1);
      } finally {
        log.mockRestore();
        err.mockRestore();
        await pgDatabase?.drop();
      }
      expect(out).toContain('dry run (nothing written): new 12, updated 0, unchanged 0, closed 0, rejected 0 (0 rows)');
      expect(out).toContain('new 12, updated 0, unchanged 0, closed 0, rejected 0 (0 rows)');
      expect(out).toContain(`rejection report: ${file}.rejections.csv`);
      expect(out.some((l) => /^case case-C\d+ reassigned to demo-officer-/.test(l))).toBe(true);
      expect(out).toContain('no case case-none');
      expect(out).toContain('file refused: missing column(s): fees');
    });
  });
});
