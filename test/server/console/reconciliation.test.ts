import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatReceiptNumber } from '../../../shared/records/receiptNumber';
import type { Db } from '../../../server/db/types';
import { importDemoPortfolio } from '../../../server/import/demoPortfolio';
import { call, eachBackend, entry, type Harness, openDb, push, signIn, startHarness } from '../harness';

/**
 * Head office's reconciliation routes against a real (PGlite) database: receipts pushed by a collector's
 * device, deposit files uploaded as raw bytes, on PGlite and on PostgreSQL. The harness clock is 2026-11-23T01:00Z: 2026-11-23 in Shanghai.
 */
const DAY = '2026-11-23';
const BRANCH = '310115';
eachBackend((backend) => {
  let db: Db;
  let h: Harness;
  let admin: string;
  let supervisor: string;
  let otherSupervisor: string;
  let collectorToken: string;
  let numbers: string[];

  const count = async (table: 'deposit_files' | 'deposits') => Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM ${table}`)).rows[0]!.n);
  const csv = (...lines: string[]) => Buffer.from(lines.join('\r\n') + '\r\n', 'utf8');
  const upload = (body: Buffer, query = `day=${DAY}&branch=${BRANCH}&fileName=deposits.csv`, token = admin, contentType?: string) =>
    call(h, 'POST', `/admin/reconciliation/deposit-files?${query}`, { token, body: new Uint8Array(body), ...(contentType ? { contentType } : {}) });
  const report = (query = `day=${DAY}`, token = admin) => call(h, 'GET', `/admin/reconciliation?${query}`, { token });

  beforeAll(async () => {
    db = await openDb(backend);
    await importDemoPortfolio(db, { cases: 30, snapshotDate: DAY });
    h = await startHarness(db);
    admin = (await signIn(h, 'demo-admin')).accessToken;
    supervisor = (await signIn(h, 'demo-supervisor-310115')).accessToken;
    const other = (await db.query<{ id: string }>("SELECT id FROM users WHERE role = 'supervisor' AND branch_code <> $1 ORDER BY id LIMIT 1", [BRANCH])).rows[0]!.id;
    otherSupervisor = (await signIn(h, other)).accessToken;
    // Three receipts of one collector of the branch, on cases of theirs: 500.00, 300.00 and 120.00 (voided).
    const c = (await db.query<{ id: string; officer_id: string }>('SELECT id, officer_id FROM cases WHERE branch_code = $1 AND officer_id IS NOT NULL ORDER BY id LIMIT 1', [BRANCH])).rows[0]!;
    const device = await signIn(h, c.officer_id);
    collectorToken = device.accessToken;
    numbers = [1, 2, 3].map((n) => formatReceiptNumber(device.deviceCode, n));
    const receipts = [50_000, 30_000, 12_000].map((amountFen, i) =>
      entry('recordReceipt', device, i + 1, { caseId: c.id, number: numbers[i]!, amountFen, receivedAt: `${DAY}T1${i}:00:00+08:00` }),
    );
    const voided = entry('voidReceipt', device, 4, { caseId: c.id, receiptId: (receipts[2]!.args as { id: string }).id, reason: '金额填写错误，重新开具', voidedAt: `${DAY}T13:00:00+08:00` });
    const pushed = await push(h, device, [...receipts, voided]);
    expect(pushed.body.results.map((r: { status: string }) => r.status)).toEqual(['applied', 'applied', 'applied', 'applied']);
  }, 120_000);
  afterAll(async () => {
    await h.close();
    await db.close();
  });

  const ROUTES: [string, string][] = [
    ['POST', `/admin/reconciliation/deposit-files?day=${DAY}`],
    ['GET', `/admin/reconciliation/deposit-files?day=${DAY}`],
    ['GET', `/admin/reconciliation?day=${DAY}`],
    ['GET', `/admin/reconciliation/export?day=${DAY}`],
  ];

  describe('who may reconcile', () => {
    it.each(ROUTES)('%s %s: no token 401, a collector 403', async (method, path) => {
      const body = method === 'POST' ? { body: new Uint8Array(csv('日期,金额,账号,附言')) } : {};
      expect((await call(h, method, path, body)).status).toBe(401);
      const res = await call(h, method, path, { token: collectorToken, ...body });
      expect(res.status).toBe(403);
      // A change needs a head-office admin; a read needs a console user.
      expect(res.body.error.code).toBe(method === 'POST' ? 'head_office_only' : 'not_console_user');
    });

    it('a supervisor may not upload (read-only), and nothing is written', async () => {
      const before = await count('deposit_files');
      const res = await upload(csv('日期,金额,账号,附言', `${DAY},500.00,6222000011112222,${numbers[0]}`), `day=${DAY}&branch=${BRANCH}`, supervisor);
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('head_office_only');
      expect(await count('deposit_files')).toBe(before);
    });

    it('a supervisor sees their own branch only: another branch is refused, and without asking they get theirs', async () => {
      expect((await report(`day=${DAY}&branch=${BRANCH}`, otherSupervisor)).body.error.code).toBe('other_branch');
      expect((await call(h, 'GET', `/admin/reconciliation/export?day=${DAY}&branch=${BRANCH}`, { token: otherSupervisor })).status).toBe(403);
      const theirs = await report(`day=${DAY}`, otherSupervisor);
      expect(theirs.status).toBe(200);
      expect(theirs.body.branchCode).not.toBe(BRANCH);
      expect(theirs.body.unmatchedReceipts).toEqual([]);
      expect(theirs.body.branches).toHaveLength(1);
      const own = await report(`day=${DAY}`, supervisor);
      expect(own.body.branchCode).toBe(BRANCH);
      expect(own.body.unmatchedReceipts.map((u: { receipt: { number: string } }) => u.receipt.number)).toEqual([numbers[0], numbers[1]]);
    });
  });

  describe('bad input: 400 naming what is wrong, nothing written', () => {
    it.each([
      ['no day', 'branch=310115', 'query.day'],
      ['not a day', 'day=2026-02-30', 'query.day'],
      ['a negative lag', `day=${DAY}&lagDays=-1`, 'query.lagDays'],
      ['a lag too long', `day=${DAY}&lagDays=99`, 'query.lagDays'],
      ['an unknown parameter', `day=${DAY}&x=1`, 'query'],
    ])('the report: %s', async (_name, query, field) => {
      const res = await report(query);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(field);
    });

    it.each([
      ['no day', 'branch=310115', 'query.day'],
      ['an unknown branch', `day=${DAY}&branch=999999`, 'query.branch'],
    ])('the upload: %s', async (_name, query, field) => {
      const before = await count('deposit_files');
      const res = await upload(csv('日期,金额,账号,附言', `${DAY},1.00,6222000011112222,x`), query);
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(field);
      expect(await count('deposit_files')).toBe(before);
    });

    it.each([
      ['an empty body', Buffer.alloc(0), undefined, 'bad_request'],
      ['a file named .xlsx that is not one', Buffer.from('not a workbook'), 'fileName=d.xlsx', 'not_xlsx'],
      ['a ragged CSV', csv('日期,金额,账号,附言', `${DAY},1.00`), undefined, 'csv_ragged'],
      ['missing columns', csv('日期,金额,账号', `${DAY},1.00,6222000011112222`), undefined, 'missing_columns'],
      ['two columns for one field', csv('日期,交易日期,金额,账号,附言', `${DAY},${DAY},1.00,6222000011112222,x`), undefined, 'duplicate_column'],
      ['a header and no rows', csv('日期,金额,账号,附言'), undefined, 'no_rows'],
    ])('a file that cannot be read: %s', async (_name, body, extra, problem) => {
      const before = [await count('deposit_files'), await count('deposits')];
      const res = await upload(body, `day=${DAY}&branch=${BRANCH}${extra ? `&${extra}` : ''}`);
      expect(res.status).toBe(400);
      if (problem === 'bad_request') expect(res.body.error.message).toContain('body');
      else {
        expect(res.body.error).toMatchObject({ code: 'bad_deposit_file', problem });
        expect(res.body.error.reasonZh).toMatch(/[\u4e00-\u9fff]/);
      }
      expect([await count('deposit_files'), await count('deposits')]).toEqual(before);
    });

    it('missing columns names the column and the names it may have', async () => {
      const res = await upload(csv('date,amount,account', `${DAY},1.00,6222000011112222`));
      expect(res.body.error.reasonEn).toContain('reference');
      expect(res.body.error.reasonZh).toContain('附言');
    });

    it('a file over the upload limit: 413, nothing written', async () => {
      const small = await startHarness(db, { config: { uploadLimitBytes: 1024 } });
      try {
        const before = await count('deposit_files');
        const big = csv('日期,金额,账号,附言', ...Array.from({ length: 100 }, (_, i) => `${DAY},1.00,6222000011112222,row ${i}`));
        const res = await call(small, 'POST', `/admin/reconciliation/deposit-files?day=${DAY}`, { token: admin, body: new Uint8Array(big) });
        expect(res.status).toBe(413);
        expect(res.body.error.code).toBe('payload_too_large');
        expect(await count('deposit_files')).toBe(before);
      } finally {
        await small.close();
      }
    });
  });

  describe('a deposit file for the day', () => {
    const file = () =>
      csv(
        '交易日期,金额,账号,附言,流水号',
        `${DAY},500.00,6222000011112222,还款 ${numbers[0]},T001`,
        `${DAY},-20.00,6222000011112222,冲正,T002`,
        `${DAY},12.345,6222000011112222,x,T003`,
        `${DAY},120.00,6222000011112222,${numbers[2]},T004`,
        `2026-11-24,10.00,6222000011112222,${numbers[1]},T005`,
        `${DAY},88.00,6222000011112222,,T006`,
      );

    it('stores the good rows with who and when, and lists every refused row with its field', async () => {
      const res = await upload(file());
      expect(res.status).toBe(200);
      expect(res.body.alreadyUploaded).toBe(false);
      expect(res.body.file).toMatchObject({ day: DAY, branchCode: BRANCH, rowCount: 6, acceptedCount: 3, uploadedBy: 'demo-admin', uploadedByName: '总行管理员', uploadedAt: '2026-11-23T01:00:00.000Z' });
      expect(res.body.file.rejections.map((r: { rowNumber: number; field: string; code: string }) => [r.rowNumber, r.field, r.code])).toEqual([
        [3, 'amount', 'money_negative'],
        [4, 'amount', 'money_decimals'],
        [6, 'date', 'other_day'],
      ]);
      expect(await count('deposits')).toBe(3);
    });

    it('the same file again is idempotent: the stored file, nothing new', async () => {
      const again = await upload(file());
      expect(again.status).toBe(200);
      expect(again.body.alreadyUploaded).toBe(true);
      expect(await count('deposit_files')).toBe(1);
      expect(await count('deposits')).toBe(3);
    });

    it('the same file for another day is refused (409), not stored twice', async () => {
      const res = await upload(file(), `day=2026-11-24&branch=${BRANCH}`);
      expect(res.status).toBe(409);
      expect(res.body.error).toMatchObject({ code: 'deposit_file_elsewhere', day: DAY });
    });

    it('a later file with a deposit already stored (same account and serial) keeps it once', async () => {
      const res = await upload(csv('date,amount,account,reference,serial', `${DAY},500.00,6222000011112222,还款 ${numbers[0]},T001`, `${DAY},1.50,6222000011112222,fee,T099`));
      expect(res.body.file.acceptedCount).toBe(1);
      expect(res.body.file.rejections).toEqual([{ rowNumber: 2, field: 'serial', code: 'serial_already_stored', params: { serial: 'T001' } }]);
    });

    it('the day: one receipt matched, one not deposited, the voided one flagged, the deposits without a receipt listed, with totals', async () => {
      const res = await report(`day=${DAY}&branch=${BRANCH}`);
      expect(res.status).toBe(200);
      const body = res.body;
      expect(body.matched.map((m: { receipt: { number: string } }) => m.receipt.number)).toEqual([numbers[0]]);
      expect(body.unmatchedReceipts).toEqual([expect.objectContaining({ receipt: expect.objectContaining({ number: numbers[1], amountFen: 30_000 }), state: 'pending', dueBy: '2026-11-24' })]);
      expect(body.voided).toEqual([expect.objectContaining({ receipt: expect.objectContaining({ number: numbers[2], voided: true }), depositIds: [expect.any(String)] })]);
      expect(body.unmatchedDeposits.map((u: { reason: string; deposit: { amountFen: number } }) => [u.reason, u.deposit.amountFen])).toEqual([
        ['voided_receipt', 12_000],
        ['no_receipt_number', 8_800],
        ['no_receipt_number', 150],
      ]);
      expect(body.byCollector).toHaveLength(1);
      expect(body.byCollector[0]).toMatchObject({ receipts: { count: 3, fen: 92_000 }, matched: { count: 1, fen: 50_000 }, unmatched: { count: 1, fen: 30_000 }, voided: { count: 1, fen: 12_000 } });
      expect(body.byBranch).toEqual([expect.objectContaining({ branchCode: BRANCH, deposits: { count: 4, fen: 70_950 }, unmatchedDeposits: { count: 3, fen: 20_950 } })]);
      expect(body.files).toHaveLength(2);
    });

    it('lists the day’s files with their rejections', async () => {
      const res = await call(h, 'GET', `/admin/reconciliation/deposit-files?day=${DAY}`, { token: supervisor });
      expect(res.status).toBe(200);
      expect(res.body.files.map((f: { acceptedCount: number; rejections: unknown[] }) => [f.acceptedCount, f.rejections.length])).toEqual([
        [3, 3],
        [1, 1],
      ]);
    });

    it('exports CSV (UTF-8 with BOM, Chinese headers) and XLSX with totals', async () => {
      const csvRes = await call(h, 'GET', `/admin/reconciliation/export?day=${DAY}&branch=${BRANCH}`, { token: supervisor });
      expect(csvRes.status).toBe(200);
      expect(csvRes.headers.get('content-type')).toContain('text/csv');
      const raw = Buffer.from(await (await fetch(`${h.url}/admin/reconciliation/export?day=${DAY}`, { headers: { authorization: `Bearer ${admin}` } })).arrayBuffer());
      expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(csvRes.text).toContain('结果,说明,网点,收款员');
      expect(csvRes.text).toContain(`收据未存款,在允许天数内，待存款（最晚 2026-11-24）,${BRANCH}`);
      expect(csvRes.text).toContain(numbers[1]);

      const xlsx = await fetch(`${h.url}/admin/reconciliation/export?day=${DAY}&format=xlsx`, { headers: { authorization: `Bearer ${admin}` } });
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(await xlsx.arrayBuffer());
      expect(book.worksheets.map((s) => s.name)).toEqual(['核对明细', '按收款员', '按网点']);
      expect(book.getWorksheet('按收款员')!.getRow(2).getCell(4).value).toBe(3);
    });
  });

  describe('other encodings and formats', () => {
    const DAY2 = '2026-11-22';
    it('a GB18030 CSV with English headers and a full-width receipt number', async () => {
      const text = `date,amount,account,reference\r\n${DAY2},300.00,6222000011112222,张三还款 ＳＫ－ＸＸＸＸ－０００００１\r\n`;
      const res = await upload(iconv.encode(text, 'gb18030'), `day=${DAY2}`);
      expect(res.status).toBe(200);
      expect(res.body.file).toMatchObject({ acceptedCount: 1, branchCode: null, format: 'csv' });
      const stored = await db.query<{ reference: string; receipt_number: string | null }>('SELECT reference, receipt_number FROM deposits WHERE file_id = $1', [res.body.file.id]);
      expect(stored.rows).toEqual([{ reference: '张三还款 ＳＫ－ＸＸＸＸ－０００００１', receipt_number: 'SK-XXXX-000001' }]);
    });

    it('a bank-wide file of 2,500 rows is stored whole, in chunks, and a serial stored before is named where it is', async () => {
      const day = '2026-11-21';
      await upload(csv('date,amount,account,reference,serial', `${day},1.00,6222000099990000,first,S1500`), `day=${day}`);
      const lines = Array.from({ length: 2500 }, (_, i) => `${day},${(i % 97) + 1}.00,6222000099990000,r${i},S${i}`);
      const res = await upload(csv('date,amount,account,reference,serial', ...lines), `day=${day}`);
      expect(res.status).toBe(200);
      expect(res.body.file).toMatchObject({ rowCount: 2500, acceptedCount: 2499 });
      expect(res.body.file.rejections).toEqual([{ rowNumber: 1502, field: 'serial', code: 'serial_already_stored', params: { serial: 'S1500' } }]);
      const stored = await db.query<{ n: string }>('SELECT count(*) AS n FROM deposits WHERE file_id = $1', [res.body.file.id]);
      expect(Number(stored.rows[0]!.n)).toBe(2499);
    });

    it('an XLSX workbook with Chinese headers, numbers and dates as cells', async () => {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet('存款');
      sheet.addRow(['日期', '金额', '账号', '附言']);
      sheet.addRow([new Date(`${DAY2}T00:00:00Z`), 45.5, '6222000011112222', 'cash']);
      sheet.addRow([DAY2, -3, '6222000011112222', 'reversal']);
      const res = await upload(Buffer.from(await book.xlsx.writeBuffer()), `day=${DAY2}&fileName=d.xlsx`, admin, 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
      expect(res.status).toBe(200);
      expect(res.body.file).toMatchObject({ format: 'xlsx', acceptedCount: 1 });
      expect(res.body.file.rejections).toEqual([expect.objectContaining({ rowNumber: 3, field: 'amount', code: 'money_negative' })]);
      const whole = await report(`day=${DAY2}`);
      expect(whole.body.unmatchedDeposits.map((u: { deposit: { amountFen: number } }) => u.deposit.amountFen).sort()).toEqual([30_000, 4_550]);
      // A whole-bank file's deposits that pay no receipt are head office's to see, not a branch's.
      expect((await report(`day=${DAY2}`, supervisor)).body.unmatchedDeposits).toEqual([]);
    });
  });
});
