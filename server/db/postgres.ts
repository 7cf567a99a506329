import pg from 'pg';
import type { Db, Queryable, QueryResult } from './types';

// int8 (bigint) as a JavaScript number, as PGlite returns it. Mutation ids stay below 2^53 (the schemas
// say so), and counts are small.
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));

const wrap = (q: pg.Pool | pg.PoolClient): Queryable => ({
  async query<R>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<R>> {
    const res = await q.query(sql, params as unknown[]);
    return { rows: res.rows as R[], rowCount: res.rowCount ?? 0 };
  },
});

/** Real PostgreSQL through a connection pool; each transaction holds one connection. */
export async function openPostgres(connectionString: string): Promise<Db> {
  const pool = new pg.Pool({ connectionString, max: 10 });
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on('error', () => {});
  await pool.query('SELECT 1');
  const base = wrap(pool);
  return {
    kind: 'postgres',
    query: base.query,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch(() => {});
        throw err;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
