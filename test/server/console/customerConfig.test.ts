import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/db/types';
import { DEMO_SEGMENT_TABLE } from '../../../shared/segments/demoTable';
import { DEMO_CONTACT_STRATEGY } from '../../../shared/strategy/demo';
import { call, type Harness, openDb, signIn, startHarness } from '../harness';

// The segment decision table and the contact strategy are published like any configuration (issue 16 §2–§3):
// through /admin/config/:kind, checked by their schemas, stored (migration 24 lets the kinds in) and versioned.
let db: Db;
let h: Harness;
let admin: string;
const publish = (kind: string, body: unknown, token = admin) => call(h, 'POST', `/admin/config/${kind}`, { token, body });
const stored = async (kind: string) => (await db.query<{ n: number }>('SELECT count(*)::integer AS n FROM published_configs WHERE kind = $1', [kind])).rows[0]!.n;

beforeAll(async () => {
  db = await openDb('pglite');
  h = await startHarness(db);
  admin = (await signIn(h, 'demo-admin')).accessToken;
}, 60_000);
afterAll(async () => {
  await h.close();
  await db.close();
});

describe('publishing the segment table and the contact strategy', () => {
  it('an admin publishes each, version after version; a branch may have its own strategy', async () => {
    expect((await publish('segmentTable', { scope: 'bank', payload: DEMO_SEGMENT_TABLE })).body).toMatchObject({ kind: 'segmentTable', scope: 'bank', version: 1 });
    expect((await publish('segmentTable', { scope: 'bank', payload: { ...DEMO_SEGMENT_TABLE, title: '客户分群决策表 v2' } })).body).toMatchObject({ version: 2 });
    expect((await publish('contactStrategy', { scope: '310115', payload: DEMO_CONTACT_STRATEGY })).body).toMatchObject({ kind: 'contactStrategy', scope: '310115', version: 1 });
    const current = await call(h, 'GET', '/admin/config/segmentTable', { token: admin });
    expect(current.status).toBe(200);
    expect(current.body.current).toMatchObject([{ kind: 'segmentTable', version: 2 }]);
  });

  it('refuses a table whose last row has a condition, naming the field, and stores nothing', async () => {
    const before = await stored('segmentTable');
    const rows = [...DEMO_SEGMENT_TABLE.rows.slice(0, -1)];
    const res = await publish('segmentTable', { scope: 'bank', payload: { ...DEMO_SEGMENT_TABLE, rows } });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain(`body.payload.rows.${rows.length - 1}.when`);
    expect(await stored('segmentTable')).toBe(before);
  });

  it('refuses a strategy whose letter step names no letter type', async () => {
    const before = await stored('contactStrategy');
    const rules = [{ ...DEMO_CONTACT_STRATEGY.rules[0]!, steps: [{ step: 'letter', everyDays: 30 }] }];
    const res = await publish('contactStrategy', { scope: 'bank', payload: { ...DEMO_CONTACT_STRATEGY, rules } });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).toContain('body.payload.rules.0.steps.0.letterType');
    expect(await stored('contactStrategy')).toBe(before);
  });

  it('refuses a table with a row no case can reach (under a row without conditions), in words, and stores nothing', async () => {
    const before = await stored('segmentTable');
    const rows = [DEMO_SEGMENT_TABLE.rows.at(-1)!, ...DEMO_SEGMENT_TABLE.rows];
    const res = await publish('segmentTable', { scope: 'bank', payload: { ...DEMO_SEGMENT_TABLE, rows: rows.map((r, i) => (i === 0 ? { ...r, id: 'catch-all' } : r)) } });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'segment_rows_unreachable', rowNumber: 2, rowId: 'evasion-broken', shadowedBy: 'catch-all' });
    expect(res.body.error.message).toContain('row 2 "evasion-broken" is never reached');
    expect(await stored('segmentTable')).toBe(before);
  });

  it('refuses a strategy that leaves a segment without a rule (those cases would get no next action), and stores nothing', async () => {
    const before = await stored('contactStrategy');
    const rules = DEMO_CONTACT_STRATEGY.rules.filter((r) => r.id !== 'lost');
    const res = await publish('contactStrategy', { scope: 'bank', payload: { ...DEMO_CONTACT_STRATEGY, rules } });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'strategy_uncovered', segment: 'lost_contact' });
    expect(res.body.error.message).toContain('no rule covers segment lost_contact');
    expect(await stored('contactStrategy')).toBe(before);
  });

  it('no token 401; a collector or a supervisor may not publish', async () => {
    expect((await call(h, 'POST', '/admin/config/segmentTable', { body: { scope: 'bank', payload: DEMO_SEGMENT_TABLE } })).status).toBe(401);
    const collector = (await signIn(h, 'demo-officer-310115-01')).accessToken;
    expect((await publish('segmentTable', { scope: 'bank', payload: DEMO_SEGMENT_TABLE }, collector)).status).toBe(403);
    const supervisor = (await signIn(h, 'demo-supervisor-310115')).accessToken;
    expect((await publish('contactStrategy', { scope: '310115', payload: DEMO_CONTACT_STRATEGY }, supervisor)).status).toBe(403);
  });
});
