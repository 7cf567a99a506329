import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/types';
import { eachBackend, openEmptyDb } from './harness';

// The service writes each query once; these are the answers it relies on being the same on both backends.
eachBackend((backend) => {
  let db: Db;
  beforeAll(async () => {
    db = await openEmptyDb(backend);
    await db.query('CREATE TABLE t (id bigserial PRIMARY KEY, n bigint NOT NULL, at timestamptz NOT NULL, amount numeric, data jsonb)');
  }, 60_000);
  afterAll(async () => {
    await db?.close();
  });

  describe('the database adapter', () => {
    it('reads bigint, count(*), int8[] as numbers, numeric as exact strings, timestamptz as Date, jsonb as objects', async () => {
      await db.query('INSERT INTO t (n, at, amount, data) VALUES ($1, $2, $3, $4::jsonb)', [Number.MAX_SAFE_INTEGER, new Date('2026-11-23T01:02:03.456Z'), '12345678901234.56', JSON.stringify({ 金额: 1 })]);
      const row = (
        await db.query<Record<string, unknown>>(
          `SELECT id, n, at, amount, data, (SELECT count(*) FROM t) AS total, ARRAY[n, 2]::bigint[] AS ids, ARRAY[amount]::numeric[] AS amounts, interval '1 day' AS span FROM t`,
        )
      ).rows[0]!;
      expect(row.id).toBe(1);
      expect(row.n).toBe(Number.MAX_SAFE_INTEGER);
      expect(row.total).toBe(1);
      expect(row.ids).toEqual([Number.MAX_SAFE_INTEGER, 2]);
      expect(row.amount).toBe('12345678901234.56');
      expect(row.amounts).toEqual(['12345678901234.56']);
      expect(row.at).toBeInstanceOf(Date);
      expect((row.at as Date).toISOString()).toBe('2026-11-23T01:02:03.456Z');
      expect(row.data).toEqual({ 金额: 1 });
      expect(row.span).toBe('1 day');
    });

    it('works in UTC whatever the server’s default time zone', async () => {
      const row = (await db.query<{ tz: string; day: string }>(`SELECT current_setting('TimeZone') AS tz, ($1::timestamptz)::date::text AS day`, ['2026-11-23T20:00:00Z'])).rows[0]!;
      expect(['UTC', 'Etc/UTC']).toContain(row.tz);
      expect(row.day).toBe('2026-11-23');
    });

    it('counts rows the same way: written for INSERT/UPDATE/DELETE, returned for SELECT', async () => {
      await db.query('DELETE FROM t');
      expect((await db.query('INSERT INTO t (n, at) VALUES (1, now()), (2, now())')).rowCount).toBe(2);
      expect((await db.query('SELECT * FROM t')).rowCount).toBe(2);
      expect((await db.query('UPDATE t SET n = n + 1 WHERE n = 1')).rowCount).toBe(1);
      expect((await db.query('DELETE FROM t WHERE n = 99')).rowCount).toBe(0);
    });

    it('rolls a transaction back when it throws, and the next one works', async () => {
      const before = (await db.query<{ c: number }>('SELECT count(*) AS c FROM t')).rows[0]!.c;
      await expect(
        db.transaction(async (tx) => {
          await tx.query('INSERT INTO t (n, at) VALUES (5, now())');
          await tx.query('SELECT 1/0');
        }),
      ).rejects.toThrow(/division by zero/);
      expect((await db.query<{ c: number }>('SELECT count(*) AS c FROM t')).rows[0]!.c).toBe(before);
      await db.transaction((tx) => tx.query('INSERT INTO t (n, at) VALUES (6, now())'));
      expect((await db.query<{ c: number }>('SELECT count(*) AS c FROM t')).rows[0]!.c).toBe(before + 1);
    });

    it('keeps concurrent transactions apart: each sees only its own writes until commit, none is lost', async () => {
      await db.query('DELETE FROM t');
      const writers = Array.from({ length: 12 }, (_, i) =>
        db.transaction(async (tx) => {
          await tx.query('INSERT INTO t (n, at) VALUES ($1, now())', [i]);
          const mine = await tx.query<{ n: number }>('SELECT n FROM t WHERE n = $1', [i]);
          if (i % 3 === 0) throw new Error(`writer ${i} gives up`);
          return mine.rows.length;
        }).catch(() => -1),
      );
      const seen = await Promise.all(writers);
      expect(seen.filter((s) => s === 1)).toHaveLength(8);
      const kept = (await db.query<{ n: number }>('SELECT n FROM t ORDER BY n')).rows.map((r) => r.n);
      expect(kept).toEqual([1, 2, 4, 5, 7, 8, 10, 11]);
    });
  });
});
