import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../../shared/domain/case';
import { byBranch, caseLineOf, computeKpis, kpiPeriod, kpisBy, snapshotOf, type KpiInput } from '../../../shared/kpi';
import type { Db } from '../../../server/db/types';
import { createAgency } from '../../../server/console/outsourcing/agencies';
import { importExtract } from '../../../server/import/apply';
import { readBankFigures } from '../../../server/kpi/bankFigures';
import { readKpiInput } from '../../../server/kpi/read';
import { kpiSnapshotRows } from '../../../server/kpi/snapshots';
import { caseToRows, demoCases, extractOf } from '../../fixtures/import/demoExtract';
import { eachBackend, openDb } from '../harness';

/**
 * Head office counts complaints and letters in SQL and reads only the promises the period judges
 * (server/kpi/bankFigures.ts): the same figures as shared/kpi over every record, for the cases those shortcuts
 * could get wrong — instants written with offsets on either side of the period's ends, a letter's latest
 * delivery event deciding (returned after delivered, delivered after the period), voided letters and copies,
 * promises due before, in and after the period, an agency's promises made on either side of its start.
 */

const cases = demoCases(16, { seed: 'bank-paper', snapshotDate: '2026-10-30' });
const NOVEMBER = kpiPeriod('2026-11-01', '2026-11-30', '2026-11-30');
// In Asia/Shanghai November runs from 2026-10-31T16:00Z to 2026-11-30T16:00Z.
const EDGES = [
  '2026-10-31T23:59:00+08:00', // out: 31 October there
  '2026-11-01T00:00:00+08:00', // in: the first instant
  '2026-10-31T16:30:00Z', // in, written as UTC on the day before
  '2026-11-30T23:59:59+08:00', // in
  '2026-11-30T16:00:00Z', // out: 1 December there
  '2026-12-01T07:00:00+09:00', // out
  '2026-11-15T10:00:00-05:00', // in
  '2026-10-02T10:00:00Z', // out: a month before
];

async function seed(db: Db, ids: readonly string[], agencyId: string) {
  let n = 0;
  const add = async (kind: string, caseId: string, args: Record<string, unknown>, agency: string | null = null) => {
    const id = String(args.id ?? `${kind}-${(n += 1)}`);
    await db.query(`INSERT INTO field_records (kind, id, case_id, device_id, user_id, mutation_id, data, agency_id) VALUES ($1, $2, $3, $4, 'u-test', 1, $5, $6)`, [
      kind, id, caseId, agency ? `agency-${agency}` : 'core-banking', JSON.stringify({ args: { caseId, ...args } }), agency,
    ]);
  };
  for (const [i, caseId] of ids.entries()) {
    const at = EDGES[i % EDGES.length]!;
    const later = EDGES[(i + 3) % EDGES.length]!;
    await add('openDispute', caseId, { id: `dsp-${caseId}`, kind: i % 3 === 0 ? 'dispute' : 'complaint', openedAt: at });
    const letter = `ltr-${caseId}`;
    await add('issueLetter', caseId, { id: letter, issuedAt: at, copy: i % 5 === 4 });
    // The latest event decides: delivered then returned, returned then delivered, or one event; dated at the edges.
    if (i % 4 !== 3) await add('recordLetterDelivery', caseId, { letterId: letter, outcome: i % 2 === 0 ? 'delivered' : 'returned', at: '2026-11-05T02:00:00Z' });
    if (i % 4 !== 0) await add('recordLetterDelivery', caseId, { letterId: letter, outcome: i % 2 === 0 ? 'returned' : 'delivered', at: later });
    if (i % 7 === 2) await add('voidLetter', caseId, { letterId: letter });
    // Promises due before, in and after the period; an agency's made on either side of its start.
    await add('createPromise', caseId, { id: `prm-${caseId}`, amountFen: 30_000, dueDate: ['2026-10-31', '2026-11-01', '2026-11-30', '2026-12-01', '2026-11-12'][i % 5], madeAt: '2026-10-20T02:00:00Z' });
    if (i % 3 === 1) await add('createPromise', caseId, { id: `agy-prm-${caseId}`, amountFen: 10_000, dueDate: '2026-12-20', madeAt: at }, agencyId);
    await add('recordPayment', caseId, { id: `pay-${caseId}`, amountFen: 30_000, paidOn: ['2026-10-31', '2026-11-02', '2026-11-30', '2026-12-01'][i % 4], source: 'core_banking', reference: `CB-${caseId}`, recordedAt: '2026-12-02T02:00:00Z', receiptId: null });
  }
}

async function referenceInput(db: Db): Promise<KpiInput> {
  const input = await readKpiInput(db, { branchCode: null });
  const history = await kpiSnapshotRows(db, null);
  const known = new Set(history.map((s) => s.caseId));
  const now = (await db.query<{ id: string; branch_code: string; officer_id: string | null; accounts: Case['accounts'] }>(
    `SELECT id, branch_code, officer_id, data->'accounts' AS accounts FROM cases`,
  )).rows.filter((c) => !known.has(c.id)).map((c) => snapshotOf(caseLineOf(c.id, c.branch_code, c.officer_id, c.accounts)));
  return { ...input, snapshots: [...history, ...now] };
}

describe('head office’s complaints, letters and promises at the period’s edges equal shared/kpi', () => eachBackend((backend) => {
  let db: Db;
  beforeAll(async () => {
    db = await openDb(backend);
    expect((await importExtract(db, extractOf(cases.flatMap(caseToRows)))).counts.rejected).toBe(0);
    const branches = (await db.query<{ branch_code: string }>('SELECT DISTINCT branch_code FROM cases ORDER BY 1')).rows.map((b) => b.branch_code);
    const agency = await createAgency(db, {
      name: '业绩边界测试委外机构', licenceNumber: 'KPI-LIC-0002', contractStart: '2026-01-01', contractEnd: '2027-12-31', commissionBps: 1000, branches,
      exportFields: ['caseNumber'], unmasked: [], status: 'active', verifyContact: '本行客服 95588',
    }, 'demo-admin', new Date('2026-10-01T00:00:00Z'));
    await seed(db, (await db.query<{ id: string }>('SELECT id FROM cases ORDER BY id')).rows.map((r) => r.id), agency.id);
  }, 120_000);
  afterAll(() => db?.close());

  for (const period of [NOVEMBER, kpiPeriod('2026-11-01', '2026-11-15', '2026-11-15'), kpiPeriod('2026-10-01', '2026-10-31')]) {
    it(`${period.from}..${period.to}`, async () => {
      const input = await referenceInput(db);
      const bank = await readBankFigures(db, null, period, { graceDays: () => 3 });
      expect(bank.total).toEqual(computeKpis(input, period, { graceDays: 3 }));
      expect(new Map([...bank.branches].sort())).toEqual(new Map([...kpisBy(input, period, { graceDays: 3 }, byBranch)].sort()));
      if (period === NOVEMBER) {
        // The edges reached the figures: some in, some out.
        expect(bank.total.complaints).toBeGreaterThan(0);
        expect(bank.total.complaints).toBeLessThan(input.disputes.filter((d) => d.kind === 'complaint').length);
        expect(bank.total.lettersIssued).toBeGreaterThan(0);
        expect(bank.total.lettersDelivered).toBeGreaterThan(0);
        expect(bank.total.promisesKept.den).toBeGreaterThan(0);
        expect(bank.total.agency.promises).toBeGreaterThan(0);
      }
    });
  }
}));
