import { describe, expect, it } from 'vitest';
import { holdsOfCase } from '../../../shared/compliance/holds';
import { checkLetter, type LetterProblem } from '../../../shared/letters';
import type { Case } from '../../../shared/domain/case';
import { fixtureCase, fixtureInput } from './fixture';

type DisputeLike = Parameters<typeof holdsOfCase>[1][number];
const OPENED = '2026-12-01T02:00:00Z';
const dispute: DisputeLike = { kind: 'dispute', openedAt: OPENED, resolvedAt: null };
const complaint: DisputeLike = { kind: 'complaint', openedAt: OPENED, resolvedAt: null };
const resolved: DisputeLike = { ...dispute, resolvedAt: '2026-12-02T02:00:00Z' };
// Taken up by a supervisor (受理核查) but not yet resolved: still a hold (a device's stored record, extra fields and all).
const underReview: DisputeLike = { ...dispute, reviewedAt: '2026-12-01T06:00:00Z', reviewedBy: 'demo-supervisor-310115' } as DisputeLike;
const withdrawn: DisputeLike = { ...underReview, resolvedAt: '2026-12-03T02:00:00Z', outcome: 'withdrawn' } as DisputeLike;

const holdProblems = (ps: LetterProblem[]) => ps.filter((p) => p.code === 'hold').map((p) => `${p.severity}:${p.ruleId}:${p.params.reason}`);

/** [why, the case, its disputes and complaints, the hold problems a demand notice gets (mainland pack)] */
const TABLE: [string, Partial<Case>, DisputeLike[], string[]][] = [
  ['no hold, no dispute', {}, [], []],
  ['an open dispute on a case still contacting (letters used to look at the status only)', {}, [dispute], ['block:cn.hold.dispute:dispute']],
  ['an open complaint on a case still contacting', {}, [complaint], ['warn:cn.hold.complaint:complaint']],
  ['a resolved dispute holds nothing', {}, [resolved], []],
  ['a dispute under review still holds, on a case on hold for it', { status: 'on_hold', holdReason: 'dispute' }, [underReview], ['block:cn.hold.dispute:dispute']],
  ['a dispute withdrawn after review holds nothing', { status: 'contacting', holdReason: null }, [withdrawn], []],
  ['a case on hold for its open dispute: one problem, not two', { status: 'on_hold', holdReason: 'dispute' }, [dispute], ['block:cn.hold.dispute:dispute']],
  ['the dispute resolved and the case back to contacting', { status: 'contacting', holdReason: null }, [resolved], []],
  ['an open dispute on a case at law: the dispute and the litigation', { status: 'legal' }, [dispute], ['block:cn.hold.dispute:dispute', 'block:cn.hold.litigation:litigation']],
  ['a case on hold for a reason the pack has no name for', { status: 'on_hold', holdReason: 'other' }, [], ['block:cn.hold.other:other']],
];

describe('letters respect the holds the contact check respects', () => {
  it.each(TABLE)('%s', (_why, over, disputes, expected) => {
    const c = fixtureCase(over);
    const problems = checkLetter(fixtureInput({ case: c, holds: holdsOfCase(c, disputes) }));
    expect(holdProblems(problems).sort()).toEqual([...expected].sort());
    if (expected.some((e) => e.startsWith('block:'))) expect(problems.find((p) => p.code === 'hold' && p.severity === 'block')!.sources!.length).toBeGreaterThan(0);
  });

  it('a field receipt for money handed over still prints under an open dispute', () => {
    const problems = checkLetter(fixtureInput({ type: 'field_receipt', holds: holdsOfCase(fixtureCase(), [dispute]) }));
    expect(problems.some((p) => p.code === 'hold')).toBe(false);
  });
});
