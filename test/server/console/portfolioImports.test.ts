import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { seedDemoOrganisation } from '../../../server/auth/seed';
import { main } from '../../../server/cli';
import { openDatabase } from '../../../server/db/open';
import { importExtract } from '../../../server/import/apply';
import { OPTIONAL_COLUMNS, REQUIRED_COLUMNS } from '../../../server/import/rows';
import type { Db } from '../../../server/db/types';
import { caseToRows, COLUMNS, customerNoOf, demoCases, toCsv, toXlsx, type Row } from '../../fixtures/import/demoExtract';
import { downloadTemplate } from './extractTemplate';
import { call, eachBackend, type Harness, openDb, signIn, startHarness, TEST_KDF } from '../harness';

let db: Db;
let h: Harness;
let admin: string;
let supervisor: string;
let collector: string;

const cases = demoCases(12);
const rows: Row[] = cases.flatMap(caseToRows);
/** A new customer whose ID number fails its checksum: rejected, with its row named. */
const badRow: Row = { ...rows[0]!, customer_no: 'CBAD0001', case_number: 'CS-BAD-0001', account_number: '6222000000009999', borrower_id_number: '110101199003070001' };
const BAD_ROW_NUMBER = rows.length + 2;
const extract = toCsv([...rows, badRow], 'utf-8');

const count = async (sql: string, params: unknown[] = []) => Number((await db.query<{ n: string }>(sql, params)).rows[0]!.n);
const upload = (bytes: Uint8Array, fileName = 'extract-2026-11-20.csv', token = admin, contentType?: string) =>
  call(h, 'POST', `/admin/portfolio/imports?fileName=${encodeURIComponent(fileName)}`, { token, body: bytes, ...(contentType ? { contentType } : {}) });

