import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Case } from '../../shared/domain/case';
import { DEMO_BRANCHES } from '../../shared/demo/branches';
import { PullResponseSchema, type PullChange } from '../../shared/sync/protocol';
import { MUTATION_SCHEMA_VERSION, PROTOCOL_VERSION } from '../../shared/sync/versions';
import type { MutationArgsInput, MutationName, OutboxEntry } from '../../shared/sync';
import { caseIdOf } from '../../server/import/portfolio';
import { importExtract } from '../../server/import/apply';
import type { Db } from '../../server/db/types';
import { caseToRows, customerNoOf, demoCases, extractOf } from '../fixtures/import/demoExtract';
import { eachBackend, entry, openDb, post, push, signIn, startHarness, type Harness } from './harness';

/**
 * Special-customer arrangements (特殊客户处置方案) at head office: proposed by the case's collector, decided once
 * by a supervisor of the case's branch who is not the proposer (maker-checker), always with a reason; a bad
 * proposal is refused whole with the field named, and nothing is written on a refusal.
 */
eachBackend((backend) => {
  let db: Db;
  let h: Harness;
  const cases = demoCases(12, { seed: 'arrangement-tests' });
  const idOf = (c: Case) => caseIdOf(customerNoOf(c));
  let officer: string;
  let branch: string;
  let caseA: Case;

  type Device = Awaited<ReturnType<typeof signIn>> & { next: number };
  const devices = new Map<string, Device>();
  const device = async (userId: string): Promise<Device> => {
    if (!devices.has(userId)) devices.set(userId, { ...(await signIn(h, userId)), next: 1 });
    return devices.get(userId)!;
  };
  async function send<N extends MutationName>(d: Device, name: N, args: Partial<MutationArgsInput<N>>) {
    const e = entry(name, d, d.next++, args);
    const res = await push(h, d, [e]);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return { result: res.body.results[0] as { status: string; reason?: { code: string; message: string } }, entry: e };
  }
  const idArg = (e: OutboxEntry) => (e.args as { id: string }).id;
  const count = async (kind: string) => (await db.query<{ n: number }>('SELECT count(*)::integer AS n FROM field_records WHERE kind = $1', [kind])).rows[0]!.n;
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
    db = await openDb(backend);
    h = await startHarness(db);
    await importExtract(db, extractOf(cases.flatMap(caseToRows)));
    caseA = cases.find((c) => c.assignment.officerId !== null)!;
    officer = caseA.assignment.officerId!;
    branch = caseA.assignment.branchCode;
  }, 60_000);
  afterAll(async () => {
    await h.close();
    await db.close();
  });

  it('a proposal by the case’s collector is applied once; a copy is a duplicate; another branch’s user is refused', async () => {
    const collector = await device(officer);
    const proposed = await send(collector, 'proposeArrangement', { caseId: idOf(caseA) });
    expect(proposed.result.status).toBe('applied');
    const again = await push(h, collector, [{ ...proposed.entry, mutationId: collector.next++ }]);
    expect(again.body.results[0]).toMatchObject({ status: 'duplicate' });
    const otherBranch = DEMO_BRANCHES.find((b) => b.code !== branch)!.code;
    const stranger = await send(await device(`demo-supervisor-${otherBranch}`), 'proposeArrangement', { caseId: idOf(caseA) });
    expect(stranger.result).toMatchObject({ status: 'rejected', reason: { code: 'out_of_scope' } });
    expect(await count('proposeArrangement')).toBe(1);
  });

  it('refuses a bad proposal whole, naming the field: text too short, unknown kind, an evidence id that is not a SHA-256, an unknown key', async () => {
    const collector = await device(officer);
    const before = await count('proposeArrangement');
    // Built by hand, as a broken or hostile client would send them: the app's own outbox would refuse them first.
    const raw = (name: MutationName, args: object) => {
      const good = entry(name, collector, collector.next++, { caseId: idOf(caseA) });
      return { ...good, args: { ...good.args, ...args } };
    };
    for (const [args, field] of [
      [{ proposal: '暂停' }, 'proposal'],
      [{ reasons: '   ' }, 'reasons'],
      [{ kind: 'bankrupt' }, 'kind'],
      [{ evidenceIds: ['not-a-hash'] }, 'evidenceIds'],
      [{ decideBy: '2026-02-30' }, 'decideBy'],
      [{ approvedBy: 'demo-supervisor' }, 'approvedBy'],
    ] as const) {
      const res = await push(h, collector, [raw('proposeArrangement', args)]);
      expect(res.body.results[0], field).toMatchObject({ status: 'rejected', reason: { code: 'invalid', message: expect.stringContaining(field) } });
    }
    expect(await count('proposeArrangement')).toBe(before);
  });

  it('is decided by the branch’s supervisor, never the proposer, collector or head office; once; with a reason; and reaches the collector', async () => {
    const collector = await device(officer);
    const supervisor = await device(`demo-supervisor-${branch}`);
    const caseId = idOf(caseA);
    const { entry: made } = await send(collector, 'proposeArrangement', { caseId });
    const arrangementId = idArg(made);

    const byCollector = await send(collector, 'decideArrangement', { caseId, arrangementId });
    expect(byCollector.result).toMatchObject({ status: 'rejected', reason: { code: 'forbidden', message: expect.stringContaining('may not decideArrangement') } });
    const byAdmin = await send(await device('demo-admin'), 'decideArrangement', { caseId, arrangementId });
    expect(byAdmin.result).toMatchObject({ status: 'rejected', reason: { code: 'forbidden' } });
    const noSuch = await send(supervisor, 'decideArrangement', { caseId, arrangementId: '01955a3c-8e00-7000-8000-999999999999' });
    expect(noSuch.result).toMatchObject({ status: 'rejected', reason: { code: 'not_found' } });
    const noReasonEntry = entry('decideArrangement', supervisor, supervisor.next++, { caseId, arrangementId });
    const noReason = await push(h, supervisor, [{ ...noReasonEntry, args: { ...noReasonEntry.args, reason: ' ' } }]);
    expect(noReason.body.results[0]).toMatchObject({ status: 'rejected', reason: { code: 'invalid', message: expect.stringContaining('reason') } });

    // The supervisor's own proposal: deciding it is refused (maker-checker), even though the app would not offer it.
    const own = await send(supervisor, 'proposeArrangement', { caseId });
    expect(own.result.status).toBe('applied');
    const selfApproved = await send(supervisor, 'decideArrangement', { caseId, arrangementId: idArg(own.entry) });
    expect(selfApproved.result).toMatchObject({ status: 'rejected', reason: { code: 'forbidden', message: expect.stringContaining('maker-checker') } });
    expect(await count('decideArrangement')).toBe(0);

    const approved = await send(supervisor, 'decideArrangement', { caseId, arrangementId, decision: 'approve', reason: '病历属实，同意暂停催收' });
    expect(approved.result.status).toBe('applied');
    const late = await send(supervisor, 'decideArrangement', { caseId, arrangementId, decision: 'reject', reason: '再议：材料不足' });
    expect(late.result).toMatchObject({ status: 'rejected', reason: { code: 'conflict', message: expect.stringContaining('already approved') } });
    expect(await count('decideArrangement')).toBe(1);

    const pulled = (await pullAll(collector)).filter((ch) => ch.kind === 'record' && ch.name === 'decideArrangement');
    expect(pulled).toHaveLength(1);
    expect(pulled[0]).toMatchObject({ data: { userId: `demo-supervisor-${branch}`, args: { arrangementId, decision: 'approve', reason: '病历属实，同意暂停催收' } } });
  });
});
