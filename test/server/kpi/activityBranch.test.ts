import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/db/types';
import { eachBackend, openDb } from '../harness';

/**
 * Each contact attempt carries the branch holding its case now (migration 36), kept by PostgreSQL whoever writes:
 * when the attempt is written, when its case arrives after it, when its case moves, and when an attempt is
 * written while its case moves (the two take the change log's lock in turn).
 */
describe('each attempt carries the branch holding its case now', () => eachBackend((backend) => {
  let db: Db;
  let branches: string[];
  beforeAll(async () => {
    db = await openDb(backend);
    branches = (await db.query<{ code: string }>('SELECT code FROM branches ORDER BY code LIMIT 2')).rows.map((r) => r.code);
    expect(branches).toHaveLength(2);
  }, 60_000);
  afterAll(() => db?.close());

  const addCase = (id: string, branch: string) => db.query(
    `INSERT INTO cases (id, case_number, branch_code, officer_id, status, data, version, updated_seq) VALUES ($1, $1, $2, NULL, 'open', '{}'::jsonb, 1, 0)`, [id, branch],
  );
  const addAttempt = (q: Pick<Db, 'query'>, id: string, caseId: string) => q.query(
    `INSERT INTO field_records (kind, id, case_id, device_id, user_id, mutation_id, data) VALUES ('recordActivity', $1, $2, 'core-banking', 'u-test', 1, $3)`,
    [id, caseId, JSON.stringify({ args: { id, caseId, outcome: 'no_answer', at: '2026-11-20T02:00:00.000Z' } })],
  );
  const branchOf = async (id: string) => (await db.query<{ activity_branch: string | null }>(`SELECT activity_branch FROM field_records WHERE kind = 'recordActivity' AND id = $1`, [id])).rows[0]!.activity_branch;

  it('written on a case: its branch; before its case: none until the case arrives; the case moves: the new branch', async () => {
    const [a, b] = branches as [string, string];
    await addCase('ab-1', a);
    await addAttempt(db, 'ab-act-1', 'ab-1');
    expect(await branchOf('ab-act-1')).toBe(a);
    await addAttempt(db, 'ab-act-2', 'ab-2');
    expect(await branchOf('ab-act-2')).toBeNull();
    await addCase('ab-2', b);
    expect(await branchOf('ab-act-2')).toBe(b);
    await db.query('UPDATE cases SET branch_code = $2 WHERE id = $1', ['ab-1', b]);
    expect(await branchOf('ab-act-1')).toBe(b);
    // Other records are left alone.
    await db.query(`INSERT INTO field_records (kind, id, case_id, device_id, user_id, mutation_id, data) VALUES ('openDispute', 'ab-dsp', 'ab-1', 'core-banking', 'u-test', 1, '{"args":{}}')`);
    expect((await db.query<{ activity_branch: string | null }>(`SELECT activity_branch FROM field_records WHERE id = 'ab-dsp'`)).rows[0]!.activity_branch).toBeNull();
  });

  it.runIf(backend === 'postgres')('an attempt written while its case moves ends under the new branch', async () => {
    const [a, b] = branches as [string, string];
    await addCase('ab-3', a);
    let written!: () => void;
    const attemptWritten = new Promise<void>((resolve) => (written = resolve));
    // A push holds its transaction open after writing the attempt; the move starts meanwhile and must wait for it.
    const push = db.transaction(async (tx) => {
      await addAttempt(tx, 'ab-act-3', 'ab-3');
      written();
      await new Promise((r) => setTimeout(r, 300));
    });
    await attemptWritten;
    const move = db.query('UPDATE cases SET branch_code = $2 WHERE id = $1', ['ab-3', b]);
    await Promise.all([push, move]);
    expect(await branchOf('ab-act-3')).toBe(b);
  });
}));
