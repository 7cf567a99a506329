import type { Table } from 'dexie';

/**
 * Rows per bulkPut inside one transaction, on the UI thread. IndexedDB copies every row on the calling thread when
 * it is put; 500 prepared rows keep each of those stretches well under the 100 ms that would make the screen stall,
 * and the transaction stays open between them (each slice is asked for as the previous one succeeds).
 */
export const WRITE_SLICE = 500;

/** A worker (a first sync's pages written by the row-preparing worker) has no screen to keep drawing: one bulkPut. */
const onUiThread = (): boolean => typeof (globalThis as { document?: unknown }).document !== 'undefined';

/** bulkPut in slices, in order, in the caller's transaction (or Dexie's own for one slice). */
export async function bulkPutInSlices<T>(table: Table<T>, rows: readonly T[], slice = onUiThread() ? WRITE_SLICE : rows.length): Promise<void> {
  for (let i = 0; i < rows.length; i += Math.max(1, slice)) await table.bulkPut(rows.slice(i, i + Math.max(1, slice)));
}
