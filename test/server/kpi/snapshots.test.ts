import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../../shared/domain/case';
import type { Db } from '../../../server/db/types';
import { importExtract } from '../../../server/import/apply';
import { caseIdOf } from '../../../server/import/portfolio';
import { snapshotChanges, snapshotsAsOf, snapshotTransitions } from '../../../server/kpi/snapshots';
import { caseToRows, customerNoOf, demoCases, extractOf, type Row } from '../../fixtures/import/demoExtract';
import { openDb } from '../harness';

/** Issue 15 §2: a compact daily snapshot of each case's bucket, DPD and balances, read back as of any date. */

const D1 = '2026-11-02';
const D2 = '2026-11-09';
const D3 = '2026-11-16';
const cases = demoCases(10, { seed: 'snapshots', snapshotDate: D1 });
const idOf = (c: Case) => caseIdOf(customerNoOf(c));
/** A case with one account that is overdue: it rolls a bucket between D1 and D2. */
const rolling = cases.find((c) => c.accounts.length === 1 && c.accounts[0]!.dpd > 0 && c.accounts[0]!.dpd <= 150)!;
const rollingDpd = rolling.accounts[0]!.dpd;
const paying = cases.find((c) => c !== rolling && c.accounts.length === 1)!;

const rowsOn = (date: string, change: (c: Case, r: Row) => Row = (_c, r) => r, only: readonly Case[] = cases) =>
  only.flatMap((c) => caseToRows(c).map((r) => change(c, { ...r, snapshot_date: date })));

const on2 = (c: Case, r: Row): Row => {
  if (c === rolling) return { ...r, dpd: String(rollingDpd + 30) };
  if (c === paying) return { ...r, principal: (Number(r.principal) - 100).toFixed(2) };
  return r;
};

let db: Db;
const rowCount = async () => Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM case_snapshots')).rows[0]!.n);

describe('case snapshots', () => {
  beforeAll(async () => {
    db = await openDb();
  }, 60_000);
  afterAll(() => db.close());

  it('the first import writes one row per case', async () => {
    const r = await importExtract(db, extractOf(rowsOn(D1)));
    expect(r.counts).toMatchObject({ new: cases.length, rejected: 0 });
    expect(await rowCount()).toBe(cases.length);
  });

  it('a dry run writes none', async () => {
    await importExtract(db, extractOf(rowsOn(D2, on2)), { dryRun: true });
    expect(await rowCount()).toBe(cases.length);
  });

  it('a later import adds a row only for the cases whose bucket, DPD or balances changed', async () => {
    const r = await importExtract(db, extractOf(rowsOn(D2, on2)));
    expect(r.counts.rejected, JSON.stringify(r.rejections)).toBe(0);
    expect(await rowCount()).toBe(cases.length + 2);
    const again = await importExtract(db, extractOf(rowsOn(D3, on2)));
    expect(again.counts.rejected).toBe(0);
    expect(await rowCount()).toBe(cases.length + 2);
  });

  it('reads every case as of a date: before the first import nothing, then the state that held that day', async () => {
    expect(await snapshotsAsOf(db, '2026-11-01')).toEqual([]);
    const d1 = new Map((await snapshotsAsOf(db, D1)).map((s) => [s.caseId, s]));
    expect(d1.size).toBe(cases.length);
    expect(d1.get(idOf(rolling))).toMatchObject({ validFrom: D1, dpd: rollingDpd });
    const mid = new Map((await snapshotsAsOf(db, '2026-11-08')).map((s) => [s.caseId, s]));
    expect(mid.get(idOf(rolling))!.dpd).toBe(rollingDpd);
    const d3 = new Map((await snapshotsAsOf(db, D3)).map((s) => [s.caseId, s]));
    expect(d3.get(idOf(rolling))).toMatchObject({ validFrom: D2, dpd: rollingDpd + 30 });
    expect(d3.get(idOf(rolling))!.bucket).not.toBe(d1.get(idOf(rolling))!.bucket);
    expect(d3.get(idOf(paying))!.principalFen).toBe(d1.get(idOf(paying))!.principalFen - 10_000);
    expect(d3.get(idOf(paying))!.totalFen).toBe(d1.get(idOf(paying))!.totalFen - 10_000);
  });

  it('filters by the branch the case was in on that date', async () => {
    const branch = rolling.assignment.branchCode;
    const mine = await snapshotsAsOf(db, D2, branch);
    expect(mine.length).toBe(cases.filter((c) => c.assignment.branchCode === branch).length);
    expect(mine.every((s) => s.branchCode === branch)).toBe(true);
  });

  it('transitions pair each case’s state at the start and the end of a period (roll rates, cures)', async () => {
    const t = await snapshotTransitions(db, D1, D3);
    expect(t.length).toBe(cases.length);
    const rolled = t.filter((x) => x.from!.bucket !== x.to!.bucket);
    expect(rolled.map((x) => x.caseId)).toEqual([idOf(rolling)]);
    const before = await snapshotTransitions(db, '2026-10-01', D1);
    expect(before.every((x) => x.from === null && x.to !== null)).toBe(true);
    await expect(snapshotTransitions(db, D3, D1)).rejects.toThrow(RangeError);
  });

  it('changes in a range: the states at its start, then each change, oldest first', async () => {
    const rows = await snapshotChanges(db, D1, D3);
    expect(rows.length).toBe(cases.length + 2);
    expect(rows.slice(cases.length).map((r) => [r.caseId, r.validFrom]).sort()).toEqual([[idOf(paying), D2], [idOf(rolling), D2]].sort());
  });

  it('a case the extract no longer lists is settled: a row says so from the extract’s date', async () => {
    const left = cases.filter((c) => c !== paying);
    const r = await importExtract(db, extractOf(rowsOn('2026-11-23', on2, left)), { confirmClosures: 1 });
    expect(r.counts, JSON.stringify(r.fileError)).toMatchObject({ closed: 1 });
    const after = new Map((await snapshotsAsOf(db, '2026-11-23')).map((s) => [s.caseId, s]));
    expect(after.get(idOf(paying))).toMatchObject({ status: 'settled', validFrom: '2026-11-23' });
    expect(new Map((await snapshotsAsOf(db, '2026-11-22')).map((s) => [s.caseId, s])).get(idOf(paying))!.status).not.toBe('settled');
  });
});
