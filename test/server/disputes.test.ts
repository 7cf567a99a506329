import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../shared/domain/case';
import { PullResponseSchema, type PullChange } from '../../shared/sync/protocol';
import { MUTATION_SCHEMA_VERSION, PROTOCOL_VERSION } from '../../shared/sync/versions';
import type { MutationArgsInput, MutationName, OutboxEntry } from '../../shared/sync';
import { caseIdOf } from '../../server/import/portfolio';
import { importExtract } from '../../server/import/apply';
import type { Db } from '../../server/db/types';
import { caseToRows, customerNoOf, demoCases, extractOf } from '../fixtures/import/demoExtract';
import { entry, openDb, post, push, signIn, startHarness, type Harness } from './harness';

/**
 * A dispute's lifecycle at head office (docs/records.md): opened by the collector, taken up once by the branch's
 * supervisor (reviewDispute), resolved once (resolveDispute, with its evidence). Who may, bad input, and order:
 * a resolved dispute is not taken up, a second review is a conflict, a review of a dispute head office lacks is
 * not found. Nothing is written on a refusal.
 */
describe('disputes: open → under review → resolved, at head office', () => {
  let db: Db;
  let h: Harness;
  const cases = demoCases(8, { seed: 'dispute-lifecycle' });
  let caseId: string;
  let officer: string;
  let branch: string;
  type Device = Awaited<ReturnType<typeof signIn>> & { next: number };
  const devices = new Map<string, Device>();
  const device = async (userId: string): Promise<Device> => {
    if (!devices.has(userId)) devices.set(userId, { ...(await signIn(h, userId)), next: 1 });
    return devices.get(userId)!;
  };
  type Result = { status: string; reason?: { code: string; message: string } };
  async function send<N extends MutationName>(d: Device, name: N, args: Partial<MutationArgsInput<N>>): Promise<{ result: Result; entry: OutboxEntry }> {
    const e = entry(name, d, d.next++, args);
    const res = await push(h, d, [e]);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return { result: res.body.results[0], entry: e };
  }
  const count = async (kind: string) =>
    (await db.query<{ n: number }>('SELECT count(*)::integer AS n FROM field_records WHERE kind = $1 AND case_id = $2', [kind, caseId])).rows[0]!.n;
  const open = async () => {
    const opened = await send(await device(officer), 'openDispute', { caseId, description: '借款人称已于2月还清' });
    expect(opened.result.status).toBe('applied');
    return (opened.entry.args as { id: string }).id;
  };
  async function pullAll(d: Device): Promise<PullChange[]> {
    const changes: PullChange[] = [];
    let cursor: string | null = null;
    for (;;) {
      const res = await post(h, '/sync/pull', { protocolVersion: PROTOCOL_VERSION, schemaVersion: MUTATION_SCHEMA_VERSION, deviceId: d.deviceId, cursor, limit: 500 }, d.accessToken);
      expect(res.status).toBe(200);
      const page = PullResponseSchema.parse(res.body);
      changes.push(...page.changes);
      cursor = page.cursor;
      if (!page.hasMore) return changes;
    }
  }

  beforeAll(async () => {
    db = await openDb('pglite');
    h = await startHarness(db);
    await importExtract(db, extractOf(cases.flatMap(caseToRows)));
    const c: Case = cases.find((x) => x.assignment.officerId !== null)!;
    caseId = caseIdOf(customerNoOf(c));
    officer = c.assignment.officerId!;
    branch = c.assignment.branchCode;
  }, 60_000);
  afterAll(async () => {
    await h.close();
    await db.close();
  });

  it('only the branch supervisor takes a dispute up; the first review stands and goes to the collector with who and when', async () => {
    const disputeId = await open();
    const byCollector = await send(await device(officer), 'reviewDispute', { caseId, disputeId });
    expect(byCollector.result).toMatchObject({ status: 'rejected', reason: { code: 'forbidden', message: expect.stringContaining('may not reviewDispute') } });
    const byAdmin = await send(await device('demo-admin'), 'reviewDispute', { caseId, disputeId });
    expect(byAdmin.result).toMatchObject({ status: 'rejected', reason: { code: 'forbidden' } });
    expect(await count('reviewDispute')).toBe(0);

    const supervisor = await device(`demo-supervisor-${branch}`);
    const taken = await send(supervisor, 'reviewDispute', { caseId, disputeId, reviewedAt: '2026-11-24T02:00:00.000Z' });
    expect(taken.result.status).toBe('applied');
    const again = await push(h, supervisor, [{ ...taken.entry, mutationId: supervisor.next++ }]);
    expect(again.body.results[0].status).toBe('duplicate');
    const second = await send(supervisor, 'reviewDispute', { caseId, disputeId, reviewedAt: '2026-11-25T02:00:00.000Z' });
    expect(second.result).toMatchObject({ status: 'rejected', reason: { code: 'conflict', message: expect.stringContaining('already taken up for review') } });
    expect(await count('reviewDispute')).toBe(1);

    const pulled = (await pullAll(await device(officer))).filter((ch) => ch.kind === 'record' && ch.name === 'reviewDispute');
    expect(pulled).toHaveLength(1);
    expect(pulled[0]).toMatchObject({ data: { userId: `demo-supervisor-${branch}`, args: { disputeId, reviewedAt: '2026-11-24T02:00:00.000Z' } } });
  });

  it('a resolution carries its evidence; a resolved dispute is not taken up, and a dispute head office lacks is not found', async () => {
    const supervisor = await device(`demo-supervisor-${branch}`);
    const disputeId = await open();
    const evidence = ['01955a3c-8e00-7000-8000-0000000000e1', '01955a3c-8e00-7000-8000-0000000000e2'];
    const resolved = await send(supervisor, 'resolveDispute', { caseId, disputeId, outcome: 'rejected', resolution: '核对流水，未见二月还款，异议不成立', evidence });
    expect(resolved.result.status).toBe('applied');
    const late = await send(supervisor, 'reviewDispute', { caseId, disputeId });
    expect(late.result).toMatchObject({ status: 'rejected', reason: { code: 'conflict', message: expect.stringContaining('already resolved') } });
    expect(await count('reviewDispute')).toBe(1);

    const nowhere = await send(supervisor, 'reviewDispute', { caseId, disputeId: '01955a3c-8e00-7000-8000-000000000404' });
    expect(nowhere.result).toMatchObject({ status: 'rejected', reason: { code: 'not_found', message: expect.stringContaining('no dispute') } });
    const stored = await db.query<{ evidence: string[] }>(`SELECT data -> 'args' -> 'evidence' AS evidence FROM field_records WHERE kind = 'resolveDispute' AND id = $1`, [disputeId]);
    expect(stored.rows).toEqual([{ evidence }]);
  });

  it('refuses bad input with the field named, and writes nothing', async () => {
    const supervisor = await device(`demo-supervisor-${branch}`);
    const disputeId = await open();
    const bad = async (args: Record<string, unknown>) => {
      const e = entry('reviewDispute', supervisor, supervisor.next++, { caseId, disputeId });
      const res = await push(h, supervisor, [{ ...e, args: { ...e.args, ...args } }]);
      return res;
    };
    for (const [args, field] of [[{ reviewedAt: 'yesterday' }, 'args.reviewedAt'], [{ reviewer: 'someone-else' }, '"reviewer"'], [{ disputeId: '' }, 'args.disputeId']] as const) {
      const res = await bad(args);
      expect(res.body.results[0], JSON.stringify(args)).toMatchObject({ status: 'rejected', reason: { code: 'invalid', message: expect.stringContaining(field) } });
    }
    const good = entry('resolveDispute', supervisor, supervisor.next++, { caseId, disputeId });
    const tooMuch = { ...good, args: { ...good.args, evidence: Array.from({ length: 21 }, (_, i) => `att-${i}`) } };
    expect((await push(h, supervisor, [tooMuch])).body.results[0]).toMatchObject({ status: 'rejected', reason: { code: 'invalid', message: expect.stringContaining('args.evidence') } });
    expect(await count('reviewDispute')).toBe(1);
    expect(await count('resolveDispute')).toBe(1);
  });
});
