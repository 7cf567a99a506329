import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kpiPeriod, recoveryRateOf } from '../../../shared/kpi';
import { PerformanceAnswerSchema, PerformanceQuerySchema } from '../../../shared/kpi/consoleApi';
import type { Db } from '../../../server/db/types';
import { importExtract } from '../../../server/import/apply';
import { readBankFigures } from '../../../server/kpi/bankFigures';
import { caseToRows, demoCases, extractOf } from '../../fixtures/import/demoExtract';
import { call, type Harness, openDb, signIn, startHarness } from '../harness';

/** GET /admin/kpi/performance: who sees which branches, the query checked, the figures head office computes. */

const cases = demoCases(24, { seed: 'kpi-console', snapshotDate: '2026-11-02' });
let db: Db;
let h: Harness;
let admin: string;
let supervisor: string;
let collector: string;
let branch = '';
let other = '';
const get = (query: string, token?: string) => call(h, 'GET', `/admin/kpi/performance?${query}`, { token });

describe('console: 业绩 (performance)', () => {
  beforeAll(async () => {
    db = await openDb();
    h = await startHarness(db);
    expect((await importExtract(db, extractOf(cases.flatMap(caseToRows)))).counts.rejected).toBe(0);
    const branches = (await db.query<{ branch_code: string }>('SELECT DISTINCT branch_code FROM cases ORDER BY 1')).rows.map((r) => r.branch_code);
    [branch, other] = branches as [string, string];
    admin = (await signIn(h, 'demo-admin')).accessToken;
    supervisor = (await signIn(h, `demo-supervisor-${branch}`)).accessToken;
    const officer = (await db.query<{ id: string }>(`SELECT id FROM users WHERE role = 'collector' AND branch_code = $1 LIMIT 1`, [branch])).rows[0]!.id;
    collector = (await signIn(h, officer)).accessToken;
  }, 120_000);
  afterAll(async () => {
    await h?.close();
    await db?.close();
  });

  it('a head-office admin sees every branch, with the figures head office computes', async () => {
    const res = await get('from=2026-11-01&to=2026-11-30&trend=week', admin);
    expect(res.status).toBe(200);
    const answer = PerformanceAnswerSchema.parse(res.body);
    const codes = answer.branches.map((b) => b.code);
    expect(codes).toEqual(expect.arrayContaining([branch, other]));
    const bank = await readBankFigures(db, null, kpiPeriod('2026-11-01', '2026-11-30', answer.period.asOf), { graceDays: () => 3 });
    expect(answer.total.cases).toBe(cases.length);
    expect(answer.total.openingOverdueFen).toBe(bank.total.openingOverdueFen);
    expect(answer.branches.find((b) => b.code === branch)!.figures.cases).toBe(bank.branches.get(branch)!.cases);
    expect(answer.totalRolls).toEqual(bank.total.rolls);
    expect(answer.products.reduce((s, p) => s + p.cases, 0)).toBe(cases.length);
    expect(answer.trend.unit).toBe('week');
    expect(answer.trend.points).toHaveLength(13);
    expect(answer.trend.points.at(-1)).toMatchObject({ from: '2026-11-30', to: '2026-12-06' });
  });

  it('the trend carries each period’s opening balance: the month of the period has the period’s own recovery rate', async () => {
    const answer = PerformanceAnswerSchema.parse((await get('from=2026-11-01&to=2026-11-30&trend=month', admin)).body);
    const last = answer.trend.points.at(-1)!;
    expect(last.from).toBe('2026-11-01');
    expect(last.openingOverdueFen).toBe(answer.total.openingOverdueFen);
    expect(last.openingOverdueFen).toBeGreaterThan(0);
    for (const b of answer.branches) expect(last.openings[b.code]).toBe(b.figures.openingOverdueFen);
    expect(recoveryRateOf(last.recoveredFen, last.openingOverdueFen)).toEqual(answer.total.recoveryRate);
    expect(Object.values(last.openings).reduce((s, f) => s + f, 0)).toBe(last.openingOverdueFen);
  });

  it('a supervisor sees their own branch only, and is refused another', async () => {
    const mine = await get('from=2026-11-01&to=2026-11-30', supervisor);
    expect(mine.status).toBe(200);
    expect(PerformanceAnswerSchema.parse(mine.body).branches.map((b) => b.code)).toEqual([branch]);
    expect((await get(`from=2026-11-01&to=2026-11-30&branch=${other}`, supervisor)).status).toBe(403);
    expect((await get(`from=2026-11-01&to=2026-11-30&branch=${branch}`, supervisor)).status).toBe(200);
  });

  it('a collector and a stranger are refused', async () => {
    expect((await get('from=2026-11-01&to=2026-11-30', collector)).status).toBe(403);
    expect((await get('from=2026-11-01&to=2026-11-30')).status).toBe(401);
  });

  it('an admin may ask for one branch', async () => {
    const res = await get(`from=2026-11-01&to=2026-11-30&branch=${other}`, admin);
    expect(PerformanceAnswerSchema.parse(res.body).branches.map((b) => b.code)).toEqual([other]);
  });

  it('refuses a period that runs backwards, is too long or is not dates', async () => {
    for (const q of ['from=2026-11-30&to=2026-11-01', 'from=2025-01-01&to=2026-11-30', 'from=2026-11&to=2026-11-30', 'from=2026-11-01&to=2026-11-30&trend=day', 'to=2026-11-30']) {
      const res = await get(q, admin);
      expect(res.status, q).toBe(400);
    }
    expect(PerformanceQuerySchema.safeParse({ from: '2026-11-01', to: '2026-11-30' }).data?.trend).toBe('month');
  });
});
