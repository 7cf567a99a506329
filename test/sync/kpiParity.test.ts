import 'fake-indexeddb/auto';
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readKpiInput as readOnDevice } from '../../renderer/src/kpi/repository/kpiReads';
import { openStore, type Store } from '../../renderer/src/store/openStore';
import { createSyncClient } from '../../renderer/src/sync/syncClient';
import { importExtract } from '../../server/import/apply';
import { importPayments } from '../../server/payments/apply';
import { createAgency } from '../../server/console/outsourcing/agencies';
import { storeResultFile } from '../../server/console/outsourcing/results';
import type { Db } from '../../server/db/types';
import { readKpiInput as readAtHeadOffice } from '../../server/kpi/read';
import type { Case } from '../../shared/domain/case';
import { formatReceiptNumber } from '../../shared/records/receiptNumber';
import { byCollector, computeKpis, kpisBy, monthPeriod, type KpiInput } from '../../shared/kpi';
import { formatHlc, makeOutboxEntry, newId, type MutationArgsInput, type MutationName } from '../../shared/sync';
import { caseToRows, demoCases, extractOf } from '../fixtures/import/demoExtract';
import { openDb, push, signIn, startHarness, type Harness } from '../server/harness';
import { GOOD } from '../shared/sync/fixtures';

/**
 * Issue 15 §3: the measures give the same numbers at head office (server/kpi/read.ts over field_records and
 * cases) and on a device (renderer/src/kpi/repository/kpiReads.ts over its IndexedDB after a real pull), on the
 * same data: records of every kind a measure reads, pushed through the real service.
 */

const at = (day: number, hour = 2) => new Date(Date.UTC(2026, 10, day, hour, 0)).toISOString();
const november = monthPeriod('2026-11', '2026-11-30');

const sorted = (input: KpiInput): KpiInput => {
  const byId = <T extends { id: string }>(l: readonly T[]) => [...l].sort((a, b) => a.id.localeCompare(b.id));
  return {
    cases: byId(input.cases), snapshots: [...input.snapshots].sort((a, b) => a.caseId.localeCompare(b.caseId)), activities: byId(input.activities),
    promises: byId(input.promises), payments: byId(input.payments), disputes: byId(input.disputes), letters: byId(input.letters),
  };
};

