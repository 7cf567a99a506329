import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/db/types';
import { DEMO_SCRIPT_LIBRARY, type ScriptLibrary } from '../../../shared/scripts';
import { call, type Harness, openDb, signIn, startHarness } from '../harness';

/** Publishing the call script library (kind scriptLibrary) through the published-configuration route, and its wording gate. */

let db: Db;
let h: Harness;
let admin: string;

/** `token` null: no Authorization header. */
const publish = (body: unknown, token: string | null = admin) => call(h, 'POST', '/admin/config/scriptLibrary', { token: token ?? undefined, body });
const stored = async () => (await db.query<{ n: number }>("SELECT count(*)::integer AS n FROM published_configs WHERE kind = 'scriptLibrary'")).rows[0]!.n;
const withNegotiation = (zh: string, en = 'Please pay.'): ScriptLibrary => ({
  ...DEMO_SCRIPT_LIBRARY,
  scripts: [...DEMO_SCRIPT_LIBRARY.scripts, { id: 'bad.negotiation', segment: 'able_unwilling', stage: 'negotiation', text: { 'zh-CN': zh, en } }],
});

beforeAll(async () => {
  db = await openDb('pglite');
  h = await startHarness(db);
  admin = (await signIn(h, 'demo-admin')).accessToken;
}, 60_000);
afterAll(async () => {
  await h.close();
  await db.close();
});

describe('publishing the call script library', () => {
  it('an admin publishes the bank’s library; it is version 1, then 2, and in force', async () => {
    const first = await publish({ scope: 'bank', payload: DEMO_SCRIPT_LIBRARY });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ kind: 'scriptLibrary', scope: 'bank', key: '', version: 1, publishedBy: 'demo-admin' });
    const second = await publish({ scope: 'bank', payload: { ...DEMO_SCRIPT_LIBRARY, title: '话术库（修订）' } });
    expect(second.body.version).toBe(2);
    const current = await call(h, 'GET', '/admin/config/scriptLibrary', { token: admin });
    expect(current.body.current).toEqual([expect.objectContaining({ version: 2, payload: expect.objectContaining({ title: '话术库（修订）' }) })]);
  });

  it('refuses a library with prohibited wording: 400 naming the script, the phrase and the rule; nothing stored', async () => {
    const before = await stored();
    const res = await publish({ scope: 'bank', payload: withNegotiation('再不还钱，我们就通知你的单位，后果自负') });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('script_wording');
    expect(res.body.error.message).toContain('bad.negotiation');
    expect(res.body.error.findings).toEqual([
      expect.objectContaining({ packId: 'cn-2026', itemId: 'bad.negotiation', part: 'text', language: 'zh-CN', phrase: '通知你的单位', ruleId: 'cn.wording.disclosure' }),
      expect.objectContaining({ packId: 'cn-2026', itemId: 'bad.negotiation', phrase: '后果自负', ruleId: 'cn.wording.threatInsult' }),
    ]);
    expect(await stored()).toBe(before);
  });

  it('checks the English text under the pack of every branch (a branch on the UK pack)', async () => {
    const before = await stored();
    // Not prohibited by the CN pack; the UK pack refuses court threats.
    expect((await call(h, 'PUT', '/admin/branches/330106', { token: admin, body: await branchWith('330106', 'uk-fca') })).status).toBe(200);
    const res = await publish({ scope: 'bank', payload: withNegotiation('请尽快还款。', 'Pay now or we will take you to court.') });
    expect(res.status).toBe(400);
    expect(res.body.error.findings).toEqual([expect.objectContaining({ packId: 'uk-fca', language: 'en', phrase: 'take you to court' })]);
    expect(await stored()).toBe(before);
  });

  it.each([
    ['a branch scope', { scope: '310115', payload: DEMO_SCRIPT_LIBRARY }, 'wrong_scope', 'body.scope'],
    ['an unknown placeholder', { scope: 'bank', payload: withNegotiation('请输入{{password}}') }, 'bad_request', 'body.payload.scripts'],
    ['a script without English', { scope: 'bank', payload: { ...DEMO_SCRIPT_LIBRARY, scripts: [{ id: 'x', segment: 'general', stage: 'opening', text: { 'zh-CN': '您好' } }] } }, 'bad_request', 'body.payload.scripts.0.text.en'],
    ['an unknown stage', { scope: 'bank', payload: { ...DEMO_SCRIPT_LIBRARY, scripts: [{ ...DEMO_SCRIPT_LIBRARY.scripts[0], stage: 'threatening' }] } }, 'bad_request', 'body.payload.scripts.0.stage'],
    ['no payload', { scope: 'bank' }, 'bad_request', 'body.payload'],
  ])('refuses %s (400, the field named, nothing stored)', async (_name, body, code, field) => {
    const before = await stored();
    const res = await publish(body);
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe(code);
    expect(res.body.error.message).toContain(field);
    expect(await stored()).toBe(before);
  });
});

describe('who may publish it', () => {
  it('no token: 401; a collector: 403; a supervisor: 403 (reads only); nothing stored', async () => {
    const before = await stored();
    expect((await publish({ scope: 'bank', payload: DEMO_SCRIPT_LIBRARY }, null)).status).toBe(401);
    const collector = (await signIn(h, 'demo-officer-310115-01')).accessToken;
    expect((await publish({ scope: 'bank', payload: DEMO_SCRIPT_LIBRARY }, collector)).status).toBe(403);
    expect((await call(h, 'GET', '/admin/config/scriptLibrary', { token: collector })).status).toBe(403);
    const supervisor = (await signIn(h, 'demo-supervisor-310115')).accessToken;
    expect((await publish({ scope: 'bank', payload: DEMO_SCRIPT_LIBRARY }, supervisor)).status).toBe(403);
    const read = await call(h, 'GET', '/admin/config/scriptLibrary', { token: supervisor });
    expect(read.status).toBe(200);
    expect(read.body.current.map((c: { scope: string }) => c.scope)).toEqual(['bank']);
    expect(await stored()).toBe(before);
  });
});

/** The branch as the 网点 page would save it, with another rule pack. */
async function branchWith(code: string, rulePack: string) {
  const res = await call(h, 'GET', '/admin/branches', { token: admin });
  const b = (res.body.branches as { code: string; name: string; address: string; postcode: string; phone: string; accounts: unknown[] }[]).find((x) => x.code === code)!;
  return { name: b.name, address: b.address || '浙江省杭州市西湖区金融街 8 号', postcode: b.postcode || '310013', phone: b.phone || '0571-0000 0000', rulePack, accounts: b.accounts };
}
