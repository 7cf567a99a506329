import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/types';
import { importExtract } from '../../server/import/apply';
import { MUTATION_SCHEMA_VERSION, PROTOCOL_VERSION } from '../../shared/sync/versions';
import { caseToRows, demoCases, extractOf } from '../fixtures/import/demoExtract';
import { entry, openDb, post, push, signIn, startHarness, type Harness } from './harness';

/**
 * setTarget at head office (server/sync/apply/targets.ts): a supervisor sets their own branch's target, a
 * head-office admin any branch's; a collector may not; the split names only collectors of the branch. Kept with
 * no case and sent to every device of the branch, collectors included; nothing written by a refused one.
 */
describe('setTarget at head office', () => {
  let db: Db;
  let h: Harness;
  let branch: string;
  let other: string;
  const officer = (b: string, n: number) => `demo-officer-${b}-0${n}`;
  const args = (b: string, over: Record<string, unknown> = {}) => ({
    caseId: null, branchCode: b, month: '2026-11', recoveredFen: 1_000_001, curedAccounts: 3, successRateBps: 2500, split: 'by_hand',
    collectors: [
      { officerId: officer(b, 1), recoveredFen: 500_001, curedAccounts: 2 },
      { officerId: officer(b, 2), recoveredFen: 500_000, curedAccounts: 1 },
    ],
    reason: '十一月目标', ...over,
  });
  const count = async () => Number((await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM field_records WHERE kind = 'setTarget'`)).rows[0]!.n);

  beforeAll(async () => {
    db = await openDb('pglite');
    h = await startHarness(db);
    await importExtract(db, extractOf(demoCases(12, { seed: 'target-policy' }).flatMap(caseToRows)));
    branch = (await db.query<{ branch_code: string }>('SELECT branch_code FROM cases ORDER BY id LIMIT 1')).rows[0]!.branch_code;
    other = (await db.query<{ code: string }>(`SELECT code FROM branches WHERE code NOT IN ($1, '000000') ORDER BY code LIMIT 1`, [branch])).rows[0]!.code;
  }, 60_000);
  afterAll(async () => {
    await h?.close();
    await db?.close();
  });

  it.each([
    ['a collector', () => officer(branch, 1), () => args(branch), 'forbidden'],
    ['a supervisor of another branch', () => `demo-supervisor-${other}`, () => args(branch), 'out_of_scope'],
    ['a collector of another branch in the split', () => `demo-supervisor-${branch}`, () => args(branch, { collectors: [{ officerId: officer(other, 1), recoveredFen: 1_000_001, curedAccounts: 3 }] }), 'invalid'],
    ['the supervisor in the split', () => `demo-supervisor-${branch}`, () => args(branch, { collectors: [{ officerId: `demo-supervisor-${branch}`, recoveredFen: 1_000_001, curedAccounts: 3 }] }), 'invalid'],
    ['a branch head office does not know', () => 'demo-admin', () => args('999999', { collectors: [] }), 'invalid'],
  ])('refuses %s', async (_name, user, made, code) => {
    const d = await signIn(h, user());
    const before = await count();
    const res = await push(h, d, [entry('setTarget', d, 1, made() as never)]);
    expect(res.body.results[0]).toMatchObject({ status: 'rejected', reason: { code } });
    expect(await count()).toBe(before);
  });

  it('refuses a split that does not sum to the target, naming the field', async () => {
    const d = await signIn(h, `demo-supervisor-${branch}`);
    const good = entry('setTarget', d, 1, args(branch) as never);
    const res = await push(h, d, [{ ...good, args: { ...good.args, recoveredFen: 1_000_000 } }]);
    expect(res.body.results[0]).toMatchObject({ status: 'rejected', reason: { code: 'invalid', message: expect.stringContaining('args.collectors') } });
  });

  it('applies a supervisor’s target for their branch, and a collector of the branch pulls it', async () => {
    const d = await signIn(h, `demo-supervisor-${branch}`);
    const e = entry('setTarget', d, 1, args(branch) as never);
    expect((await push(h, d, [e])).body.results).toEqual([{ mutationId: 1, status: 'applied' }]);
    const collector = await signIn(h, officer(branch, 1));
    const pulled = await post(h, '/sync/pull', { protocolVersion: PROTOCOL_VERSION, schemaVersion: MUTATION_SCHEMA_VERSION, deviceId: collector.deviceId, cursor: null, limit: 1000 }, collector.accessToken);
    const targets = pulled.body.changes.filter((c: { name?: string }) => c.name === 'setTarget');
    expect(targets).toEqual([expect.objectContaining({ kind: 'record', caseId: null, id: (e.args as { id: string }).id })]);
    // Another branch's collector does not get it.
    const stranger = await signIn(h, officer(other, 1));
    const theirs = await post(h, '/sync/pull', { protocolVersion: PROTOCOL_VERSION, schemaVersion: MUTATION_SCHEMA_VERSION, deviceId: stranger.deviceId, cursor: null, limit: 1000 }, stranger.accessToken);
    expect(theirs.body.changes.filter((c: { name?: string }) => c.name === 'setTarget')).toEqual([]);
  });

  it('lets a head-office admin set any branch’s target', async () => {
    const d = await signIn(h, 'demo-admin');
    expect((await push(h, d, [entry('setTarget', d, 1, args(other) as never)])).body.results).toEqual([{ mutationId: 1, status: 'applied' }]);
  });
});