describe('kpi: head office and device give the same figures', () => {
  let db: Db;
  let h: Harness;
  let store: Store | undefined;
  let officerId = '';
  let branchCode = '';

  beforeAll(async () => {
    db = await openDb('pglite');
    h = await startHarness(db);
    await importExtract(db, extractOf(demoCases(30, { seed: 'kpi-parity' }).flatMap(caseToRows)));
    const row = (await db.query<{ officer_id: string; branch_code: string }>(
      `SELECT officer_id, branch_code FROM cases WHERE officer_id IS NOT NULL GROUP BY officer_id, branch_code ORDER BY count(*) DESC, officer_id LIMIT 1`,
    )).rows[0]!;
    officerId = row.officer_id;
    branchCode = row.branch_code;
    const cases = (await db.query<{ data: Case }>('SELECT data FROM cases WHERE officer_id = $1 ORDER BY id LIMIT 2', [officerId])).rows.map((r) => r.data);
    const collector = await signIn(h, officerId);
    const supervisor = await signIn(h, `demo-supervisor-${branchCode}`);
    let mutationId = 0;
    const send = async <N extends MutationName>(d: typeof collector, name: N, args: MutationArgsInput<N>) => {
      mutationId += 1;
      const e = makeOutboxEntry({
        mutationId, name, args, userId: d.userId, deviceId: d.deviceId,
        hlc: formatHlc({ wallMs: Date.parse(at(1)) + mutationId, counter: 0, deviceId: d.deviceId }), createdAt: at(1),
      });
      const res = await push(h, d, [e]);
      expect(res.body.results, name).toEqual([{ mutationId, status: 'applied' }]);
    };
    for (const [i, c] of cases.entries()) {
      const party = c.parties.find((p) => p.phones.length > 0 && p.addresses.length > 0)!;
      const call = (outcome: 'promise' | 'no_answer' | 'wrong_number' | 'right_party_contact', day: number) => ({
        ...GOOD.recordActivity, id: newId(), caseId: c.id, partyId: party.id, phoneId: party.phones[0]!.id, outcome, at: at(day), nextActionDate: null, nextAction: null,
      });
      const promised = call('promise', 3 + i);
      await send(collector, 'recordActivity', promised);
      await send(collector, 'recordActivity', call('no_answer', 4 + i));
      const wrong = call('wrong_number', 5 + i);
      await send(collector, 'recordActivity', wrong);
      await send(collector, 'recordActivity', call('right_party_contact', 28));
      // 1 December in Shanghai: outside the month
      await send(collector, 'recordActivity', { ...call('right_party_contact', 30), at: '2026-11-30T16:30:00.000Z' });
      await send(collector, 'recordOverride', { ...GOOD.recordOverride, id: newId(), caseId: c.id, supervisorId: supervisor.userId, subject: { kind: 'activity', id: wrong.id }, overriddenAt: at(5 + i) });
      await send(collector, 'createPromise', { id: newId(), caseId: c.id, activityId: promised.id, amountFen: 50_000 + i * 10_000, dueDate: `2026-11-1${i}`, madeAt: at(3 + i) });
      await send(collector, 'createPromise', { id: newId(), caseId: c.id, activityId: null, amountFen: 30_000, dueDate: '2026-11-20', madeAt: at(6) });
      // A receipt and the bank's record of the same money: counted once
      const receiptId = newId();
      await send(collector, 'recordReceipt', { ...GOOD.recordReceipt, id: receiptId, caseId: c.id, number: formatReceiptNumber(collector.deviceCode, '20261109', 1 + i * 2), amountFen: 50_000, receivedAt: at(9) });
      // (the bank's record arrives through head office's repayment import, below)
      // A voided receipt is no money
      const voided = newId();
      await send(collector, 'recordReceipt', { ...GOOD.recordReceipt, id: voided, caseId: c.id, number: formatReceiptNumber(collector.deviceCode, '20261112', 2 + i * 2), amountFen: 7_700, receivedAt: at(12) });
      await send(collector, 'voidReceipt', { caseId: c.id, receiptId: voided, reason: '金额填写错误', voidedAt: at(12, 3) });
      await send(collector, 'recordPayment', { id: newId(), caseId: c.id, amountFen: 12_345, paidOn: '2026-11-25', source: 'transfer', receiptId: null, reference: null, recordedAt: at(25) });
      await send(collector, 'openDispute', { ...GOOD.openDispute, id: newId(), caseId: c.id, kind: i === 0 ? 'complaint' : 'dispute', openedAt: at(15) });
      const letterId = newId();
      await send(collector, 'issueLetter', { ...GOOD.issueLetter, id: letterId, caseId: c.id, partyId: party.id, number: `CS-${branchCode}-2026-KPI${i}AB-00000${i + 1}`, issuedAt: at(7) });
      await send(collector, 'recordLetterDelivery', { ...GOOD.recordLetterDelivery, caseId: c.id, letterId, outcome: 'sent', at: at(8) });
      if (i === 0) await send(collector, 'recordLetterDelivery', { ...GOOD.recordLetterDelivery, caseId: c.id, letterId, outcome: 'delivered', at: at(10) });
    }
    // The bank's record of the receipted money: a core-banking payment comes only from the repayment extract.
    const repayments = await importPayments(db, {
      format: 'csv', encoding: 'utf-8', header: ['transaction_ref', 'account_number', 'amount', 'value_date'],
      rows: cases.map((c, i) => ({ rowNumber: i + 2, cells: { transaction_ref: `CB-KPI-${i}`, account_number: c.accounts[0]!.accountNumber, amount: '500.00', value_date: '2026-11-10' } })),
    }, { now: new Date(at(11)) });
    expect(repayments.counts.new).toBe(cases.length);

    // An agency's results file on the first case (docs/kpi.md, "Agency recovery"): a contact, a payment, a promise,
    // made by the agency. The case is given to it directly here (the app's proposal is tested elsewhere).
    const agency = await createAgency(db, {
      name: '对账测试委外机构', licenceNumber: 'KPI-PARITY-0001', contractStart: '2026-01-01', contractEnd: '2027-12-31', commissionBps: 1000, branches: [branchCode],
      exportFields: ['caseNumber'], unmasked: [], status: 'active', verifyContact: '本行客服 95588',
    }, 'demo-admin', new Date(at(1)));
    await db.query(`INSERT INTO agency_cases (id, agency_id, case_id, assigned_by, assigned_at, reason) VALUES ('ac-kpi-1', $1, $2, 'demo-admin', $3, '对账测试')`, [agency.id, cases[0]!.id, at(1)]);
    const phone = cases[0]!.parties.find((p) => p.role === 'borrower')!.phones.find((p) => p.retiredAt === null)!.number;
    const file = ['案件编号,类型,日期,时间,金额,方式,电话,结果,流水号', `${cases[0]!.caseNumber},联系,2026-11-19,10:30,,电话,${phone},接通本人,`, `${cases[0]!.caseNumber},还款,2026-11-20,,321.00,,,,AG-KPI-1`, `${cases[0]!.caseNumber},承诺,2026-11-28,,200.00,,,,`].join('\r\n');
    const stored = await storeResultFile(db, { bytes: Buffer.from(file, 'utf8'), fileName: 'kpi.csv', agency, userId: 'demo-admin', at: new Date(at(21)) });
    expect(stored.file.rejections).toEqual([]);
  }, 120_000);

  afterAll(async () => {
    store?.close();
    await h?.close();
    await db?.close();
  });

  it('the collector’s device, after a pull, reads the same records and computes the same figures', async () => {
    const opened = await openStore('live', new IDBFactory(), IDBKeyRange);
    if (!opened.ok) throw new Error(opened.detail);
    store = opened.store;
    const identity = await store.device.identity();
    const session = await signIn(h, officerId, identity.deviceId);
    const client = createSyncClient({ baseUrl: h.url, fetch: globalThis.fetch, db: store.db, credentials: () => session, now: () => new Date(at(30)) });
    const synced = await client.syncOnce();
    if (!synced.ok) throw new Error(synced.error.message);

    const scope = { branchCode, officerId };
    const device = await readOnDevice(store.db, scope);
    const office = await readAtHeadOffice(db, scope);
    expect(sorted(device)).toEqual(sorted(office));

    const options = { graceDays: 3 };
    const onDevice = computeKpis(device, november, options);
    const atOffice = computeKpis(office, november, options);
    expect(onDevice).toEqual(atOffice);
    // The data reached every measure: the figures are not all zero.
    expect(atOffice.cases).toBeGreaterThanOrEqual(2);
    expect(atOffice).toMatchObject({ recoveredFen: 2 * (50_000 + 12_345), attempts: 8, overrides: 2, complaints: 1, lettersIssued: 2, lettersDelivered: 1 });
    // The agency's work apart, the same on both sides.
    expect(atOffice.agency).toEqual({ recoveredFen: 32_100, attempts: 1, promises: 1 });
    expect(atOffice.promisesKept.den).toBeGreaterThan(0);
    expect(atOffice.contactRate).toEqual({ num: 6, den: 8 });
    expect(kpisBy(device, november, options, byCollector)).toEqual(kpisBy(office, november, options, byCollector));
  }, 60_000);
});
