import type { Table } from 'dexie';

/**
 * Rows per bulkPut inside one transaction. IndexedDB copies every row on the UI thread when it is put; 500
 * prepared rows keep each of those stretches well under the 100 ms that would make the screen stall, and the
 * transaction stays open between them (each slice is asked for as the previous one succeeds).
 */
export const WRITE_SLICE = 500;

/** bulkPut in slices, in order, in the caller's transaction (or Dexie's own for one slice). */
export async function bulkPutInSlices<T>(table: Table<T>, rows: readonly T[], slice = WRITE_SLICE): Promise<void> {
  for (let i = 0; i < rows.length; i += slice) await table.bulkPut(rows.slice(i, i + slice));
}
