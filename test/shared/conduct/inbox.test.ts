import { describe, expect, it } from 'vitest';
import { conductByCollector, openExceptions, type ConductException } from '../../../shared/conduct';
import { conductExceptionsBy, monthPeriod } from '../../../shared/kpi';

const base: ConductException = {
  id: '1', recordKind: 'recordActivity', recordId: 'r1', caseId: 'c1', caseNumber: 'CS-1', branchCode: 'B1', userId: 'u1', deviceId: 'd1',
  ruleId: 'cn.window.contactHours', action: 'block', messageKey: 'm', params: {}, clock: 'head_office', claimedAt: '2026-11-23T03:30:00.000Z',
  receivedAt: '2026-11-23T15:30:00.000Z', skewMinutes: 720, foundAt: '2026-11-23T15:30:00.000Z', overriddenBy: null, reviewedBy: null, reviewedAt: null, reviewNote: null,
};
const x = (over: Partial<ConductException>): ConductException => ({ ...base, ...over });

describe('the supervisor’s open conduct exceptions', () => {
  it.each([
    ['none', [], []],
    ['one open', [x({})], ['1']],
    ['a reviewed one is not open', [x({ reviewedBy: 'sup', reviewedAt: base.foundAt, reviewNote: '已谈话' })], []],
    ['one an override covered is not open', [x({ overriddenBy: 'ov1' })], []],
    ['another branch’s is not shown', [x({ branchCode: 'B2' })], []],
    ['newest found first, then the larger id', [
      x({ id: '2', foundAt: '2026-11-20T01:00:00.000Z' }), x({ id: '3', foundAt: '2026-11-23T01:00:00.000Z' }), x({ id: '10', foundAt: '2026-11-23T01:00:00.000Z' }),
    ], ['10', '3', '2']],
  ] as const)('%s', (_name, input, ids) => {
    expect(openExceptions(input, 'B1').map((e) => e.id)).toEqual(ids);
  });

  it('per collector: open and reviewed, never an override’s, only the branch’s', () => {
    const by = conductByCollector([
      x({ id: '1' }), x({ id: '2', reviewedBy: 'sup' }), x({ id: '3', overriddenBy: 'ov' }), x({ id: '4', userId: 'u2' }), x({ id: '5', branchCode: 'B2', userId: 'u3' }),
    ], 'B1');
    expect([...by.values()]).toEqual([{ userId: 'u1', open: 1, reviewed: 1 }, { userId: 'u2', open: 1, reviewed: 0 }]);
  });
});

describe('合规异常数 per collector in a period (docs/kpi.md)', () => {
  const november = monthPeriod('2026-11');
  it.each([
    ['found in the month', [x({})], { u1: 1 }],
    // 2026-11-30T16:30Z is 1 December 00:30 in Shanghai: head office's day, not the month's.
    ['found just after the month ends in Shanghai', [x({ foundAt: '2026-11-30T16:30:00.000Z' })], {}],
    ['found on the month’s first minute in Shanghai', [x({ foundAt: '2026-10-31T16:00:00.000Z' })], { u1: 1 }],
    ['a reviewed one still counts: it happened', [x({ reviewedBy: 'sup' })], { u1: 1 }],
    ['one an override covered does not', [x({ overriddenBy: 'ov' })], {}],
    ['two rules on one record: two', [x({}), x({ id: '2', ruleId: 'cn.cap.connectedPerDebtor' })], { u1: 2 }],
  ] as const)('%s', (_name, input, expected) => {
    expect(Object.fromEntries(conductExceptionsBy(input, november))).toEqual(expected);
  });
});
