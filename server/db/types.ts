/**
 * The one interface the service uses to reach its database, the same over PGlite (embedded) and real
 * PostgreSQL, so every query is written once in the PostgreSQL dialect. Parameterised SQL only ($1, $2 …):
 * values never go into the text.
 */
export interface QueryResult<R> {
  rows: R[];
  /** Rows inserted, updated or deleted; for a SELECT, rows returned (the same on PGlite and PostgreSQL). */
  rowCount: number;
}

export interface Queryable {
  query<R = Record<string, unknown>>(sql: string, params?: readonly unknown[]): Promise<QueryResult<R>>;
}

export interface Db extends Queryable {
  readonly kind: 'pglite' | 'postgres';
  /** Runs fn in one transaction: committed when it resolves, rolled back when it throws. */
  transaction<T>(fn: (tx: Queryable) => Promise<T>): Promise<T>;
  /**
   * Runs fn on one connection, outside any transaction, for what PostgreSQL refuses inside one (CREATE INDEX
   * CONCURRENTLY) and for session-level locks. Only the migration runner needs it.
   */
  session<T>(fn: (conn: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}
