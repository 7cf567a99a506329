import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/db/types';
import { importExtract } from '../../../server/import/apply';
import { splitPerCollector } from '../../../shared/kpi/split';
import { SetTargetAnswerSchema, TargetPageAnswerSchema } from '../../../shared/kpi/targetConsoleApi';
import { MUTATION_SCHEMA_VERSION, PROTOCOL_VERSION } from '../../../shared/sync/versions';
import { caseToRows, demoCases, extractOf } from '../../fixtures/import/demoExtract';
import { call, entry, openDb, post, push, signIn, startHarness, type Harness } from '../harness';

/**
 * Targets set from the console (issue 15 §4): a head-office admin sets a branch's monthly target as the same
 * setTarget record a supervisor's device makes; a collector of the branch pulls it; each change is audited
 * (who, device, when, before, after); a supervisor's change set earlier that arrives later does not replace it,
 * one set later does (targetInForce); refusals write nothing.
 */

let db: Db;
let h: Harness;
let branch = '';
let other = '';
let admin: Awaited<ReturnType<typeof signIn>>;
let supervisor: Awaited<ReturnType<typeof signIn>>;
const month = '2026-12';
const officer = (b: string, n: number) => `demo-officer-${b}-0${n}`;
const page = (token: string, query = `branch=${branch}&month=${month}`) => call(h, 'GET', `/admin/kpi/targets?${query}`, { token });
// Head office's clock moves on between changes (the harness's stands still): each is set a minute after the last.
const save = (token: string, body: unknown) => ((h.clock.ms += 60_000), call(h, 'POST', '/admin/kpi/targets', { token, body }));
const count = async () => (await db.query<{ n: number }>(`SELECT (SELECT count(*) FROM field_records WHERE kind = 'setTarget')::int + (SELECT count(*) FROM target_changes)::int AS n`)).rows[0]!.n;
const byHand = (over: Record<string, unknown> = {}) => ({
  branchCode: branch, month, recoveredFen: 3_000_001, curedAccounts: 5, successRateBps: 2_500, split: 'by_hand',
  collectors: [
    { officerId: officer(branch, 1), recoveredFen: 2_000_001, curedAccounts: 3 },
    { officerId: officer(branch, 2), recoveredFen: 1_000_000, curedAccounts: 2 },
  ],
  reason: '总行下达十二月目标', ...over,
});

beforeAll(async () => {
  db = await openDb('pglite');
  h = await startHarness(db);
  await importExtract(db, extractOf(demoCases(16, { seed: 'console-targets' }).flatMap(caseToRows)));
  branch = (await db.query<{ branch_code: string }>('SELECT branch_code FROM cases ORDER BY id LIMIT 1')).rows[0]!.branch_code;
  other = (await db.query<{ code: string }>(`SELECT code FROM branches WHERE code NOT IN ($1, '000000') ORDER BY code LIMIT 1`, [branch])).rows[0]!.code;
  admin = await signIn(h, 'demo-admin');
  supervisor = await signIn(h, `demo-supervisor-${branch}`);
}, 60_000);
afterAll(async () => {
  await h?.close();
  await db?.close();
});

async function pulledTargets(userId: string) {
  const d = await signIn(h, userId);
  const res = await post(h, '/sync/pull', { protocolVersion: PROTOCOL_VERSION, schemaVersion: MUTATION_SCHEMA_VERSION, deviceId: d.deviceId, cursor: null, limit: 1000 }, d.accessToken);
  expect(res.status).toBe(200);
  return res.body.changes.filter((c: { name?: string }) => c.name === 'setTarget') as { id: string; caseId: null; args?: Record<string, unknown>; record?: unknown }[];
}

