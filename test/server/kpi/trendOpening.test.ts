import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../../shared/domain/case';
import { byBranch, caseLineOf, kpiPeriod, kpisBy, recoveryRateOf, snapshotOf, type KpiInput } from '../../../shared/kpi';
import type { Db } from '../../../server/db/types';
import { importExtract } from '../../../server/import/apply';
import { readKpiInput } from '../../../server/kpi/read';
import { kpiSnapshotRows } from '../../../server/kpi/snapshots';
import { overdueOn } from '../../../server/kpi/trendOpening';
import { caseToRows, demoCases, extractOf, type Row } from '../../fixtures/import/demoExtract';
import { eachBackend, openDb } from '../harness';

/**
 * The trend's recovery rate needs the overdue balance at each period's start (server/kpi/trendOpening.ts, one
 * pass for all the dates): it equals shared/kpi's opening balance (statesOn over every snapshot row; a case with
 * none as it is now) per branch, on dates before the history, on a snapshot date, between two and after the last,
 * for a case whose history starts late and one with no history at all.
 */

const D1 = '2026-10-30';
const D2 = '2026-11-10';
const D3 = '2026-11-25';
const cases = demoCases(40, { seed: 'trend-opening', snapshotDate: D1 });
const rowsOn = (date: string, change: (c: Case, r: Row) => Row) => cases.flatMap((c) => caseToRows(c).map((r) => change(c, { ...r, snapshot_date: date })));
const DATES = ['2026-09-01', '2026-10-29', D1, '2026-11-01', D2, '2026-11-11', D3, '2026-12-01', '2027-01-04'];

async function referenceInput(db: Db): Promise<KpiInput> {
  const input = await readKpiInput(db, { branchCode: null });
  const history = await kpiSnapshotRows(db, null);
  const known = new Set(history.map((s) => s.caseId));
  const now = (await db.query<{ id: string; branch_code: string; officer_id: string | null; accounts: Case['accounts'] }>(
    'SELECT id, branch_code, officer_id, data->\'accounts\' AS accounts FROM cases',
  )).rows.filter((c) => !known.has(c.id)).map((c) => snapshotOf(caseLineOf(c.id, c.branch_code, c.officer_id, c.accounts)));
  return { ...input, snapshots: [...history, ...now] };
}

describe('the overdue balance at each trend period’s start equals shared/kpi’s opening balance', () => eachBackend((backend) => {
  let db: Db;
  beforeAll(async () => {
    db = await openDb(backend);
    expect((await importExtract(db, extractOf(rowsOn(D1, (_c, r) => r)))).counts.rejected).toBe(0);
    // Some overdue cases roll a bucket and pay down a tenth of the principal by D2; others are cured and nearly paid by D3.
    const overdue = cases.filter((c) => c.accounts.every((a) => a.dpd > 0 && a.dpd <= 150));
    const moved = (c: Case, r: Row): Row => (overdue.indexOf(c) % 3 === 0 ? { ...r, dpd: String(Number(r.dpd) + 35), principal: (Math.floor(Number(r.principal) * 90) / 100).toFixed(2) } : r);
    const d2 = await importExtract(db, extractOf(rowsOn(D2, moved)));
    expect(d2.counts.rejected, JSON.stringify(d2.rejections.slice(0, 2))).toBe(0);
    const later = (c: Case, r: Row): Row => (overdue.indexOf(c) % 4 === 1 ? { ...r, dpd: '0', principal: '1.00' } : moved(c, r));
    const d3 = await importExtract(db, extractOf(rowsOn(D3, later)));
    expect(d3.counts.rejected, JSON.stringify(d3.rejections.slice(0, 2))).toBe(0);
    const ids = (await db.query<{ id: string }>('SELECT id FROM cases ORDER BY id')).rows.map((r) => r.id);
    // A case with no history at all (taken as it is now), and one whose history starts on D2 (its first row stands for before).
    await db.query('DELETE FROM case_snapshots WHERE case_id = $1', [ids[1]]);
    await db.query('DELETE FROM case_snapshots WHERE case_id = $1 AND valid_from = $2', [ids[2], D1]);
  }, 120_000);
  afterAll(() => db?.close());

  it('per branch, on every date, and its recovery rate is shared/kpi’s', async () => {
    const input = await referenceInput(db);
    const got = await overdueOn(db, DATES, null);
    for (const date of DATES) {
      const expected = kpisBy(input, kpiPeriod(date, date), { graceDays: 3 }, byBranch);
      const want = new Map([...expected].map(([code, k]): [string, number] => [code, k.openingOverdueFen]).sort());
      expect(new Map([...got.get(date)!].sort()), date).toEqual(want);
      for (const [code, k] of expected) expect(recoveryRateOf(k.recoveredFen, got.get(date)!.get(code)!)).toEqual(k.recoveryRate);
    }
    // The balances changed over the history, so the dates are not all alike.
    const totals = DATES.map((d) => [...got.get(d)!.values()].reduce((s, f) => s + f, 0));
    expect(new Set(totals).size).toBeGreaterThan(2);
  });

  it('one branch: only its cases; no dates: nothing', async () => {
    const code = (await db.query<{ branch_code: string }>('SELECT branch_code FROM cases ORDER BY id LIMIT 1')).rows[0]!.branch_code;
    const one = await overdueOn(db, DATES, code);
    const all = await overdueOn(db, DATES, null);
    for (const d of DATES) expect([...one.get(d)!]).toEqual([[code, all.get(d)!.get(code)]]);
    expect((await overdueOn(db, [], null)).size).toBe(0);
  });
}));
