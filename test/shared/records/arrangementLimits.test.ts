import { describe, expect, it } from 'vitest';
import { ProposeArrangementInput } from '../../../renderer/src/arrangements/actions/proposeArrangement';
import { ArrangementSchema } from '../../../shared/records/arrangement';
import { ARRANGEMENT_MAX_EVIDENCE, ARRANGEMENT_TEXT_MAX_LENGTH, ARRANGEMENT_TEXT_MIN_LENGTH } from '../../../shared/records/limits';
import { RECORD_KINDS } from '../../../shared/records/registry';
import { GOOD } from '../sync/fixtures';

/** The arrangement's limits (shared/records/limits.ts) agree at their boundary: the action's input, the local record, the wire. */
const local = { ...GOOD.proposeArrangement, makerId: 'u1', decision: { status: 'proposed' as const, approverId: null, decidedAt: null, reason: null } };
const parsers = {
  action: (a: object) => ProposeArrangementInput.safeParse({ ...GOOD.proposeArrangement, ...a }).success,
  record: (a: object) => ArrangementSchema.safeParse({ ...local, ...a }).success,
  wire: (a: object) => RECORD_KINDS.proposeArrangement.args.safeParse({ ...GOOD.proposeArrangement, ...a }).success,
};
const every = (a: object) => Object.values(parsers).map((p) => p(a));

describe('arrangement limits agree at their boundary', () => {
  it.each([
    ['the shortest text (counted as a person counts characters, spaces trimmed)', { reasons: ` ${'病'.repeat(ARRANGEMENT_TEXT_MIN_LENGTH)} ` }, true],
    ['one character short', { reasons: '病'.repeat(ARRANGEMENT_TEXT_MIN_LENGTH - 1) }, false],
    ['the longest text', { proposal: '停'.repeat(ARRANGEMENT_TEXT_MAX_LENGTH) }, true],
    ['one character too long', { proposal: '停'.repeat(ARRANGEMENT_TEXT_MAX_LENGTH + 1) }, false],
    ['a control character', { proposal: '暂停催收\u0007三个月' }, false],
    ['the most evidence', { evidenceIds: Array.from({ length: ARRANGEMENT_MAX_EVIDENCE }, (_, i) => i.toString(16).padStart(64, '0')) }, true],
    ['one attachment too many', { evidenceIds: Array.from({ length: ARRANGEMENT_MAX_EVIDENCE + 1 }, (_, i) => i.toString(16).padStart(64, '0')) }, false],
  ])('%s: %o → %s everywhere', (_what, args, ok) => {
    expect(every(args)).toEqual([ok, ok, ok]);
  });

  it('a decided arrangement carries its approver, time and reason, and only then', () => {
    const decided = { status: 'approved' as const, approverId: 's1', decidedAt: '2026-03-02T00:00:00Z', reason: '同意' };
    expect(ArrangementSchema.safeParse({ ...local, decision: decided }).success).toBe(true);
    expect(ArrangementSchema.safeParse({ ...local, decision: { ...decided, approverId: null } }).success).toBe(false);
    expect(ArrangementSchema.safeParse({ ...local, decision: { ...local.decision, reason: '同意' } }).success).toBe(false);
    // Stamped "before" the proposal by a supervisor's laptop whose clock is behind the collector's: still taken.
    expect(ArrangementSchema.safeParse({ ...local, decision: { ...decided, decidedAt: '2025-03-01T01:00:00Z' } }).success).toBe(true);
  });
});
