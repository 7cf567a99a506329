import { z } from 'zod';
import { BUCKETS, type Bucket } from '../domain/buckets';
import { RISKS, type Risk } from '../domain/case';
import { ARREARS_REASONS, SCALE_MAX, type ArrearsReason, type Scale } from '../records/customerFacts';
import { SEGMENT_IDS, type SegmentId } from './ids';

/**
 * The segment decision table (docs/domain.md, "Segments"): published by head office as data (config kind
 * `segmentTable`, versioned), read top to bottom, the first row whose every condition holds decides (hit policy
 * "first"). The last row has no condition, so every case gets a segment. A condition on something not known
 * (no willingness recorded) does not hold: the table says what it does with the unknown (`unknown` tests).
 */

/** What the table may look at, for one case. */
export interface SegmentFacts {
  reason: ArrearsReason | null;
  ability: Scale | null;
  willingness: Scale | null;
  bucket: Bucket;
  /** Promises broken or partly kept in the last PROMISE_HISTORY_DAYS days. */
  brokenPromises: number;
  /** Promises kept in the same window. */
  keptPromises: number;
  /** 失联: flagged lost contact, or no working number and address left. */
  lostContact: boolean;
  /** Core banking's own risk grade when the extract carries one; null: none (never derived here). */
  riskGrade: Risk | null;
}

export const PROMISE_HISTORY_DAYS = 180;

const Count = z.number().int().min(0).max(99);
const RANGE_FACTS = ['ability', 'willingness', 'brokenPromises', 'keptPromises'] as const;
const UNKNOWN_FACTS = ['ability', 'willingness', 'reason'] as const;
/** `none` stands for no value: no reason recorded, no grade in the extract. */
const ONE_OF_VALUES = { reason: [...ARREARS_REASONS, 'none'], bucket: [...BUCKETS], riskGrade: [...RISKS, 'none'] } as const;

export const ConditionSchema = z
  .discriminatedUnion('test', [
    z.strictObject({ test: z.literal('range'), fact: z.enum(RANGE_FACTS), min: Count.optional(), max: Count.optional() }),
    z.strictObject({ test: z.literal('oneOf'), fact: z.enum(['reason', 'bucket', 'riskGrade']), values: z.array(z.string()).min(1).max(20) }),
    z.strictObject({ test: z.literal('is'), fact: z.literal('lostContact'), value: z.boolean() }),
    z.strictObject({ test: z.literal('unknown'), fact: z.enum(UNKNOWN_FACTS) }),
  ])
  .superRefine((c, ctx) => {
    if (c.test === 'range') {
      if (c.min === undefined && c.max === undefined) ctx.addIssue({ code: 'custom', path: ['min'], message: 'a range needs min or max' });
      if (c.min !== undefined && c.max !== undefined && c.min > c.max) ctx.addIssue({ code: 'custom', path: ['max'], message: 'max is below min' });
      const scaled = c.fact === 'ability' || c.fact === 'willingness';
      if (scaled && ((c.min ?? 0) > SCALE_MAX || (c.max ?? 0) > SCALE_MAX)) ctx.addIssue({ code: 'custom', path: ['max'], message: `the scale ends at ${SCALE_MAX}` });
    }
    if (c.test === 'oneOf') {
      const allowed: readonly string[] = ONE_OF_VALUES[c.fact];
      c.values.forEach((v, i) => {
        if (!allowed.includes(v)) ctx.addIssue({ code: 'custom', path: ['values', i], message: `${c.fact} has no value ${v}` });
      });
    }
  });
export type Condition = z.output<typeof ConditionSchema>;

const Text = z.string().trim().min(1).max(200);
export const SegmentRowSchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, 'a row id is 1-40 of a-z 0-9 -'),
  segment: z.enum(SEGMENT_IDS),
  when: z.array(ConditionSchema).max(10),
  /** Why the row is there, shown with it on the case. */
  note: z.strictObject({ 'zh-CN': Text, en: Text }),
});
export type SegmentRow = z.output<typeof SegmentRowSchema>;

export const SegmentTableSchema = z
  .strictObject({
    title: Text,
    rows: z.array(SegmentRowSchema).min(1).max(100),
  })
  .superRefine((t, ctx) => {
    const seen = new Set<string>();
    t.rows.forEach((r, i) => {
      if (seen.has(r.id)) ctx.addIssue({ code: 'custom', path: ['rows', i, 'id'], message: `row id ${r.id} is used twice` });
      seen.add(r.id);
    });
    if (t.rows.at(-1)!.when.length > 0) ctx.addIssue({ code: 'custom', path: ['rows', t.rows.length - 1, 'when'], message: 'the last row has no condition: every case needs a segment' });
  });
export type SegmentTable = z.output<typeof SegmentTableSchema>;

/** A condition of the deciding row, with the value the case had. */
export interface ConditionMet {
  condition: Condition;
  actual: string | number | boolean | null;
}

export interface SegmentDecision {
  segment: SegmentId;
  /** The row that decided, with each of its conditions and the case's value. */
  row: SegmentRow;
  met: ConditionMet[];
  /** Its place in the table (1-based), to find it there. */
  rowNumber: number;
}

const valueOf = (facts: SegmentFacts, fact: Condition['fact']): string | number | boolean | null => facts[fact];

export function holds(c: Condition, facts: SegmentFacts): boolean {
  switch (c.test) {
    case 'range': {
      const v = facts[c.fact];
      return v !== null && (c.min === undefined || v >= c.min) && (c.max === undefined || v <= c.max);
    }
    case 'oneOf':
      return (c.values as readonly string[]).includes(facts[c.fact] ?? 'none');
    case 'is':
      return facts[c.fact] === c.value;
    case 'unknown':
      return facts[c.fact] === null;
  }
}

/** The segment `table` puts a case with `facts` in, and the row (and its conditions) that put it there. */
export function evaluateSegment(table: SegmentTable, facts: SegmentFacts): SegmentDecision {
  for (let i = 0; i < table.rows.length; i++) {
    const row = table.rows[i]!;
    if (row.when.every((c) => holds(c, facts))) return { segment: row.segment, row, rowNumber: i + 1, met: row.when.map((condition) => ({ condition, actual: valueOf(facts, condition.fact) })) };
  }
  // The schema requires a last row without conditions; a table built around it is a programming error.
  throw new RangeError('the segment table has no row for this case (its last row must have no condition)');
}