eachBackend((backend) => {
  beforeAll(async () => {
    db = await openDb(backend);
    h = await startHarness(db, { config: { uploadLimitBytes: 512 * 1024 } });
    admin = (await signIn(h, 'demo-admin')).accessToken;
    supervisor = (await signIn(h, 'demo-supervisor-310115')).accessToken;
    collector = (await signIn(h, 'demo-officer-310115-01')).accessToken;
  }, 60_000);
  afterAll(async () => {
    await h.close();
    await db.close();
  });

  // First, while head office has no case: the template's example is then a new customer.
  describe('the template (下载模板)', () => {
    const path = '/admin/portfolio/imports/template';

    it('has every column, the required ones first, and an example row that the import takes as a new case', async () => {
      const file = await downloadTemplate(h, path, admin, 'portfolio-extract-template.csv');
      expect(file.header).toEqual([...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS]);
      for (const column of REQUIRED_COLUMNS) expect(file.rows[0]!.cells[column], column).not.toBe('');
      const dry = await importExtract(db, file, { dryRun: true });
      expect(dry.fileError).toBeNull();
      expect(dry.rejections).toEqual([]);
      expect(dry.counts).toMatchObject({ new: 1, updated: 0, rejected: 0 });
      expect(await count('SELECT count(*) AS n FROM cases')).toBe(0);
    });

    it('is for head-office admins only', async () => {
      expect((await call(h, 'GET', path)).status).toBe(401);
      for (const token of [collector, supervisor]) {
        const res = await call(h, 'GET', path, { token });
        expect([res.status, res.body.error.code]).toEqual([403, 'head_office_only']);
      }
    });
  });

  describe('uploading an extract: the dry run', () => {
    let id: string;

    it('counts new, updated, unchanged, to be closed and rejected, in total and by branch, and writes no case', async () => {
      const res = await upload(extract);
      expect(res.status).toBe(200);
      id = res.body.id;
      expect(res.body).toMatchObject({ status: 'pending', fileName: 'extract-2026-11-20.csv', uploadedBy: 'demo-admin', uploadedByName: '总行管理员', sizeBytes: extract.byteLength, rejectionCount: 1 });
      expect(res.body.counts).toEqual({ new: 12, updated: 0, unchanged: 0, closed: 0, rejected: 1, rejectedRows: 1 });
      const branches = new Map(cases.map((c) => [c.assignment.branchCode, 0]));
      for (const c of cases) branches.set(c.assignment.branchCode, branches.get(c.assignment.branchCode)! + 1);
      const badBranch = badRow.branch_code!;
      for (const b of res.body.byBranch) expect(b.new).toBe(branches.get(b.branchCode) ?? 0);
      expect(res.body.byBranch.find((b: { branchCode: string }) => b.branchCode === badBranch).rejected).toBe(1);
      expect(res.body.rejections).toEqual([{ row: BAD_ROW_NUMBER, customerNo: 'CBAD0001', field: 'borrower_id_number', code: 'id_checksum', params: {} }]);
      expect(res.body.keptUntil).toBe('2026-11-24T01:00:00.000Z');
      expect(await count('SELECT count(*) AS n FROM cases')).toBe(0);
      expect(await count('SELECT count(*) AS n FROM changes')).toBe(0);
    });

    it('the rejection report: CSV, UTF-8 with a BOM, zh-CN headers and reasons (English on request)', async () => {
      const res = await call(h, 'GET', `/admin/portfolio/imports/${id}/rejections.csv`, { token: admin });
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(res.headers.get('content-disposition')).toContain(`filename*=UTF-8''extract-2026-11-20.csv.rejections.csv`);
      const bytes = Buffer.from(await (await fetch(`${h.url}/admin/portfolio/imports/${id}/rejections.csv`, { headers: { authorization: `Bearer ${admin}` } })).arrayBuffer());
      expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(res.text).toBe(`行号,客户号,字段,代码,原因\r\n${BAD_ROW_NUMBER},CBAD0001,borrower_id_number,id_checksum,身份证号校验码或出生日期错误\r\n`);
      const en = await call(h, 'GET', `/admin/portfolio/imports/${id}/rejections.csv?lang=en`, { token: admin });
      expect(en.text).toContain('row,customer_no,field,code,reason');
      expect(en.text).toContain('ID number checksum or birth date is wrong');
    });

    it('applies that upload: the cases are written, the history says who and when, and applying twice is refused', async () => {
      const res = await call(h, 'POST', `/admin/portfolio/imports/${id}/apply`, { token: admin, body: {} });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ status: 'applied', appliedBy: 'demo-admin', appliedAt: '2026-11-23T01:00:00.000Z', keptUntil: null });
      expect(res.body.counts).toMatchObject({ new: 12, rejected: 1 });
      expect(await count('SELECT count(*) AS n FROM cases')).toBe(12);
      expect(await count('SELECT count(*) AS n FROM import_files')).toBe(0);
      const again = await call(h, 'POST', `/admin/portfolio/imports/${id}/apply`, { token: admin, body: {} });
      expect(again.status).toBe(409);
      expect(again.body.error.code).toBe('import_already_applied');
      expect(await count('SELECT count(*) AS n FROM cases')).toBe(12);
    });

    it('the same file again is all unchanged, and says it was applied before', async () => {
      const res = await upload(extract);
      expect(res.body.counts).toEqual({ new: 0, updated: 0, unchanged: 12, closed: 0, rejected: 1, rejectedRows: 1 });
      expect(res.body.sameFileApplied).toEqual({ id, appliedAt: '2026-11-23T01:00:00.000Z' });
      const changes = await count('SELECT count(*) AS n FROM changes');
      expect((await call(h, 'POST', `/admin/portfolio/imports/${res.body.id}/apply`, { token: admin, body: {} })).status).toBe(200);
      expect(await count('SELECT count(*) AS n FROM changes')).toBe(changes);
    });

    it('an XLSX extract reads the same', async () => {
      const res = await upload(await toXlsx(rows), 'extract.xlsx', admin, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(res.status).toBe(200);
      expect(res.body.counts).toMatchObject({ unchanged: 12, rejected: 0 });
      expect((await call(h, 'POST', `/admin/portfolio/imports/${res.body.id}/discard`, { token: admin })).body.status).toBe('discarded');
    });

    it('says so when what head office holds changed since the dry run, and shows the new dry run', async () => {
      const changed = rows.map((r) => (r.customer_no === customerNoOf(cases[0]!) ? { ...r, principal: '1.00' } : r));
      const first = await upload(toCsv(changed, 'utf-8'));
      const second = await upload(toCsv(changed, 'utf-8'));
      expect(first.body.counts.updated).toBe(1);
      expect((await call(h, 'POST', `/admin/portfolio/imports/${first.body.id}/apply`, { token: admin, body: {} })).status).toBe(200);
      const stale = await call(h, 'POST', `/admin/portfolio/imports/${second.body.id}/apply`, { token: admin, body: {} });
      expect(stale.status).toBe(409);
      expect(stale.body.error.code).toBe('changed_since_dry_run');
      const now = await call(h, 'GET', `/admin/portfolio/imports/${second.body.id}`, { token: admin });
      expect(now.body).toMatchObject({ status: 'pending', counts: { updated: 0, unchanged: 12 } });
      expect((await call(h, 'POST', `/admin/portfolio/imports/${second.body.id}/apply`, { token: admin, body: {} })).status).toBe(200);
    });

    it('closing more than the guard allows needs the number confirmed', async () => {
      const res = await upload(toCsv(rows.filter((r) => r.customer_no === customerNoOf(cases[0]!)), 'utf-8'));
      expect(res.body.counts.closed).toBe(11);
      expect(res.body.closures).toMatchObject({ count: 11, open: 12, needsConfirmation: true });
      const refused = await call(h, 'POST', `/admin/portfolio/imports/${res.body.id}/apply`, { token: admin, body: {} });
      expect(refused.status).toBe(409);
      expect(refused.body.error).toMatchObject({ code: 'extract_refused', problem: { code: 'too_many_closures' } });
      expect(await count(`SELECT count(*) AS n FROM cases WHERE status = 'settled'`)).toBe(0);
      expect((await call(h, 'POST', `/admin/portfolio/imports/${res.body.id}/discard`, { token: admin })).status).toBe(200);
      expect((await call(h, 'POST', `/admin/portfolio/imports/${res.body.id}/discard`, { token: admin })).body.error.code).toBe('import_discarded');
    });

    it('an upload kept longer than a day expires: applying it says to upload again (410)', async () => {
      const res = await upload(extract);
      // Uploaded a day and an hour ago (the clock cannot move: the admin's sign-in would expire with it).
      await db.query(`UPDATE imports SET uploaded_at = uploaded_at - interval '25 hours' WHERE id = $1`, [res.body.id]);
      const late = await call(h, 'POST', `/admin/portfolio/imports/${res.body.id}/apply`, { token: admin, body: {} });
      expect(late.status).toBe(410);
      expect(late.body.error.code).toBe('import_expired');
      expect(await count('SELECT count(*) AS n FROM import_files WHERE import_id = $1', [res.body.id])).toBe(0);
      expect((await call(h, 'GET', `/admin/portfolio/imports/${res.body.id}`, { token: admin })).body.status).toBe('expired');
    });

    it('the history lists every import, newest first, with who and when', async () => {
      const list = await call(h, 'GET', '/admin/portfolio/imports', { token: admin });
      expect(list.status).toBe(200);
      expect(list.body.total).toBe(7);
      expect(list.body.imports.map((i: { status: string }) => i.status)).toEqual(['discarded', 'applied', 'applied', 'discarded', 'applied', 'applied', 'expired']);
      expect(list.body.imports[5]).toMatchObject({ status: 'applied', uploadedBy: 'demo-admin', uploadedByName: '总行管理员', uploadedAt: '2026-11-23T01:00:00.000Z', counts: { new: 12 } });
      const paged = await call(h, 'GET', '/admin/portfolio/imports?limit=2&offset=2', { token: admin });
      expect(paged.body.imports.map((i: { id: string }) => i.id)).toEqual(list.body.imports.slice(2, 4).map((i: { id: string }) => i.id));
    });

    it('the CLI’s imports are in the history too, by "cli" (a dry run, an import, a refused file)', async () => {
      const dir = await mkdtemp(join(tmpdir(), 'rd-console-import-'));
      const file = join(dir, 'cli-extract.csv');
      await writeFile(file, extract);
      const missing = join(dir, 'cli-missing.csv');
      await writeFile(missing, toCsv(rows, 'utf-8', COLUMNS.filter((c) => c !== 'fees')));
      const dataDir = join(dir, 'data');
      const seeded = await openDatabase({ dataDir, databaseUrl: undefined });
      await seedDemoOrganisation(seeded, { kdf: TEST_KDF });
      await seeded.close();
      vi.spyOn(console, 'log').mockImplementation(() => {});
      vi.spyOn(console, 'error').mockImplementation(() => {});
      try {
        const env = { DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
        expect(await main(['import', file, '--dry-run'], env)).toBe(0);
        expect(await main(['import', file], env)).toBe(0);
        expect(await main(['import', file], env)).toBe(0);
        expect(await main(['import', missing], env)).toBe(1);
      } finally {
        vi.restoreAllMocks();
      }
      const cli = await openDatabase({ dataDir, databaseUrl: undefined });
      try {
        const res = await cli.query<{ file_name: string; uploaded_by: string; status: string; counts: { new: number; unchanged: number }; size_bytes: string }>(
          'SELECT file_name, uploaded_by, status, counts, size_bytes FROM imports ORDER BY uploaded_at, status',
        );
        expect(res.rows.map((r) => [r.file_name, r.uploaded_by, r.status, r.counts.new, r.counts.unchanged])).toEqual([
          ['cli-extract.csv', 'cli', 'dry_run', 12, 0],
          ['cli-extract.csv', 'cli', 'applied', 12, 0],
          ['cli-extract.csv', 'cli', 'applied', 0, 12],
          ['cli-missing.csv', 'cli', 'refused', 0, 0],
        ]);
        expect(Number(res.rows[0]!.size_bytes)).toBe(extract.byteLength);
      } finally {
        await cli.close();
        await rm(dir, { recursive: true, force: true });
      }
    });
  });

  describe('refused uploads: nothing written', () => {
    const before = async () => [await count('SELECT count(*) AS n FROM imports'), await count('SELECT count(*) AS n FROM changes')];

    it.each([
      ['a file that is not .csv or .xlsx', () => upload(extract, 'extract.pdf'), 400, 'bad_request', 'query.fileName'],
      ['no file name', () => call(h, 'POST', '/admin/portfolio/imports', { token: admin, body: extract }), 400, 'bad_request', 'query.fileName'],
      ['an empty file', () => upload(new Uint8Array()), 400, 'empty_file', 'file'],
      ['garbage bytes', () => upload(Buffer.from([0x00, 0xff, 0x81, 0x20, 0x0a, 0xfe, 0xfe])), 400, 'extract_refused', ''],
      ['a .xlsx that is not a workbook', () => upload(Buffer.from('not a workbook'), 'x.xlsx'), 400, 'extract_refused', 'XLSX'],
      ['a file missing a column', () => upload(toCsv(rows, 'utf-8', COLUMNS.filter((c) => c !== 'principal'))), 400, 'extract_refused', 'principal'],
      ['JSON instead of the file', () => call(h, 'POST', '/admin/portfolio/imports?fileName=a.csv', { token: admin, body: { rows: [] } }), 415, 'unsupported_media_type', ''],
      ['an image type', () => upload(extract, 'a.csv', admin, 'image/png'), 415, 'unsupported_media_type', ''],
      ['a file over the upload limit', () => upload(Buffer.alloc(600 * 1024, 0x41)), 413, 'payload_too_large', ''],
    ])('%s', async (_what, send, status, code, named) => {
      const was = await before();
      const res = await send();
      expect(res.status).toBe(status);
      expect(res.body.error.code).toBe(code);
      expect(res.body.error.message).toContain(named);
      expect(await before()).toEqual(was);
    });

    it('an unknown or malformed import id: 404 / 400', async () => {
      const unknown = 'imp-00000000-0000-4000-8000-000000000000';
      for (const path of [`/admin/portfolio/imports/${unknown}`, `/admin/portfolio/imports/${unknown}/rejections.csv`]) {
        expect((await call(h, 'GET', path, { token: admin })).body.error.code).toBe('import_not_found');
      }
      expect((await call(h, 'POST', `/admin/portfolio/imports/${unknown}/apply`, { token: admin, body: {} })).status).toBe(404);
      expect((await call(h, 'POST', `/admin/portfolio/imports/${unknown}/discard`, { token: admin })).status).toBe(404);
      const bad = await call(h, 'GET', '/admin/portfolio/imports/..%2Fetc', { token: admin });
      expect(bad.status).toBe(400);
      expect(bad.body.error.message).toContain('params.id');
      const body = await call(h, 'POST', `/admin/portfolio/imports/${unknown}/apply`, { token: admin, body: { confirmClosures: -1 } });
      expect(body.status).toBe(400);
      expect(body.body.error.message).toContain('body.confirmClosures');
      expect((await call(h, 'GET', '/admin/portfolio/imports?limit=0', { token: admin })).body.error.message).toContain('query.limit');
    });
  });

  describe('who may: head-office admins only', () => {
    const routes: [string, string][] = [
      ['POST', '/admin/portfolio/imports?fileName=a.csv'],
      ['GET', '/admin/portfolio/imports'],
      ['GET', '/admin/portfolio/imports/imp-00000000-0000-4000-8000-000000000000'],
      ['GET', '/admin/portfolio/imports/imp-00000000-0000-4000-8000-000000000000/rejections.csv'],
      ['POST', '/admin/portfolio/imports/imp-00000000-0000-4000-8000-000000000000/apply'],
      ['POST', '/admin/portfolio/imports/imp-00000000-0000-4000-8000-000000000000/discard'],
    ];
    it.each(routes)('%s %s: no token 401, a collector or a supervisor 403, nothing written', async (method, path) => {
      const was = await count('SELECT count(*) AS n FROM imports');
      const body = method === 'POST' ? (path.includes('fileName') ? extract : {}) : undefined;
      expect((await call(h, method, path, { body })).status).toBe(401);
      const c = await call(h, method, path, { token: collector, body });
      expect([c.status, c.body.error.code]).toEqual([403, 'head_office_only']);
      const s = await call(h, method, path, { token: supervisor, body });
      expect([s.status, s.body.error.code]).toEqual([403, 'head_office_only']);
      expect(await count('SELECT count(*) AS n FROM imports')).toBe(was);
    });
  });
});
