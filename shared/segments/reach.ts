import type { SegmentTable } from './table';

/** A row no case can reach: an earlier row without conditions takes every case first. */
export interface UnreachableRow {
  rowId: string;
  rowNumber: number;
  /** The row without conditions above it. */
  shadowedBy: string;
}

/**
 * Rows of a table that can never decide (hit policy "first": the first row without conditions decides for every
 * case that got that far). Head office refuses to publish such a table (docs/server.md, "Customer segments and
 * contact strategy"): an edit that leaves rows dead is a mistake, not a choice.
 */
export function unreachableRows(table: SegmentTable): UnreachableRow[] {
  const catchAll = table.rows.findIndex((r) => r.when.length === 0);
  if (catchAll < 0) return [];
  return table.rows.slice(catchAll + 1).map((r, i) => ({ rowId: r.id, rowNumber: catchAll + i + 2, shadowedBy: table.rows[catchAll]!.id }));
}
