import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatFen } from '../../../shared/domain/money';
import { reportPeriod } from '../../../shared/kpi/reportMonth';
import type { Db } from '../../../server/db/types';
import { importExtract } from '../../../server/import/apply';
import { readBankFigures } from '../../../server/kpi/bankFigures';
import { caseToRows, demoCases, extractOf } from '../../fixtures/import/demoExtract';
import { call, type Harness, openDb, signIn, startHarness } from '../harness';

/**
 * GET /admin/kpi/report: the bank's monthly report as XLSX and PDF. The files' figures are readBankFigures' for
 * the month (the 业绩 page's), read back with exceljs and pdftotext; a branch's target in force is beside it.
 */

const cases = demoCases(24, { seed: 'kpi-report', snapshotDate: '2026-11-02' });
let db: Db;
let h: Harness;
let admin: string;
let supervisor: string;
let branch = '';
let other = '';
const TARGET_FEN = 1_234_500;

async function download(query: string, token?: string): Promise<{ status: number; type: string | null; bytes: Buffer; disposition: string | null }> {
  const res = await fetch(`${h.url}/admin/kpi/report?${query}`, { headers: token ? { authorization: `Bearer ${token}` } : {} });
  return { status: res.status, type: res.headers.get('content-type'), disposition: res.headers.get('content-disposition'), bytes: Buffer.from(await res.arrayBuffer()) };
}

