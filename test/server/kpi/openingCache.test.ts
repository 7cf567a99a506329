import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../../shared/domain/case';
import type { Db, Queryable } from '../../../server/db/types';
import { importExtract } from '../../../server/import/apply';
import { openingsOn, scheduleOpeningWarmup } from '../../../server/kpi/openingCache';
import { overdueOn } from '../../../server/kpi/trendOpening';
import { caseToRows, demoCases, extractOf, type Row } from '../../fixtures/import/demoExtract';
import { eachBackend, openDb } from '../harness';

/**
 * The trend's opening balances are kept between requests (server/kpi/openingCache.ts) and must never be stale:
 * after an import, a case added, a case moved to another branch, they equal a fresh overdueOn; a device's write
 * of a case that does not move it keeps them; while nothing changed they are not read again.
 */

const D1 = '2026-10-30';
const D2 = '2026-11-10';
const DATES = ['2026-09-01', D1, '2026-11-01', D2, '2026-11-16', '2026-12-01'];
const cases = demoCases(30, { seed: 'opening-cache', snapshotDate: D1 });
const rowsOn = (date: string, change: (c: Case, r: Row) => Row) => cases.flatMap((c) => caseToRows(c).map((r) => change(c, { ...r, snapshot_date: date })));

/** The database, counting the statements that read snapshot rows. */
function counting(db: Db): { db: Db; reads: () => number } {
  let n = 0;
  const spy = (q: Queryable): Queryable => ({
    query: (sql, params) => {
      if (sql.includes('case_snapshots')) n++;
      return q.query(sql, params);
    },
  });
  const wrapped: Db = { kind: db.kind, query: spy(db).query, transaction: (fn) => db.transaction((tx) => fn(spy(tx))), session: (fn) => db.session(fn), close: () => db.close() };
  return { db: wrapped, reads: () => n };
}

const plain = (m: Map<string, Map<string, number>>) => [...m].map(([d, b]) => [d, [...b].sort()]);

describe('the trend’s opening balances kept between requests are never stale', () => eachBackend((backend) => {
  let raw: Db;
  let db: Db;
  let reads: () => number;
  beforeAll(async () => {
    raw = await openDb(backend);
    ({ db, reads } = counting(raw));
    expect((await importExtract(raw, extractOf(rowsOn(D1, (_c, r) => r)))).counts.rejected).toBe(0);
  }, 120_000);
  afterAll(() => raw?.close());

  const expectFresh = async () => {
    expect(plain(await openingsOn(db, DATES, null))).toEqual(plain(await overdueOn(raw, DATES, null)));
  };

  it('equal to a fresh reading, and read once while nothing changes', async () => {
    await expectFresh();
    const before = reads();
    const again = await openingsOn(db, DATES, null);
    expect(reads()).toBe(before);
    // A branch's are its share of the bank's; a date not asked before is read alone.
    const code = (await raw.query<{ branch_code: string }>('SELECT branch_code FROM cases ORDER BY id LIMIT 1')).rows[0]!.branch_code;
    const one = await openingsOn(db, DATES, code);
    expect(reads()).toBe(before);
    for (const d of DATES) expect([...one.get(d)!]).toEqual(again.get(d)!.has(code) ? [[code, again.get(d)!.get(code)]] : []);
    await openingsOn(db, [...DATES, '2026-11-20'], null);
    expect(reads()).toBeGreaterThan(before);
  });

  it('an import that changes balances is seen at once', async () => {
    const kept = plain(await openingsOn(db, DATES, null));
    const paidDown = (c: Case, r: Row): Row => (cases.indexOf(c) % 2 === 0 ? { ...r, principal: '1.00', dpd: '0' } : r);
    expect((await importExtract(raw, extractOf(rowsOn(D2, paidDown)))).counts.rejected).toBe(0);
    const now = plain(await openingsOn(db, DATES, null));
    expect(now).not.toEqual(kept);
    await expectFresh();
  });

  it('a case moved to another branch counts in its new branch at once; a write that does not move it keeps the balances', async () => {
    const { id, branch_code: from } = (await raw.query<{ id: string; branch_code: string }>('SELECT id, branch_code FROM cases ORDER BY id LIMIT 1')).rows[0]!;
    const to = (await raw.query<{ code: string }>('SELECT code FROM branches WHERE code <> $1 ORDER BY code LIMIT 1', [from])).rows[0]!.code;
    await openingsOn(db, DATES, null);
    const before = reads();
    // What a device's push does to a case: every column rewritten, the branch the same.
    await raw.query('UPDATE cases SET branch_code = branch_code, data = data, version = version + 1 WHERE id = $1', [id]);
    await openingsOn(db, DATES, null);
    expect(reads()).toBe(before);
    await raw.query('UPDATE cases SET branch_code = $2 WHERE id = $1', [id, to]);
    const moved = await openingsOn(db, DATES, null);
    expect(reads()).toBeGreaterThan(before);
    await expectFresh();
    expect(moved.get(D2)!.get(to)).toBeGreaterThan(0);
  });

  it('the warm-up computes the trend’s dates ahead of the first request, and stops', async () => {
    await raw.query('UPDATE cases SET branch_code = (SELECT min(code) FROM branches) WHERE id = (SELECT max(id) FROM cases) AND branch_code <> (SELECT min(code) FROM branches)');
    await raw.query(`INSERT INTO case_snapshots (case_id, valid_from, branch_code, product, status, dpd, bucket, principal_fen, total_fen)
      SELECT id, date '2026-11-15', branch_code, 'credit_card', 'open', 40, 'M2', 777, 777 FROM cases ORDER BY id LIMIT 1`);
    const errors: object[] = [];
    const before = reads();
    const pass = new Promise<void>((resolve) => {
      const stop = scheduleOpeningWarmup(db, () => DATES, { error: (o) => errors.push(o) }, { firstAfterMs: 0, everyMs: 60_000, onPass: () => { stop(); resolve(); } });
    });
    await pass;
    // The warm-up read the changed balances; the request after it reads nothing.
    const warmed = reads();
    expect(warmed).toBeGreaterThan(before);
    await openingsOn(db, DATES, null);
    expect(reads()).toBe(warmed);
    expect(errors).toEqual([]);
    await expectFresh();
  });
}));
