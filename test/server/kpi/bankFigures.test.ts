import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../../shared/domain/case';
import { byBranch, byProduct, caseLineOf, computeKpis, kpiPeriod, kpisBy, snapshotOf, type KpiInput } from '../../../shared/kpi';
import type { Db } from '../../../server/db/types';
import { importExtract } from '../../../server/import/apply';
import { createAgency } from '../../../server/console/outsourcing/agencies';
import { readBankFigures, trendPeriods } from '../../../server/kpi/bankFigures';
import { readKpiInput } from '../../../server/kpi/read';
import { kpiSnapshotRows } from '../../../server/kpi/snapshots';
import { caseToRows, demoCases, extractOf, type Row } from '../../fixtures/import/demoExtract';
import { eachBackend, openDb } from '../harness';

/**
 * Head office's figures summed in SQL (server/kpi/bankFigures.ts) are shared/kpi's figures: computeKpis over
 * every record and every snapshot row of the same data gives the same numbers, per branch, for the bank, and
 * the same roll matrices per product, for periods whose opening and closing states differ.
 */

const D1 = '2026-10-30';
const cases = demoCases(60, { seed: 'bank-figures', snapshotDate: D1 });
const D2 = '2026-11-10';
const D3 = '2026-11-25';
const overdue = cases.filter((c) => c.accounts.every((a) => a.dpd > 0 && a.dpd <= 150));
const rolling = new Set(overdue.slice(0, 8));
const curing = new Set(overdue.slice(8, 14));
const rowsOn = (date: string, change: (c: Case, r: Row) => Row) => cases.flatMap((c) => caseToRows(c).map((r) => change(c, { ...r, snapshot_date: date })));

let seq = 0;
const OUTCOMES = ['right_party_contact', 'promise', 'no_answer', 'busy', 'wrong_number', 'third_party_message'];
const at = (day: number, hour = 2) => new Date(Date.UTC(2026, 10, day, hour)).toISOString();

async function seedRecords(db: Db, ids: readonly string[], agencyId: string) {
  const rows: [string, string, string, unknown, string | null][] = [];
  const add = (kind: string, caseId: string, args: Record<string, unknown>, agency: string | null = null) => rows.push([kind, String(args.id ?? `${kind}-${(seq += 1)}`), caseId, { args: { caseId, ...args } }, agency]);
  ids.forEach((caseId, i) => {
    for (let k = 0; k < 1 + (i % 4); k++) {
      const id = `act-${caseId}-${k}`;
      // Days 0 and 31 fall outside November in Shanghai; 30 at 17:00Z is 1 December there.
      add('recordActivity', caseId, { id, outcome: OUTCOMES[(i + k) % OUTCOMES.length], at: k === 3 ? '2026-11-30T17:00:00.000Z' : at(1 + ((i * 7 + k) % 29)) });
      if ((i + k) % 9 === 0) add('recordOverride', caseId, { id: `ovr-${id}`, subject: { kind: 'activity', id } });
    }
    if (i % 3 === 0) add('createPromise', caseId, { id: `prm-${caseId}`, amountFen: 40_000, dueDate: `2026-11-${String(5 + (i % 20)).padStart(2, '0')}`, madeAt: at(2) });
    if (i % 4 === 0) add('recordPayment', caseId, { id: `pay-b-${caseId}`, amountFen: 40_000, paidOn: `2026-11-${String(6 + (i % 20)).padStart(2, '0')}`, source: 'core_banking', reference: `CB-${caseId}`, recordedAt: at(27), receiptId: null });
    if (i % 5 === 0) add('recordReceipt', caseId, { id: `rct-${caseId}`, number: `R-${caseId}`, amountFen: 40_000, receivedAt: at(6 + (i % 20), 3) });
    if (i % 10 === 0) add('voidReceipt', caseId, { receiptId: `rct-${caseId}` });
    if (i % 6 === 0) add('recordPayment', caseId, { id: `pay-t-${caseId}`, amountFen: 12_345, paidOn: i % 12 === 0 ? '2026-10-20' : '2026-11-18', source: 'transfer', reference: null, recordedAt: at(18), receiptId: null });
    if (i % 7 === 0) add('openDispute', caseId, { id: `dsp-${caseId}`, kind: i % 14 === 0 ? 'complaint' : 'dispute', openedAt: at(12) });
    // An agency's work on some cases (its results file): counted apart from the branch's, in SQL as in shared/kpi.
    if (i % 11 === 0) {
      add('recordActivity', caseId, { id: `agy-act-${caseId}`, outcome: OUTCOMES[i % OUTCOMES.length], at: at(3 + (i % 20)) }, agencyId);
      add('createPromise', caseId, { id: `agy-prm-${caseId}`, amountFen: 30_000, dueDate: '2026-11-26', madeAt: at(4 + (i % 20)) }, agencyId);
      add('recordPayment', caseId, { id: `agy-pay-${caseId}`, amountFen: 30_000, paidOn: '2026-11-21', source: 'agency', reference: null, recordedAt: at(22), receiptId: null }, agencyId);
    }
    if (i % 8 === 0) {
      add('issueLetter', caseId, { id: `ltr-${caseId}`, issuedAt: at(4), copy: i % 16 === 0 });
      add('recordLetterDelivery', caseId, { letterId: `ltr-${caseId}`, outcome: 'delivered', at: at(9) });
    }
  });
  for (const [kind, id, caseId, data, agency] of rows) {
    await db.query(`INSERT INTO field_records (kind, id, case_id, device_id, user_id, mutation_id, data, agency_id) VALUES ($1, $2, $3, $4, 'u-test', 1, $5, $6)`, [kind, id, caseId, agency ? `agency-${agency}` : 'core-banking', JSON.stringify(data), agency]);
  }
}

