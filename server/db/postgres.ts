import pg from 'pg';
import type { Db, Queryable, QueryResult } from './types';

// Values come back as PGlite gives them, so the service reads both the same way:
// - int8 (bigint, count(*)) and int8[] as JavaScript numbers. Mutation ids stay below 2^53 (the schemas say
//   so), and counts are small.
// - numeric[] as strings, like numeric (pg would turn the array's items into floats, losing digits).
// - interval as its text, as PGlite does (pg makes an object).
// timestamptz is a Date in both; the session's time zone is UTC (see openPostgres).
// Array types have no name in pg's builtins: their oids, typed as the parser functions want them.
const oid = (n: number) => n as (typeof pg.types.builtins)[keyof typeof pg.types.builtins];
const TEXT_ARRAY = oid(1009);
const INT8_ARRAY = oid(1016);
const NUMERIC_ARRAY = oid(1231);
const INTERVAL = pg.types.builtins.INTERVAL;
const textArray = pg.types.getTypeParser(TEXT_ARRAY) as (v: string) => (string | null)[];
pg.types.setTypeParser(pg.types.builtins.INT8, (v) => Number(v));
pg.types.setTypeParser(INT8_ARRAY, (v) => textArray(v).map((x) => (x === null ? null : Number(x))));
pg.types.setTypeParser(NUMERIC_ARRAY, (v) => textArray(v));
pg.types.setTypeParser(INTERVAL, (v) => v);

/**
 * Statements with parameters go as named prepared statements: PostgreSQL parses and plans each text once per
 * connection instead of at every call (a sync round runs ~70 statements; planning them was a third of the
 * database's CPU, docs/benchmarks.md). Names are given to the first MAX_PREPARED distinct texts of the process
 * (SQL built from a varying list stays bounded); later texts, and statements without parameters (which may
 * hold several statements, as migrations do, and the extended protocol takes one), go unnamed as before.
 */
const MAX_PREPARED = 2000;
const preparedNames = new Map<string, string>();

/** The caller's SQL and params as pg's query config: named when it has parameters and a name is left. */
function statementOf(sql: string, params: readonly unknown[]): pg.QueryConfig {
  const values = params as unknown[];
  if (params.length === 0) return { text: sql, values };
  let name = preparedNames.get(sql);
  if (name === undefined && preparedNames.size < MAX_PREPARED) {
    name = `rd_${preparedNames.size}`;
    preparedNames.set(sql, name);
  }
  return name === undefined ? { text: sql, values } : { name, text: sql, values };
}

const wrap = (q: pg.Pool | pg.PoolClient): Queryable => ({
  async query<R>(sql: string, params: readonly unknown[] = []): Promise<QueryResult<R>> {
    const res = await q.query(statementOf(sql, params));
    return { rows: res.rows as R[], rowCount: res.rowCount ?? 0 };
  },
});

/** The connection pool's size and timeouts (DB_POOL_MAX, DB_*_TIMEOUT_MS; docs/operations.md). */
export interface PoolSettings {
  /** Connections this process opens at most: instances × max must stay under the server's max_connections. */
  max: number;
  /** How long to wait for a new connection (or a free one from a full pool) before the query fails. */
  connectTimeoutMs: number;
  /** An idle connection is closed after this long. */
  idleTimeoutMs: number;
  /** PostgreSQL cancels a statement running longer (waiting for a lock included); 0: never. */
  statementTimeoutMs: number;
}

export const DEFAULT_POOL: PoolSettings = { max: 10, connectTimeoutMs: 10_000, idleTimeoutMs: 30_000, statementTimeoutMs: 0 };

/** Real PostgreSQL through a connection pool; each transaction holds one connection. */
export async function openPostgres(connectionString: string, settings: PoolSettings = DEFAULT_POOL): Promise<Db> {
  // UTC in every session, as PGlite: a bank's server may default to Asia/Shanghai, and date casts or
  // timestamps printed as text would then differ between the two backends. Local days are computed in code.
  // Startup parameters, so they hold before the connection's first query (a SET on 'connect' raced it).
  const options = `-c TimeZone=UTC${settings.statementTimeoutMs > 0 ? ` -c statement_timeout=${settings.statementTimeoutMs}` : ''}`;
  const pool = new pg.Pool({
    connectionString,
    max: settings.max,
    connectionTimeoutMillis: settings.connectTimeoutMs,
    idleTimeoutMillis: settings.idleTimeoutMs,
    options,
  });
  // An idle client losing its connection must not crash the process; the next query reports it.
  pool.on('error', () => {});
  await pool.query('SELECT 1');
  const base = wrap(pool);
  return {
    kind: 'postgres',
    query: base.query,
    async transaction(fn) {
      const client = await pool.connect();
      // A connection that failed mid-transaction (it could not even roll back) is destroyed, not returned
      // to the pool, where the next transaction would find it broken or still inside this one.
      let broken: Error | undefined;
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (err) {
        await client.query('ROLLBACK').catch((rollbackErr: Error) => {
          broken = rollbackErr;
        });
        throw err;
      } finally {
        client.release(broken);
      }
    },
    async session(fn) {
      const client = await pool.connect();
      let broken: Error | undefined;
      try {
        return await fn(wrap(client));
      } catch (err) {
        // A session that failed may hold a lock or a setting it meant to undo: not returned to the pool.
        broken = err instanceof Error ? err : new Error(String(err));
        throw err;
      } finally {
        client.release(broken);
      }
    },
    close: () => pool.end(),
  };
}
