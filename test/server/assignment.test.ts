import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/types';
import { importExtract } from '../../server/import/apply';
import type { Case } from '../../shared/domain/case';
import { caseToRows, demoCases, extractOf } from '../fixtures/import/demoExtract';
import { entry, openDb, push, signIn, startHarness, type Harness } from './harness';

/**
 * assignCase at head office (server/sync/apply/assignment.ts): who may move a case, to whom, from where; each
 * refusal with its code, and nothing written by a refused one. The move itself is the import's reassignment.
 */
describe('assignCase at head office', () => {
  let db: Db;
  let h: Harness;
  let c: Case;
  let branch: string;
  let other: string;
  const officer = (b: string, n: number) => `demo-officer-${b}-0${n}`;

  beforeAll(async () => {
    db = await openDb('pglite');
    h = await startHarness(db);
    await importExtract(db, extractOf(demoCases(12, { seed: 'assign-policy' }).flatMap(caseToRows)));
    const row = (await db.query<{ data: Case; branch_code: string }>('SELECT data, branch_code FROM cases WHERE officer_id IS NOT NULL ORDER BY id LIMIT 1')).rows[0]!;
    c = row.data;
    branch = row.branch_code;
    other = (await db.query<{ code: string }>(`SELECT code FROM branches WHERE code NOT IN ($1, '000000') ORDER BY code LIMIT 1`, [branch])).rows[0]!.code;
  }, 60_000);
  afterAll(async () => {
    await h?.close();
    await db?.close();
  });

  const officerNow = async () => (await db.query<{ officer_id: string }>('SELECT officer_id FROM cases WHERE id = $1', [c.id])).rows[0]!.officer_id;
  const target = () => [1, 2, 3, 4].map((n) => officer(branch, n)).find((o) => o !== c.assignment.officerId)!;

  it.each([
    ['a collector', () => c.assignment.officerId!, () => ({ officerId: target() }), 'forbidden'],
    ['a supervisor of another branch', () => `demo-supervisor-${other}`, () => ({ officerId: target() }), 'out_of_scope'],
    ['a target of another branch', () => `demo-supervisor-${branch}`, () => ({ officerId: officer(other, 1) }), 'invalid'],
    ['a clerk as target', () => `demo-supervisor-${branch}`, () => ({ officerId: `demo-clerk-${branch}` }), 'invalid'],
    ['a target head office does not know', () => `demo-supervisor-${branch}`, () => ({ officerId: 'nobody-at-all' }), 'invalid'],
    ['a case head office does not have', () => `demo-supervisor-${branch}`, () => ({ caseId: 'no-such-case', officerId: target() }), 'unknown_case'],
    ['a move from a collector the case no longer has', () => `demo-supervisor-${branch}`, () => ({ fromOfficerId: officer(branch, 9), officerId: target() }), 'conflict'],
  ] as const)('refuses %s', async (_, who, args, code) => {
    const d = await signIn(h, who());
    const res = await push(h, d, [entry('assignCase', d, 1, { caseId: c.id, fromOfficerId: c.assignment.officerId, ...args() })]);
    expect(res.body.results).toEqual([{ mutationId: 1, status: 'rejected', reason: { code, message: expect.any(String) } }]);
    expect(await officerNow()).toBe(c.assignment.officerId);
    expect((await db.query('SELECT 1 FROM field_records WHERE kind = $1', ['assignCase'])).rows).toHaveLength(0);
  });

  it('applies a supervisor’s move within the branch once, audited with its reason; the same again is a duplicate', async () => {
    const d = await signIn(h, `demo-supervisor-${branch}`);
    const move = entry('assignCase', d, 1, { caseId: c.id, fromOfficerId: c.assignment.officerId, officerId: target(), reason: '离职交接' });
    expect((await push(h, d, [move])).body.results).toEqual([{ mutationId: 1, status: 'applied' }]);
    expect(await officerNow()).toBe(target());
    const kept = await db.query<{ user_id: string; reason: string }>(`SELECT user_id, data->'args'->>'reason' AS reason FROM field_records WHERE kind = 'assignCase'`);
    expect(kept.rows).toEqual([{ user_id: `demo-supervisor-${branch}`, reason: '离职交接' }]);
    // The old collector gets a tombstone, the new one the case (the change log the devices pull).
    const log = await db.query<{ kind: string; officer_id: string | null }>(`SELECT kind, officer_id FROM changes WHERE record_id = $1 AND kind IN ('case', 'tombstone') ORDER BY seq DESC LIMIT 2`, [c.id]);
    expect(log.rows).toEqual([{ kind: 'case', officer_id: target() }, { kind: 'tombstone', officer_id: c.assignment.officerId }]);
    // A second device's move to the same collector, from the old one: already done, nothing to change.
    const again = await signIn(h, `demo-supervisor-${branch}`);
    expect((await push(h, again, [entry('assignCase', again, 1, { caseId: c.id, fromOfficerId: c.assignment.officerId, officerId: target() })])).body.results).toEqual([{ mutationId: 1, status: 'duplicate' }]);
  });
});
