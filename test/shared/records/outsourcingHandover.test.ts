import { describe, expect, it } from 'vitest';
import { outsourcingStateOf, type OutsourcingHandover } from '../../../shared/records/outsourcingHandover';

const h = (id: string, move: OutsourcingHandover['move'], at: string): OutsourcingHandover => ({ id, caseId: 'c1', agencyId: 'a1', move, proposalId: move === 'give' ? 'p1' : null, reason: '理由', at, makerId: 'demo-admin' });

describe('a case’s standing with agencies (the newest handover)', () => {
  it.each([
    ['never given', [], null],
    ['given', [h('1', 'give', '2026-11-01T02:00:00Z')], '1'],
    ['given, then recalled', [h('1', 'give', '2026-11-01T02:00:00Z'), h('2', 'recall', '2026-11-20T02:00:00Z')], '2'],
    ['recalled, then given again, in any order', [h('3', 'give', '2026-12-01T02:00:00Z'), h('1', 'give', '2026-11-01T02:00:00Z'), h('2', 'recall', '2026-11-20T02:00:00Z')], '3'],
    ['by time, not by text: 09:00+08:00 is before 02:00Z the same day', [h('1', 'recall', '2026-11-20T09:00:00+08:00'), h('2', 'give', '2026-11-20T02:00:00Z')], '2'],
    ['the same instant: the later id', [h('a', 'give', '2026-11-20T02:00:00Z'), h('b', 'recall', '2026-11-20T02:00:00.000Z')], 'b'],
  ] as const)('%s', (_, list, id) => {
    expect(outsourcingStateOf(list)?.id ?? null).toBe(id);
  });
});
