import { mkdirSync } from 'node:fs';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Db, Queryable, QueryResult } from './types';

const wrap = (q: PGlite | Transaction): Queryable => ({
  async query<R>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<R>> {
    const res = await q.query<R>(sql, params as unknown[]);
    // Rows written, or rows read for a SELECT (0 there on PGlite, but pg counts them): the same on both.
    return { rows: res.rows, rowCount: res.affectedRows || res.rows.length };
  },
});

/**
 * PGlite: PostgreSQL compiled to WebAssembly, in this process. `dataDir` undefined keeps it in memory
 * (tests). PGlite runs one transaction at a time, so transactions queue rather than interleave.
 */
export async function openPglite(dataDir?: string): Promise<Db> {
  if (dataDir) mkdirSync(dataDir, { recursive: true });
  const pg = await PGlite.create(dataDir);
  const base = wrap(pg);
  return {
    kind: 'pglite',
    query: base.query,
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    // One connection in this process: the session is the database itself.
    session: (fn) => fn(base),
    close: () => pg.close(),
  };
}
