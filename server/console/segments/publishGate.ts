import { unreachableRows } from '../../../shared/segments/reach';
import type { SegmentTable } from '../../../shared/segments/table';
import { uncoveredSegments } from '../../../shared/strategy/coverage';
import type { ContactStrategy } from '../../../shared/strategy/schema';
import { HttpError } from '../../http/errors';

/**
 * What head office checks beyond the schema before publishing a segment decision table or a contact strategy
 * (docs/server.md, "Customer segments and contact strategy"): no row of the table left dead under a row without
 * conditions, and a strategy rule for every segment in every bucket, so every case gets a next action. The refusal
 * names the first problem in words and lists them all for the console.
 */
export function refuseUnreachableRows(table: SegmentTable): void {
  const dead = unreachableRows(table);
  if (dead.length === 0) return;
  const first = dead[0]!;
  throw new HttpError(400, 'segment_rows_unreachable', `body.payload.rows: row ${first.rowNumber} "${first.rowId}" is never reached: row "${first.shadowedBy}" above it has no condition`, {
    ...first,
    rows: dead,
  });
}

export function refuseUncoveredSegments(strategy: ContactStrategy): void {
  const uncovered = uncoveredSegments(strategy);
  if (uncovered.length === 0) return;
  const first = uncovered[0]!;
  throw new HttpError(400, 'strategy_uncovered', `body.payload.rules: no rule covers segment ${first.segment} in bucket(s) ${first.buckets.join(', ')}: those cases would get no next action`, {
    segment: first.segment,
    buckets: first.buckets.join(', '),
    uncovered,
  });
}
