import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../renderer/src/store/openStore';
import { BRANCH_DIRECTORY_META_KEY, readBranchDirectory, readRecentActivities, readTeamRecords } from '../../../renderer/src/team/repository/teamReads';
import type { RegisteredLetter } from '../../../renderer/src/store/letterRow';
import type { Activity, Dispute, Payment, PromiseToPay, Receipt } from '../../../shared/fieldwork/records';
import { teamFigures, type TeamMember } from '../../../shared/team/teamFigures';
import { teamPeriod } from '../../../shared/team/teamPeriod';
import { makeCase } from '../../fixtures/cases';
import { closeTestStore, openTestStore } from '../store/fixture';

// Wednesday 2026-11-25, 10:00 in Shanghai; the week began on Monday 2026-11-23.
const NOW = new Date('2026-11-25T02:00:00Z');
const period = teamPeriod(NOW, 'Asia/Shanghai');
const GRACE = 3;
const cases = [makeCase(1, { officerId: 'wang' }), makeCase(2, { officerId: 'li' }), makeCase(3, { officerId: 'wang' })];
const members: TeamMember[] = [
  { id: 'wang', name: '王芳', role: 'collector', lastSyncAt: null },
  { id: 'li', name: '李强', role: 'collector', lastSyncAt: null },
];

let n = 0;
const activity = (caseIndex: number, userId: string, at: string, outcome: Activity['outcome'], override = false): Activity => {
  const c = cases[caseIndex]!;
  return {
    id: `a-${(n += 1)}`, caseId: c.id, partyId: c.parties[0]!.id, channel: 'phone', phoneId: c.parties[0]!.phones[0]!.id, addressId: null, outcome,
    notes: '客户称下周还款', nextAction: null, nextActionDate: null, at, userId, deviceId: 'dev-1',
    override: override ? { ruleIds: ['cn.cap.attemptsPerDebtor'], supervisorId: 'zhao', reason: '客户约定今日再次回电' } : null,
  };
};
const receipt = (caseIndex: number, userId: string, receivedAt: string, amountFen: number, voided = false): Receipt => ({
  id: `r-${(n += 1)}`, number: `SK-D0001-${String(n).padStart(6, '0')}`, caseId: cases[caseIndex]!.id, payerName: '付款人', amountFen, method: 'cash', receivedAt, userId, deviceId: 'dev-1',
  voided: voided ? { at: receivedAt, reason: '金额写错了，重开', userId } : null,
});
const letter = (caseIndex: number, issuerId: string, issuedAt: string, copy = false): RegisteredLetter => ({
  id: `l-${(n += 1)}`, number: `L-${n}`, type: 'reminder', templateId: 't', templateVersion: '1', caseId: cases[caseIndex]!.id, caseNumber: cases[caseIndex]!.caseNumber, partyId: 'p', recipientName: '收件人',
  issueDate: issuedAt.slice(0, 10), deadline: null, totalFen: 1, verificationCode: 'v', noticeCount: 1, pdfSha256: '0'.repeat(64), pdfBytes: 1, issuerId, issuedAt, copy,
  delivery: { method: null, trackingNumber: null, status: 'not_sent', at: null, evidence: null }, acknowledgement: null, voided: null,
});
const promise = (caseIndex: number, dueDate: string, amountFen = 100_00): PromiseToPay => ({
  id: `p-${(n += 1)}`, caseId: cases[caseIndex]!.id, activityId: 'x', amountFen, dueDate, channel: 'phone', createdAt: '2026-11-01T10:00:00+08:00', userId: 'wang', deviceId: 'dev-1',
});
const payment = (caseIndex: number, paidOn: string, amountFen: number): Payment => ({
  id: `y-${(n += 1)}`, caseId: cases[caseIndex]!.id, amountFen, paidOn, source: 'transfer', receiptId: null, recordedAt: `${paidOn}T12:00:00+08:00`,
});
const dispute = (caseIndex: number, kind: Dispute['kind'], resolved = false): Dispute => ({
  id: `d-${(n += 1)}`, caseId: cases[caseIndex]!.id, kind, description: '对金额有异议', openedAt: '2026-11-20T10:00:00+08:00',
  resolvedAt: resolved ? '2026-11-24T10:00:00+08:00' : null, resolution: resolved ? '已核实无误' : null, outcome: resolved ? 'rejected' : null,
  openedBy: 'wang', reviewedAt: null, reviewedBy: null, evidence: [],
});

