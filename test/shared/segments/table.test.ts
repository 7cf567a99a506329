import { describe, expect, it } from 'vitest';
import { DEMO_SEGMENT_TABLE } from '../../../shared/segments/demoTable';
import { evaluateSegment, SegmentTableSchema, type SegmentFacts } from '../../../shared/segments/table';
import { segmentFactsOf } from '../../../shared/segments/facts';
import { EMPTY_PROFILE, profileOf } from '../../../shared/customer/profile';

const base: SegmentFacts = { reason: null, ability: null, willingness: null, bucket: 'M2', brokenPromises: 0, keptPromises: 0, lostContact: false, riskGrade: null };
const decide = (f: Partial<SegmentFacts>) => evaluateSegment(DEMO_SEGMENT_TABLE, { ...base, ...f });

describe('the demo segment decision table', () => {
  it('is a valid published table', () => {
    expect(SegmentTableSchema.safeParse(DEMO_SEGMENT_TABLE).success).toBe(true);
  });

  // Ability and willingness at the boundary between "weak" (1) and "some" (2), every pairing.
  it.each([
    [2, 2, 'able_willing', 'able-willing'],
    [3, 3, 'able_willing', 'able-willing'],
    [2, 1, 'able_unwilling', 'able-unwilling'],
    [3, 0, 'able_unwilling', 'able-unwilling'],
    [1, 2, 'unable_willing', 'unable-willing'],
    [0, 3, 'unable_willing', 'unable-willing'],
    [1, 1, 'unable_unwilling', 'unable-unwilling'],
    [0, 0, 'unable_unwilling', 'unable-unwilling'],
  ] as const)('ability %i, willingness %i → %s (row %s)', (ability, willingness, segment, row) => {
    const d = decide({ ability, willingness });
    expect(d.segment).toBe(segment);
    expect(d.row.id).toBe(row);
    expect(d.met.map((m) => m.actual)).toEqual([ability, willingness]);
  });

  it('unemployed, willing but unable → 无能力有意愿, with the row and the values that put it there', () => {
    const d = decide({ reason: 'unemployment', ability: 0, willingness: 3 });
    expect(d).toMatchObject({ segment: 'unable_willing', rowNumber: 6 });
    expect(d.met).toEqual([
      { condition: { test: 'range', fact: 'ability', max: 1 }, actual: 0 },
      { condition: { test: 'range', fact: 'willingness', min: 2 }, actual: 3 },
    ]);
  });

  it('suspected evasion needs able, willingness 0 and two broken promises: one broken is only able-unwilling', () => {
    expect(decide({ ability: 2, willingness: 0, brokenPromises: 2 }).segment).toBe('suspected_evasion');
    expect(decide({ ability: 2, willingness: 0, brokenPromises: 1 }).segment).toBe('able_unwilling');
    expect(decide({ ability: 2, willingness: 1, brokenPromises: 5 }).segment).toBe('able_unwilling');
    expect(decide({ ability: 1, willingness: 0, brokenPromises: 5 }).segment).toBe('unable_unwilling');
  });

  it('lost contact comes before what was learned, but after suspected evasion', () => {
    expect(decide({ lostContact: true, ability: 3, willingness: 3 }).segment).toBe('lost_contact');
    expect(decide({ lostContact: true, ability: 3, willingness: 0, brokenPromises: 2 }).segment).toBe('suspected_evasion');
  });

  it('an unknown fact never satisfies a range: nothing known is 尚未了解, ability alone is not enough', () => {
    expect(decide({}).segment).toBe('unknown');
    expect(decide({ ability: 3 }).segment).toBe('unknown');
    expect(decide({ willingness: 3 }).segment).toBe('unknown');
  });

  it('"forgot" counts as able and willing only while ability is not assessed', () => {
    expect(decide({ reason: 'forgot' }).row.id).toBe('forgot');
    expect(decide({ reason: 'forgot', ability: 0, willingness: 3 }).segment).toBe('unable_willing');
  });

  it('nothing learned but every recent promise kept and none broken → 有能力有意愿 (row unassessed-kept); one broken, or willingness known, is not', () => {
    expect(decide({ keptPromises: 1 }).row.id).toBe('unassessed-kept');
    expect(decide({ keptPromises: 1, brokenPromises: 1 }).segment).toBe('unknown');
    expect(decide({ keptPromises: 0 }).segment).toBe('unknown');
    expect(decide({ keptPromises: 3, willingness: 1 }).segment).toBe('unknown');
  });

  it('nothing learned: lost contact is 失联, nothing at all is 尚未了解 (the last row)', () => {
    expect(decide({ lostContact: true }).segment).toBe('lost_contact');
    expect(decide({ bucket: 'M6+', riskGrade: 'high' })).toMatchObject({ segment: 'unknown', rowNumber: DEMO_SEGMENT_TABLE.rows.length });
  });

  it("core banking's risk grade is used only when the extract carries one", () => {
    expect(decide({ brokenPromises: 2, riskGrade: 'high' }).segment).toBe('able_unwilling');
    expect(decide({ brokenPromises: 2, riskGrade: 'medium' }).segment).toBe('unknown');
    expect(decide({ brokenPromises: 2, riskGrade: null }).segment).toBe('unknown');
    expect(decide({ brokenPromises: 1, riskGrade: 'high' }).segment).toBe('unknown');
  });
});

