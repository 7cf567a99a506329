import { describe, expect, it } from 'vitest';
import { getPack } from '../../../shared/compliance';
import type { ContactAttempt } from '../../../shared/compliance/contact';
import { recheckRecord, type RecheckSubject } from '../../../shared/conduct';
import type { Case, Party } from '../../../shared/domain/case';
import { account, makeCase } from '../limitation/fixture';

const pack = getPack('cn-2026');
const borrower: Party = {
  id: 'B', role: 'borrower', name: '张三', idNumber: '11010519491231002X', guaranteeType: null,
  phones: [{ id: 'ph1', number: '13800138000', kind: 'mobile', source: 'core_banking', addedAt: '2026-01-01T00:00:00Z', retiredAt: null, retiredReason: null }],
  addresses: [],
};
const caseRecord: Case = makeCase([account('A1', '2026-01-01')], [borrower]);

const at = (local: string, day = '2026-11-23') => `${day}T${local}:00+08:00`;
const subject = (claimed: string, received: string, over: Partial<RecheckSubject> = {}): RecheckSubject => ({
  recordKind: 'recordActivity', recordId: 'r1', caseRecord, partyId: 'B', channel: 'phone', phoneId: 'ph1', claimedAt: claimed, receivedAt: received, text: '本人接听', ...over,
});
const judge = (s: RecheckSubject, history: ContactAttempt[] = []) => recheckRecord({ pack, subject: s, history, disputes: [] });
const rules = (s: RecheckSubject, history: ContactAttempt[] = []) => judge(s, history).findings.map((f) => `${f.ruleId}@${f.clock}`);

describe('head office re-check: clocks', () => {
  it.each([
    ['in hours, pushed at once: clean', at('10:00'), at('10:05'), [], false, 5],
    ['a device twelve hours behind, really 23:30: broken on head office’s clock', at('11:30'), at('23:30'), ['cn.window.contactHours@head_office'], true, 720],
    ['made at 23:30 and pushed at once: broken on the device’s clock', at('23:30'), at('23:35'), ['cn.window.contactHours@device'], false, 5],
    ['a device twelve hours ahead claiming 23:30: broken on its own claim only', at('23:30'), at('11:30'), ['cn.window.contactHours@device'], true, -720],
    ['22:00 claimed, 22:40 arrived: broken on both', at('22:00'), at('22:40'), ['cn.window.contactHours@both'], true, 40],
    ['arrival 30 minutes later is not suspect (22:00 at arrival not judged)', at('21:30'), at('22:00'), [], false, 30],
    ['arrival 31 minutes later is suspect and judged at 22:01 too', at('21:30'), at('22:01'), ['cn.window.contactHours@head_office'], true, 31],
    ['a claim 5 minutes after arrival is drift', at('21:59'), at('21:54'), [], false, -5],
    ['a claim 6 minutes after arrival is suspect', at('07:59'), at('07:53'), ['cn.window.contactHours@both'], true, -6],
  ] as const)('%s', (_name, claimed, received, expected, suspect, skew) => {
    const r = judge(subject(claimed, received));
    expect(r.findings.map((f) => `${f.ruleId}@${f.clock}`)).toEqual(expected);
    expect(r.clockSuspect).toBe(suspect);
    expect(r.skewMinutes).toBe(skew);
  });

  it('the explanation carries the local time that broke the window', () => {
    const [f] = judge(subject(at('11:30'), at('23:30'))).findings;
    expect(f).toMatchObject({ messageKey: 'compliance.contactWindow', params: { localTime: '23:30', start: '08:00', end: '22:00', timeZone: 'Asia/Shanghai' } });
  });
});

describe('head office re-check: history from every device', () => {
  const connected = (local: string): ContactAttempt => ({ at: at(local), channel: 'phone', partyId: 'B', partyRole: 'borrower', phoneNumber: '13800138000', outcome: 'connected', rightParty: true });
  it.each([
    ['two connected calls before: the third is allowed', 2, []],
    ['three connected calls before: the fourth breaks the cap', 3, ['cn.cap.connectedPerDebtor@device']],
  ] as const)('%s', (_name, n, expected) => {
    const history = ['09:00', '09:30', '10:00'].slice(0, n).map(connected);
    expect(rules(subject(at('11:00'), at('11:05')), history)).toEqual(expected);
  });

  it('calls of another day do not count', () => {
    const history = ['09:00', '09:30', '10:00'].map((t) => ({ ...connected(t), at: at(t, '2026-11-22') }));
    expect(rules(subject(at('11:00'), at('11:05')), history)).toEqual([]);
  });
});

describe('head office re-check: holds, visits, wording', () => {
  it('a contact while a dispute is open (CN: block) is flagged; an open complaint only warns and is not', () => {
    const open = (kind: 'dispute' | 'complaint') => recheckRecord({ pack, subject: subject(at('10:00'), at('10:05')), history: [], disputes: [{ kind, openedAt: at('09:00'), resolvedAt: null }] });
    expect(open('dispute').findings.map((f) => f.ruleId)).toEqual(['cn.hold.dispute']);
    expect(open('complaint').findings).toEqual([]);
  });
  it('a resolved dispute holds nothing', () => {
    const r = recheckRecord({ pack, subject: subject(at('10:00'), at('10:05')), history: [], disputes: [{ kind: 'dispute', openedAt: at('09:00'), resolvedAt: at('09:30') }] });
    expect(r.findings).toEqual([]);
  });
  it.each([
    [1, ['cn.visit.minStaff@device']],
    [2, []],
  ] as const)('a visit by %i people', (staffCount, expected) => {
    expect(rules(subject(at('10:00'), at('10:05'), { recordKind: 'recordVisit', channel: 'visit', phoneId: null, staffCount, text: '' }))).toEqual(expected);
  });
  it('a note with prohibited wording is flagged with the phrase (a tampered app saved it)', () => {
    const r = judge(subject(at('10:00'), at('10:05'), { text: '再不还就让你坐牢' }));
    expect(r.findings).toEqual([expect.objectContaining({ ruleId: 'cn.wording.legalConsequences', clock: 'device', params: { phrase: '坐牢' } })]);
  });
});