describe('the team view’s reads on the device (encrypted store)', () => {
  let store: Store;
  beforeEach(async () => {
    store = (await openTestStore(cases)).store;
    const db = store.db;
    await db.activities.bulkAdd([
      activity(0, 'wang', '2026-11-25T01:00:00.000Z', 'right_party_contact'),
      activity(0, 'wang', '2026-11-25T09:30:00+08:00', 'no_answer'), // today, written with an offset
      activity(1, 'li', '2026-11-24T23:30:00+08:00', 'busy', true), // yesterday 23:30 local = 15:30Z: this week, not today
      activity(1, 'li', '2026-11-23T00:10:00+08:00', 'busy', true), // Monday 00:10 local = Sunday 16:10Z: this week
      activity(1, 'li', '2026-11-22T23:50:00+08:00', 'busy', true), // Sunday 23:50 local: last week
      activity(1, 'li', '2026-11-22T11:30:00-05:00', 'busy', true), // = Monday 00:30 in Shanghai, though its text sorts before Monday's
      activity(2, 'wang', '2026-11-19T10:00:00.000Z', 'promise'), // 6 days back: the timeline, not the week
      activity(2, 'wang', '2026-10-01T10:00:00.000Z', 'promise'), // long ago: not read at all
    ]);
    await db.receipts.bulkAdd([receipt(0, 'wang', '2026-11-25T01:00:00.000Z', 300_00), receipt(0, 'wang', '2026-11-25T08:00:00+08:00', 12_34), receipt(2, 'wang', '2026-11-25T03:00:00.000Z', 999_00, true), receipt(2, 'wang', '2026-11-23T03:00:00.000Z', 50_00)]);
    await db.letters.bulkAdd([letter(0, 'wang', '2026-11-25T01:00:00.000Z'), letter(0, 'wang', '2026-11-25T01:10:00.000Z', true), letter(1, 'li', '2026-11-23T02:00:00.000Z'), letter(1, 'li', '2026-11-10T02:00:00.000Z')]);
    await db.promises.bulkAdd([promise(0, '2026-11-25'), promise(1, '2026-11-19'), promise(1, '2026-11-10'), promise(2, '2026-10-01')]);
    await db.payments.bulkAdd([payment(1, '2026-11-12', 100_00)]);
    await db.disputes.bulkAdd([dispute(0, 'dispute'), dispute(1, 'complaint'), dispute(2, 'dispute', true)]);
  });
  afterEach(() => closeTestStore(store));

  it('gives the same figures as reading every record through the store (decrypted), while reading only the period', async () => {
    const db = store.db;
    const rows = await store.cases.listRows();
    const period_ = await readTeamRecords(db, period, GRACE);
    const everything = {
      activities: await db.activities.toArray(), promises: await db.promises.toArray(), payments: await db.payments.toArray(),
      receipts: await db.receipts.toArray(), letters: await db.letters.toArray(), disputes: await db.disputes.toArray(),
    };
    const fromPeriod = teamFigures(members, { ...period_, rows }, period, { graceDays: GRACE });
    expect(fromPeriod).toEqual(teamFigures(members, { ...everything, rows }, period, { graceDays: GRACE }));
    const wang = fromPeriod.rows.find((r) => r.key === 'wang')!;
    const li = fromPeriod.rows.find((r) => r.key === 'li')!;
    expect([wang.attemptsToday, wang.connectedToday, wang.rightPartyToday, wang.receiptsToday, wang.receiptsTodayFen, wang.lettersToday]).toEqual([2, 1, 1, 2, 312_34, 1]);
    // li: three overrides this week (the Sunday-night one is last week's), the promise due 11-19 broke on Monday, the one
    // due 11-10 was kept by the payment of 11-12; one open complaint.
    expect([li.overridesThisWeek, li.promisesBrokenThisWeek, li.lettersThisWeek, li.complaintsOpen]).toEqual([3, 1, 1, 1]);
    expect([wang.promisesDueToday, wang.disputesOpen]).toEqual([1, 1]);
    // Only the period (with its margin for offsets) was read: not last month's activity, receipt or letters.
    expect(period_.activities.map((a) => a.at)).not.toContain('2026-10-01T10:00:00.000Z');
    expect(period_.letters).toHaveLength(3);
    expect(period_.receipts.length).toBeLessThan(everything.receipts.length);
    // The 11-10 promise of the same case is read with it (payments match oldest first); case 3's is not.
    expect(period_.promises.map((p) => p.dueDate).sort()).toEqual(['2026-11-10', '2026-11-19', '2026-11-25']);
  });

  it('reads no personal data in clear: notes stay sealed', async () => {
    const { activities } = await readTeamRecords(store.db, period, GRACE);
    expect(activities.length).toBeGreaterThan(0);
    for (const a of activities) expect(JSON.stringify(a)).not.toContain('客户称下周还款');
  });

  it('a person’s timeline: their activities of the last 7 days, newest first', async () => {
    const list = await readRecentActivities(store.db, 'wang', period);
    expect(list.map((a) => a.at)).toEqual(['2026-11-25T09:30:00+08:00', '2026-11-25T01:00:00.000Z', '2026-11-19T10:00:00.000Z']);
  });

  it('the branch directory: absent, malformed (not used), or present', async () => {
    expect(await readBranchDirectory(store.db)).toEqual({ state: 'absent' });
    await store.db.meta.put({ key: BRANCH_DIRECTORY_META_KEY, value: { branchCode: '310115', members: 'nobody' } });
    expect(await readBranchDirectory(store.db)).toEqual({ state: 'invalid' });
    const directory = { branchCode: '310115', asOf: '2026-11-25T01:00:00Z', members: [{ id: 'wang', name: '王芳', role: 'collector', branchCode: '310115', devices: [] }] };
    await store.db.meta.put({ key: BRANCH_DIRECTORY_META_KEY, value: directory });
    expect(await readBranchDirectory(store.db)).toEqual({ state: 'present', directory });
  });
});