describe('a published segment table is checked', () => {
  const row = (id: string, when: unknown[] = []) => ({ id, segment: 'unknown', when, note: { 'zh-CN': '说明', en: 'note' } });
  const errorPaths = (t: unknown) => {
    const r = SegmentTableSchema.safeParse(t);
    return r.success ? [] : r.error.issues.map((i) => i.path.join('.'));
  };

  it('refuses a table whose last row has a condition (a case could get no segment)', () => {
    expect(errorPaths({ title: 't', rows: [row('a', [{ test: 'is', fact: 'lostContact', value: true }])] })).toEqual(['rows.0.when']);
  });
  it('refuses a row id used twice, a value the fact does not have, an empty or inverted range, a scale past 3', () => {
    expect(errorPaths({ title: 't', rows: [row('a'), row('a')] })).toEqual(['rows.1.id']);
    expect(errorPaths({ title: 't', rows: [row('a', [{ test: 'oneOf', fact: 'reason', values: ['lazy'] }]), row('b')] })).toEqual(['rows.0.when.0.values.0']);
    expect(errorPaths({ title: 't', rows: [row('a', [{ test: 'range', fact: 'ability' }]), row('b')] })).toEqual(['rows.0.when.0.min']);
    expect(errorPaths({ title: 't', rows: [row('a', [{ test: 'range', fact: 'ability', min: 2, max: 1 }]), row('b')] })).toEqual(['rows.0.when.0.max']);
    expect(errorPaths({ title: 't', rows: [row('a', [{ test: 'range', fact: 'willingness', min: 4 }]), row('b')] })).toEqual(['rows.0.when.0.max']);
  });
});

describe('the facts a case is segmented on', () => {
  const fact = (id: string, learnedAt: string, facts: object) => ({ id, caseId: 'c1', activityId: null, learnedAt, makerId: 'u1', facts: { reason: null, ability: null, willingness: null, employer: null, occupation: null, incomeBand: null, payday: null, household: null, ...facts } });

  it('keeps the latest value of each fact with the date it was learned, whatever order the records came in', () => {
    const p = profileOf([fact('b', '2026-11-20T10:00:00+08:00', { willingness: 1 }), fact('a', '2026-11-01T10:00:00+08:00', { reason: 'unemployment', willingness: 3, payday: 10 })]);
    expect(p.reason).toEqual({ value: 'unemployment', learnedAt: '2026-11-01T10:00:00+08:00', recordId: 'a' });
    expect(p.willingness).toEqual({ value: 1, learnedAt: '2026-11-20T10:00:00+08:00', recordId: 'b' });
    expect(p.payday?.value).toBe(10);
    expect(p.ability).toBeNull();
  });

  it('counts broken and partly kept promises due in the last 180 days, and buckets the DPD', () => {
    const promises = [
      { state: 'broken' as const, dueDate: '2026-06-07' },
      { state: 'partly_kept' as const, dueDate: '2026-10-01' },
      { state: 'broken' as const, dueDate: '2026-06-06' },
      { state: 'kept' as const, dueDate: '2026-11-01' },
      { state: 'pending' as const, dueDate: '2026-12-10' },
    ];
    const f = segmentFactsOf({ dpd: 61, lostContact: false, riskGrade: null }, EMPTY_PROFILE, promises, '2026-12-04');
    expect(f).toMatchObject({ bucket: 'M3', brokenPromises: 2, keptPromises: 1, riskGrade: null });
  });
});