describe('console: targets (目标)', () => {
  it('shows the branch’s collectors with their portfolio, the published calendar, and no target yet', async () => {
    const res = await page(admin.accessToken);
    expect(res.status).toBe(200);
    const answer = TargetPageAnswerSchema.parse(res.body);
    expect(answer.branches.map((b) => b.code)).toEqual(expect.arrayContaining([branch, other]));
    expect(answer.inForce).toBeNull();
    expect(answer.changes).toEqual([]);
    expect(answer.collectors.map((c) => c.id)).toEqual(expect.arrayContaining([officer(branch, 1), officer(branch, 2)]));
    const held = await db.query<{ officer_id: string; n: number }>('SELECT officer_id, count(*)::int AS n FROM cases WHERE branch_code = $1 AND officer_id IS NOT NULL GROUP BY 1', [branch]);
    for (const r of held.rows) expect(answer.collectors.find((c) => c.id === r.officer_id)!.portfolioFen).toBeGreaterThan(0);
    expect(answer.calendar.id).toBeTruthy();
  });

  it('an admin sets a target by hand: a collector of the branch pulls the record, another branch’s does not, and the change is audited', async () => {
    const before = await count();
    const res = await save(admin.accessToken, byHand());
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const answer = SetTargetAnswerSchema.parse(res.body);
    expect(answer.inForce).toBe(true);
    expect(answer.target).toMatchObject({ recoveredFen: 3_000_001, setBy: 'demo-admin', split: 'by_hand' });
    expect(await count()).toBe(before + 2);

    const pulled = await pulledTargets(officer(branch, 1));
    expect(pulled.map((c) => c.id)).toContain(answer.id);
    expect(JSON.stringify(pulled.find((c) => c.id === answer.id))).toContain('3000001');
    expect((await pulledTargets(officer(other, 1))).map((c) => c.id)).not.toContain(answer.id);

    const audit = await db.query<{ actor_id: string; device_id: string; before: unknown; after: { recoveredFen: number; reason: string }; took_effect: boolean }>(
      'SELECT actor_id, device_id, before, after, took_effect FROM target_changes WHERE target_id = $1', [answer.id],
    );
    expect(audit.rows).toEqual([{ actor_id: 'demo-admin', device_id: admin.deviceId, before: null, after: expect.objectContaining({ recoveredFen: 3_000_001, reason: '总行下达十二月目标' }), took_effect: true }]);
    const view = TargetPageAnswerSchema.parse((await page(supervisor.accessToken)).body);
    expect(view.inForce).toMatchObject({ id: answer.id, setByName: expect.any(String) });
    expect(view.changes[0]).toMatchObject({ targetId: answer.id, actorId: 'demo-admin', before: null, after: { recoveredFen: 3_000_001, curedAccounts: 5, successRateBps: 2_500 }, tookEffect: true });
  });

  it('by share of the portfolio: head office splits by each collector’s overdue balance now, summing exactly', async () => {
    const view = TargetPageAnswerSchema.parse((await page(admin.accessToken)).body);
    const ids = view.collectors.map((c) => ({ officerId: c.id, recoveredFen: 0, curedAccounts: 0 }));
    const res = await save(admin.accessToken, byHand({ split: 'portfolio', recoveredFen: 1_234_567, curedAccounts: 7, collectors: ids }));
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const target = SetTargetAnswerSchema.parse(res.body).target;
    expect(target.collectors).toEqual(splitPerCollector({ recoveredFen: 1_234_567, curedAccounts: 7 }, view.collectors.map((c) => ({ officerId: c.id, weight: c.portfolioFen }))));
    expect(target.collectors.reduce((s, c) => s + c.recoveredFen, 0)).toBe(1_234_567);
    const after = TargetPageAnswerSchema.parse((await page(admin.accessToken)).body);
    expect(after.changes[0]).toMatchObject({ before: { recoveredFen: 3_000_001 }, after: { recoveredFen: 1_234_567 }, tookEffect: true });
  });

  it('a supervisor’s change set before head office’s but arriving after it does not replace it; one set later does', async () => {
    const inForce = TargetPageAnswerSchema.parse((await page(admin.accessToken)).body).inForce!;
    const stale = entry('setTarget', supervisor, 1, { ...byHand({ recoveredFen: 999_999, collectors: [{ officerId: officer(branch, 1), recoveredFen: 999_999, curedAccounts: 5 }] }), caseId: null, setAt: new Date(Date.parse(inForce.setAt) - 3_600_000).toISOString(), reason: '离线时设定' } as never);
    expect((await push(h, supervisor, [stale])).body.results[0].status).toBe('applied');
    let view = TargetPageAnswerSchema.parse((await page(admin.accessToken)).body);
    expect(view.inForce!.id).toBe(inForce.id);
    expect(view.changes[0]).toMatchObject({ actorId: supervisor.userId, after: { recoveredFen: 999_999 }, before: { recoveredFen: inForce.recoveredFen }, tookEffect: false });

    const later = entry('setTarget', supervisor, 2, { ...byHand({ recoveredFen: 888_888, collectors: [{ officerId: officer(branch, 2), recoveredFen: 888_888, curedAccounts: 5 }] }), caseId: null, setAt: new Date(Date.parse(inForce.setAt) + 60_000).toISOString(), reason: '支行调整' } as never);
    expect((await push(h, supervisor, [later])).body.results[0].status).toBe('applied');
    view = TargetPageAnswerSchema.parse((await page(admin.accessToken)).body);
    expect(view.inForce).toMatchObject({ id: (later.args as { id: string }).id, recoveredFen: 888_888, setBy: supervisor.userId });
    expect(view.changes[0]).toMatchObject({ tookEffect: true, before: { recoveredFen: inForce.recoveredFen } });
    // The 业绩 page shows the same target for the month.
    const perf = await call(h, 'GET', `/admin/kpi/performance?from=${month}-01&to=${month}-31&branch=${branch}`, { token: admin.accessToken });
    expect(perf.body.branches[0].target).toMatchObject({ recoveredFen: 888_888 });
  });

  it('refuses, writing nothing: a supervisor (read-only console), a split that does not sum, a collector of another branch, a bad month', async () => {
    const before = await count();
    expect((await save(supervisor.accessToken, byHand())).status).toBe(403);
    const uneven = await save(admin.accessToken, byHand({ recoveredFen: 3_000_000 }));
    expect(uneven.status).toBe(400);
    expect(uneven.body.error.message).toContain('body.collectors');
    const stranger = await save(admin.accessToken, byHand({ collectors: [{ officerId: officer(other, 1), recoveredFen: 3_000_001, curedAccounts: 5 }] }));
    expect(stranger.status).toBe(409);
    expect(stranger.body.error.code).toBe('target_invalid');
    expect((await save(admin.accessToken, byHand({ month: '2026-13' }))).status).toBe(400);
    expect((await save(admin.accessToken, byHand({ recoveredFen: 12.5 }))).status).toBe(400);
    expect(await count()).toBe(before);
    // A supervisor reads only their own branch's.
    expect((await page(supervisor.accessToken, `branch=${other}&month=${month}`)).status).toBe(403);
    expect(TargetPageAnswerSchema.parse((await page(supervisor.accessToken, `month=${month}`)).body).branchCode).toBe(branch);
  });
});