/** The reference: shared/kpi over every record and every snapshot row (a case without any: as it is now). */
async function referenceInput(db: Db): Promise<KpiInput> {
  const input = await readKpiInput(db, { branchCode: null });
  const history = await kpiSnapshotRows(db, null);
  const known = new Set(history.map((s) => s.caseId));
  const now = (await db.query<{ id: string; branch_code: string; officer_id: string | null; accounts: Case['accounts'] }>(
    `SELECT id, branch_code, officer_id, data->'accounts' AS accounts FROM cases`,
  )).rows.filter((c) => !known.has(c.id)).map((c) => snapshotOf(caseLineOf(c.id, c.branch_code, c.officer_id, c.accounts)));
  return { ...input, snapshots: [...history, ...now] };
}

describe('head office’s figures in SQL equal shared/kpi', () => eachBackend((backend) => {
  let db: Db;
  beforeAll(async () => {
    db = await openDb(backend);
    const first = await importExtract(db, extractOf(rowsOn(D1, (_c, r) => r)));
    expect(first.counts.rejected, JSON.stringify(first.rejections.slice(0, 2))).toBe(0);
    const moved = (c: Case, r: Row): Row => (rolling.has(c) ? { ...r, dpd: String(Number(r.dpd) + 35) } : curing.has(c) ? { ...r, dpd: '0' } : r);
    expect((await importExtract(db, extractOf(rowsOn(D2, moved)))).counts.rejected).toBe(0);
    const later = (c: Case, r: Row): Row => (c === overdue[0] ? { ...r, dpd: '0', principal: '1.00' } : moved(c, r));
    expect((await importExtract(db, extractOf(rowsOn(D3, later)))).counts.rejected).toBe(0);
    const ids = (await db.query<{ id: string }>('SELECT id FROM cases ORDER BY id')).rows.map((r) => r.id);
    // One case from before snapshots began: no row at all, taken as it is now.
    await db.query('DELETE FROM case_snapshots WHERE case_id = $1', [ids[1]]);
    const branches = (await db.query<{ branch_code: string }>('SELECT DISTINCT branch_code FROM cases ORDER BY 1')).rows.map((b) => b.branch_code);
    const agency = await createAgency(db, {
      name: '业绩测试委外机构', licenceNumber: 'KPI-LIC-0001', contractStart: '2026-01-01', contractEnd: '2027-12-31', commissionBps: 1000, branches,
      exportFields: ['caseNumber'], unmasked: [], status: 'active', verifyContact: '本行客服 95588',
    }, 'demo-admin', new Date(at(1)));
    await seedRecords(db, ids, agency.id);
  }, 120_000);
  afterAll(() => db?.close());

  const periods = [kpiPeriod('2026-11-01', '2026-11-30', '2026-11-30'), kpiPeriod(D2, D3), kpiPeriod('2026-11-01', '2026-11-20', '2026-11-20'), kpiPeriod('2026-10-01', '2026-10-31')];
  for (const period of periods) {
    it(`${period.from}..${period.to}: per branch, for the bank and per product`, async () => {
      const input = await referenceInput(db);
      const options = { graceDays: 3 };
      const bank = await readBankFigures(db, null, period, { graceDays: () => 3 });
      const expected = kpisBy(input, period, options, byBranch);
      expect(new Map([...bank.branches].sort())).toEqual(new Map([...expected].sort()));
      expect(bank.total).toEqual(computeKpis(input, period, options));
      const products = kpisBy(input, period, options, byProduct);
      expect(new Map([...bank.products].map(([p, v]) => [p, v]))).toEqual(new Map([...products].map(([p, k]) => [p, { cases: k.cases, rolls: k.rolls }])));
      // The data reached the measures.
      expect(bank.total.cases).toBe(cases.length);
      if (period.from === '2026-11-01') {
        expect(bank.total.attempts).toBeGreaterThan(20);
        expect(bank.total.overrides).toBeGreaterThan(0);
        expect(bank.total.recoveredFen).toBeGreaterThan(0);
        expect(bank.total.cured.num).toBeGreaterThan(0);
        expect(bank.total.promisesKept.den).toBeGreaterThan(0);
        expect(bank.total.complaints + bank.total.lettersIssued).toBeGreaterThan(0);
        if (period.to === '2026-11-30') {
          expect(bank.total.agency.recoveredFen).toBeGreaterThan(0);
          expect(bank.total.agency.attempts).toBeGreaterThan(0);
          expect(bank.total.agency.promises).toBeGreaterThan(0);
        }
        const rolled = Object.values(bank.total.rolls).flatMap((row) => Object.entries(row)).length;
        expect(rolled).toBe(64);
      }
    });
  }

  it('one branch: only its cases', async () => {
    const period = periods[0]!;
    const code = (await db.query<{ branch_code: string }>('SELECT branch_code FROM cases ORDER BY id LIMIT 1')).rows[0]!.branch_code;
    const one = await readBankFigures(db, code, period, { graceDays: () => 3 });
    const all = await readBankFigures(db, null, period, { graceDays: () => 3 });
    expect([...one.branches.keys()]).toEqual([code]);
    expect(one.branches.get(code)).toEqual(all.branches.get(code));
  });

  // Attempts are counted by the branch their case is in now (migration 36 keeps it on each attempt).
  it('a case moved to another branch counts its attempts there, those written before the move and after', async () => {
    const period = periods[0]!;
    const moving = (await db.query<{ id: string; branch_code: string }>(
      `SELECT c.id, c.branch_code FROM cases c WHERE EXISTS (SELECT 1 FROM field_records fr WHERE fr.case_id = c.id AND fr.kind = 'recordActivity') ORDER BY c.id LIMIT 3`,
    )).rows;
    const to = (await db.query<{ code: string }>('SELECT code FROM branches WHERE code <> $1 ORDER BY code LIMIT 1', [moving[0]!.branch_code])).rows[0]!.code;
    const before = await readBankFigures(db, null, period, { graceDays: () => 3 });
    await db.query('UPDATE cases SET branch_code = $2 WHERE id = ANY($1::text[])', [moving.map((m) => m.id), to]);
    await db.query(`INSERT INTO field_records (kind, id, case_id, device_id, user_id, mutation_id, data) VALUES ('recordActivity', $1, $2, 'core-banking', 'u-test', 1, $3)`,
      ['act-after-move', moving[0]!.id, JSON.stringify({ args: { id: 'act-after-move', caseId: moving[0]!.id, outcome: 'no_answer', at: at(20) } })]);
    const input = await referenceInput(db);
    const bank = await readBankFigures(db, null, period, { graceDays: () => 3 });
    const expected = kpisBy(input, period, { graceDays: 3 }, byBranch);
    const attemptsOf = (m: Map<string, { attempts: number }>) => new Map([...m].map(([code, k]): [string, number] => [code, k.attempts]).sort());
    expect(attemptsOf(bank.branches)).toEqual(attemptsOf(expected));
    expect(bank.branches.get(to)!.attempts).toBeGreaterThan(before.branches.get(to)?.attempts ?? 0);
    expect(bank.total.attempts).toBe(before.total.attempts + 1);
  });
}));

describe('trend periods', () => {
  it('months end with the period’s own and cross a year', () => {
    expect(trendPeriods('month', '2026-02-10', 3)).toEqual([
      { from: '2025-12-01', to: '2025-12-31' }, { from: '2026-01-01', to: '2026-01-31' }, { from: '2026-02-01', to: '2026-02-28' },
    ]);
  });
  it('weeks run Monday to Sunday', () => {
    expect(trendPeriods('week', '2026-11-25', 2)).toEqual([{ from: '2026-11-16', to: '2026-11-22' }, { from: '2026-11-23', to: '2026-11-29' }]);
  });
});
