import { describe, expect, it } from 'vitest';
import { arrangementInForce, arrangementText, buildLetter, prepareLetter, builtInTemplate } from '../../../shared/letters';
import type { Payment, PromiseToPay, RepaymentPlan } from '../../../shared/fieldwork/records';
import { draftPlan } from '../../../shared/fieldwork/plans';
import { fixtureInput } from './fixture';

const promise = (over: Partial<PromiseToPay> = {}): PromiseToPay => ({ id: 'pr-1', caseId: 'case-1', activityId: 'pr-1', amountFen: 100_000, dueDate: '2026-12-10', channel: 'phone', createdAt: '2026-12-01T02:00:00Z', ...over }) as PromiseToPay;
const pay = (paidOn: string, amountFen: number, id = `pay-${paidOn}`): Payment => ({ id, caseId: 'case-1', amountFen, paidOn, source: 'transfer', receiptId: null, reference: null, recordedAt: `${paidOn}T04:00:00Z` });
const approvedPlan = (): RepaymentPlan => {
  const p = draftPlan({ id: 'plan-1', caseId: 'case-1', outstandingFen: 600_000, instalments: [{ seq: 1, dueDate: '2026-12-15', amountFen: 300_000 }, { seq: 2, dueDate: '2027-01-15', amountFen: 300_000 }], kind: 'custom', createdAt: '2026-11-30T02:00:00Z', makerId: 'u-1' }, 0);
  return { ...p, approval: { status: 'approved', approverId: 'u-2', decidedAt: '2026-11-30T03:00:00Z', reason: null } };
};
const run = (over: { promises?: PromiseToPay[]; plans?: RepaymentPlan[]; payments?: Payment[]; issueDate: string }) =>
  arrangementInForce({ promises: over.promises ?? [], plans: over.plans ?? [], payments: over.payments ?? [], issueDate: over.issueDate, graceDays: 3, timeZone: 'Asia/Shanghai' });

describe('arrangementInForce', () => {
  it.each([
    ['nothing recorded', {}, '2026-12-05', null],
    ['a promise due after the letter date', { promises: [promise()] }, '2026-12-05', 'promise'],
    ['a promise due on the letter date', { promises: [promise()] }, '2026-12-10', 'promise'],
    ['a promise due the day before', { promises: [promise()] }, '2026-12-11', null],
    ['a promise made after the letter date (a copy says what the original said)', { promises: [promise()] }, '2026-11-30', null],
    ['a promise already paid', { promises: [promise()], payments: [pay('2026-12-03', 100_000)] }, '2026-12-05', null],
    ['a running approved plan wins over a promise', { promises: [promise()], plans: [approvedPlan()] }, '2026-12-05', 'plan'],
  ] as const)('%s', (_, records, issueDate, kind) => {
    expect(run({ ...records, issueDate } as Parameters<typeof run>[0])?.kind ?? null).toBe(kind);
  });

  it('a promise part paid asks for what is left', () => {
    expect(run({ promises: [promise()], payments: [pay('2026-12-02', 40_000)], issueDate: '2026-12-05' })).toEqual({ kind: 'promise', madeOn: '2026-12-01', dueDate: '2026-12-10', amountFen: 60_000 });
  });

  it('a plan: the next instalment, less what was paid toward it', () => {
    expect(run({ plans: [approvedPlan()], payments: [pay('2026-12-01', 100_000)], issueDate: '2026-12-05' })).toEqual({ kind: 'plan', agreedOn: '2026-11-30', instalments: 2, nextDueDate: '2026-12-15', nextAmountFen: 200_000 });
  });

  it('a plan pending approval or broken is not in force', () => {
    const pending = { ...approvedPlan(), approval: { status: 'pending' as const, approverId: null, decidedAt: null, reason: null } };
    expect(run({ plans: [pending], issueDate: '2026-12-05' })).toBeNull();
    expect(run({ plans: [approvedPlan()], issueDate: '2026-12-20' })).toBeNull(); // first instalment missed past grace
  });

  it('reads the same in each language', () => {
    const a = { kind: 'promise', madeOn: '2026-12-01', dueDate: '2026-12-10', amountFen: 100_000 } as const;
    expect(arrangementText(a, 'zh-CN')).toBe('您已于2026年12月1日承诺于2026年12月10日前还款¥1,000.00');
    expect(arrangementText(a, 'en')).toBe('on 1 December 2026 you promised to pay ¥1,000.00 by 10 December 2026');
  });
});

describe('a demand mentions the arrangement in force', () => {
  const inForce = { kind: 'promise', madeOn: '2026-12-01', dueDate: '2026-12-10', amountFen: 100_000 } as const;
  it.each(['reminder', 'demand_notice', 'final_demand'] as const)('%s: with one, a paragraph says it; without, none and nothing unfilled', (type) => {
    const withOne = prepareLetter(fixtureInput({ type, inForce }));
    expect(withOne.closing.map((p) => p.text).join('\n')).toContain('我行已记录：您已于2026年12月1日承诺于2026年12月10日前还款¥1,000.00。');
    const without = prepareLetter(fixtureInput({ type }));
    expect(without.closing.map((p) => p.text).join('\n')).not.toContain('我行已记录');
    expect(without.closing.flatMap((p) => p.unfilled)).toEqual([]);
    expect(buildLetter(fixtureInput({ type })).problems.filter((p) => p.code === 'placeholder_unfilled')).toEqual([]);
  });
  it('English letters say it in English', () => {
    const en = prepareLetter(fixtureInput({ type: 'demand_notice', language: 'en', inForce }));
    expect(en.closing.map((p) => p.text).join('\n')).toContain('Our records show that on 1 December 2026 you promised to pay ¥1,000.00 by 10 December 2026.');
  });
  it('a copy of a letter issued under 2026.1 prints the 2026.1 text', () => {
    const old = builtInTemplate('demand_notice', 'zh-CN', '2026.1')!;
    const copy = prepareLetter(fixtureInput({ type: 'demand_notice', template: old, inForce }));
    expect(copy.closing.map((p) => p.text).join('\n')).not.toContain('我行已记录');
    expect(prepareLetter(fixtureInput({ type: 'demand_notice' })).template?.version).toBe('2026.2');
  });
});