describe('console: the bank’s monthly report (上报)', () => {
  beforeAll(async () => {
    db = await openDb();
    h = await startHarness(db);
    expect((await importExtract(db, extractOf(cases.flatMap(caseToRows)))).counts.rejected).toBe(0);
    const ids = (await db.query<{ id: string; branch_code: string }>('SELECT id, branch_code FROM cases ORDER BY id')).rows;
    [branch, other] = [...new Set(ids.map((r) => r.branch_code))].sort() as [string, string];
    // Money in the month, so the recovered column is not all zero.
    for (const [i, c] of ids.slice(0, 6).entries()) {
      const args = { id: `pay-${c.id}`, caseId: c.id, amountFen: 10_000 * (i + 1), paidOn: `2026-11-${String(3 + i).padStart(2, '0')}`, source: 'core_banking', reference: `CB-${i}`, recordedAt: '2026-11-20T01:00:00.000Z', receiptId: null };
      await db.query(`INSERT INTO field_records (kind, id, case_id, device_id, user_id, mutation_id, data) VALUES ('recordPayment', $1, $2, 'core-banking', 'u-test', 1, $3)`, [args.id, c.id, JSON.stringify({ args })]);
    }
    const target = { id: 'tgt-report-1', caseId: null, branchCode: branch, month: '2026-11', recoveredFen: TARGET_FEN, curedAccounts: 7, successRateBps: 2500, split: 'portfolio', collectors: [], reason: '月度目标', setAt: '2026-11-01T01:00:00.000Z' };
    await db.query(`INSERT INTO field_records (kind, id, case_id, device_id, user_id, mutation_id, data) VALUES ('setTarget', $1, NULL, 'core-banking', 'u-test', 1, $2)`, [target.id, JSON.stringify({ args: target })]);
    admin = (await signIn(h, 'demo-admin')).accessToken;
    supervisor = (await signIn(h, `demo-supervisor-${branch}`)).accessToken;
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await db?.close();
  });

  const bankOf = (code: string | null) => readBankFigures(db, code, reportPeriod('2026-11', '2026-11-23'), { graceDays: () => 3 });

  it('the XLSX has one line per branch and the bank’s total, with readBankFigures’ figures and the target in force', async () => {
    const res = await download('month=2026-11&format=xlsx', admin);
    expect(res.status).toBe(200);
    expect(res.type).toContain('spreadsheetml');
    expect(res.disposition).toContain('report-2026-11-all.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(res.bytes as never);
    const sheet = book.getWorksheet('业绩汇总')!;
    const rows = new Map<string, unknown[]>();
    sheet.eachRow((row) => {
      const v = row.values as unknown[];
      if (typeof v[2] === 'string') rows.set(v[2], Array.from(v.slice(1), (x) => x ?? null));
    });
    expect(rows.get('机构')![0]).toBe('范围');
    const bank = await bankOf(null);
    const names = (await db.query<{ code: string; name: string }>('SELECT code, name FROM branches ORDER BY code')).rows;
    expect(bank.total.recoveredFen).toBeGreaterThan(0);
    for (const { code, name } of names) {
      const line = rows.get(name)!;
      if (!bank.branches.has(code) && code !== branch) {
        expect(line, `${name} has no case: no line`).toBeUndefined();
        continue;
      }
      const k = bank.branches.get(code);
      expect(line, name).toBeDefined();
      // [scope, name, cases, opening, closing, recovered, rate, target, ...]
      expect(line[2]).toBe(k?.cases ?? 0);
      expect(line[3]).toBe((k?.openingOverdueFen ?? 0) / 100);
      expect(line[5]).toBe((k?.recoveredFen ?? 0) / 100);
      expect(line[7]).toBe(code === branch ? TARGET_FEN / 100 : null);
    }
    const total = rows.get('全行合计')!;
    expect(total[2]).toBe(bank.total.cases);
    expect(total[5]).toBe(bank.total.recoveredFen / 100);
    expect(total[7]).toBe(TARGET_FEN / 100);
    // The days sheet sums to the month's money recovered.
    let days = 0;
    book.getWorksheet('每日回款')!.eachRow((row, n) => { if (n > 1) days += Number(row.getCell(3).value); });
    expect(Math.round(days * 100)).toBe(bank.total.recoveredFen);
  });

  it('the PDF says the same figures in zh-CN, with the font embedded as a subset', async () => {
    const res = await download('month=2026-11&format=pdf', admin);
    expect(res.status).toBe(200);
    expect(res.type).toBe('application/pdf');
    const dir = mkdtempSync(join(tmpdir(), 'kpi-report-'));
    const file = join(dir, 'report.pdf');
    writeFileSync(file, res.bytes);
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    const bank = await bankOf(null);
    expect(text).toContain('清收业绩月报（全行）');
    expect(text).toContain('全行合计');
    expect(text).toContain(formatFen(bank.total.recoveredFen));
    expect(text).toContain(formatFen(bank.total.openingOverdueFen));
    expect(text).toContain(formatFen(TARGET_FEN));
    const fonts = execFileSync('pdffonts', [file]).toString();
    expect(fonts).toMatch(/[A-Z]{6}\+SourceHanSansSC/);
  }, 60_000);

  it('a supervisor gets their own branch only, and is refused another', async () => {
    const mine = await download('month=2026-11&format=xlsx', supervisor);
    expect(mine.status).toBe(200);
    expect(mine.disposition).toContain(`report-2026-11-${branch}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(mine.bytes as never);
    const bank = await bankOf(branch);
    let total: unknown[] = [];
    book.getWorksheet('业绩汇总')!.eachRow((row) => { if ((row.values as unknown[])[2] === '全行合计') total = Array.from((row.values as unknown[]).slice(1), (x) => x ?? null); });
    expect(total[2]).toBe(bank.total.cases);
    expect((await download(`month=2026-11&format=xlsx&branch=${other}`, supervisor)).status).toBe(403);
  });

  it('English on request; refuses a month not begun, a bad month or format, and a stranger', async () => {
    const en = await download('month=2026-10&format=xlsx&lang=en', admin);
    expect(en.status).toBe(200);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(en.bytes as never);
    expect(book.getWorksheet('Summary')).toBeDefined();
    expect((await call(h, 'GET', '/admin/kpi/report?month=2026-12&format=pdf', { token: admin })).status).toBe(400);
    expect((await call(h, 'GET', '/admin/kpi/report?month=2026-13&format=pdf', { token: admin })).status).toBe(400);
    expect((await call(h, 'GET', '/admin/kpi/report?month=2026-11&format=doc', { token: admin })).status).toBe(400);
    expect((await call(h, 'GET', '/admin/kpi/report?month=2026-11&format=pdf')).status).toBe(401);
  });
});
