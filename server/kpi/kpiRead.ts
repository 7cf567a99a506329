import type { Db, Queryable } from '../db/types';

/**
 * One of the console's KPI reads (server/kpi/bankFigures.ts), in a transaction of its own with the settings it
 * needs (docs/benchmarks.md, "KPI speed"). No JIT: the planner cannot know that one snapshot row per case holds
 * on a date, nor how few records fall in a period, so it expects millions of rows and compiles for longer than
 * the query then runs (0.2–0.8 s for the money read). More memory for hashing: a hash of every case (200,000 for
 * a large bank) otherwise spills to disk in batches. No parallel workers: the page's reads already run side by
 * side on their own connections, and a parallel plan's extra processes each build their own share of the hashes,
 * so on a busy server it costs more CPU than it saves time (the attempts read: 2.8 s of CPU over three processes
 * against 1.9 s in one; docs/benchmarks.md, "KPI speed, the last tenth").
 */
export function kpiRead<T>(db: Db, read: (tx: Queryable) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.query('SET LOCAL jit = off');
    await tx.query(`SET LOCAL work_mem = '64MB'`);
    await tx.query('SET LOCAL max_parallel_workers_per_gather = 0');
    return read(tx);
  });
}
