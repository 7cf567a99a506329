import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/db/types';
import { PullResponseSchema, type PullChange } from '../../../shared/sync/protocol';
import { MUTATION_SCHEMA_VERSION, PROTOCOL_VERSION } from '../../../shared/sync/versions';
import { PublishedConfigSchema } from '../../../shared/publishedConfig';
import { demoLetterhead } from '../../../shared/publishedConfig/demo';
import { seedDemoConfiguration } from '../../../server/console/config/demoSeed';
import { call, type Harness, openDb, post, signIn, startHarness } from '../harness';

let db: Db;
let h: Harness;
let admin: string;

// A 1×1 PNG, and the same bytes declared as a JPEG.
const PNG_1PX = 'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==';
const GIF_1PX = 'R0lGODlhAQABAIAAAP///wAAACH5BAEAAAAALAAAAAABAAEAAAICRAEAOw==';

const letterhead = (over: Record<string, unknown> = {}) => ({ ...demoLetterhead('310115')!, ...over });
const publish = (kind: string, body: unknown, token = admin) => call(h, 'POST', `/admin/config/${kind}`, { token, body });
const versionsStored = async () => (await db.query<{ n: number }>('SELECT count(*)::integer AS n FROM published_configs')).rows[0]!.n;

async function pullConfigs(d: { deviceId: string; accessToken: string }): Promise<PullChange[]> {
  const changes: PullChange[] = [];
  let cursor: string | null = null;
  for (;;) {
    const res = await post(h, '/sync/pull', { protocolVersion: PROTOCOL_VERSION, schemaVersion: MUTATION_SCHEMA_VERSION, deviceId: d.deviceId, cursor, limit: 1000 }, d.accessToken);
    expect(res.status).toBe(200);
    const page = PullResponseSchema.parse(res.body);
    changes.push(...page.changes.filter((c) => c.kind === 'config'));
    cursor = page.cursor;
    if (!page.hasMore) return changes;
  }
}

beforeAll(async () => {
  db = await openDb('pglite');
  h = await startHarness(db);
  admin = (await signIn(h, 'demo-admin')).accessToken;
}, 60_000);
afterAll(async () => {
  await h.close();
  await db.close();
});

describe('publishing a letterhead', () => {
  it('each publication is the next version; what is in force is the newest; every version is kept', async () => {
    const first = await publish('letterhead', { scope: '310115', payload: letterhead({ seal: { mediaType: 'image/png', base64: PNG_1PX } }) });
    expect(first.status).toBe(200);
    expect(first.body).toMatchObject({ kind: 'letterhead', scope: '310115', version: 1, publishedBy: 'demo-admin' });
    const second = await publish('letterhead', { scope: '310115', payload: letterhead({ address: '上海市浦东新区新地址 1 号' }) });
    expect(second.body.version).toBe(2);

    const current = await call(h, 'GET', '/admin/config/letterhead', { token: admin });
    expect(current.status).toBe(200);
    const mine = current.body.current.filter((c: { scope: string }) => c.scope === '310115');
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ version: 2, payload: { address: '上海市浦东新区新地址 1 号' } });
    expect(current.body.branches.map((b: { code: string }) => b.code)).toContain('110105');

    const versions = await call(h, 'GET', '/admin/config/letterhead/310115/versions', { token: admin });
    expect(versions.body.versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect(versions.body.versions[1].payload.seal.mediaType).toBe('image/png');
  });

  it("a branch's letterhead reaches that branch's devices only, newest version only; the bank's calendar reaches every device", async () => {
    expect((await publish('calendar', { scope: 'bank', payload: { year: 2030, title: '测试', issuedOn: '2029-11-01', checkedAgainst: '测试数据', holidays: ['2030-01-01'], workdays: [] } })).status).toBe(200);
    const pudong = await pullConfigs(await signIn(h, 'demo-officer-310115-01'));
    const chaoyang = await pullConfigs(await signIn(h, 'demo-officer-110105-01'));
    const supervisor = await pullConfigs(await signIn(h, 'demo-supervisor-310115'));

    const letterheads = (cs: PullChange[]) => cs.map((c) => PublishedConfigSchema.parse((c as { data: unknown }).data)).filter((c) => c.kind === 'letterhead');
    expect(letterheads(pudong).map((c) => [c.scope, c.version])).toEqual([['310115', 2]]);
    expect(letterheads(supervisor).map((c) => [c.scope, c.version])).toEqual([['310115', 2]]);
    expect(letterheads(chaoyang)).toEqual([]);
    for (const cs of [pudong, chaoyang]) expect(cs.map((c) => c.id)).toContain('calendar:bank:2030');
  });
});

describe('who may read and publish', () => {
  it('no token: 401 on every route', async () => {
    expect((await call(h, 'GET', '/admin/config/letterhead')).status).toBe(401);
    expect((await call(h, 'GET', '/admin/config/letterhead/310115/versions')).status).toBe(401);
    expect((await call(h, 'POST', '/admin/config/letterhead', { body: { scope: '310115', payload: letterhead() } })).status).toBe(401);
  });

  it('a collector: 403 on every route', async () => {
    const collector = (await signIn(h, 'demo-officer-310115-01')).accessToken;
    expect((await call(h, 'GET', '/admin/config/letterhead', { token: collector })).status).toBe(403);
    expect((await call(h, 'GET', '/admin/config/letterhead/310115/versions', { token: collector })).status).toBe(403);
    expect((await publish('letterhead', { scope: '310115', payload: letterhead() }, collector)).status).toBe(403);
  });

  it('a supervisor reads the bank and their branch only, and publishes nothing', async () => {
    await publish('letterhead', { scope: '110105', payload: demoLetterhead('110105') });
    const before = await versionsStored();
    const sup = (await signIn(h, 'demo-supervisor-310115')).accessToken;
    const current = await call(h, 'GET', '/admin/config/letterhead', { token: sup });
    expect(current.status).toBe(200);
    expect(current.body.current.map((c: { scope: string }) => c.scope)).toEqual(['310115']);
    expect(current.body.branches).toEqual([{ code: '310115', name: '上海浦东支行', rulePack: 'cn-2026' }]);
    expect((await call(h, 'GET', '/admin/config/letterhead/110105/versions', { token: sup })).body.error.code).toBe('other_branch');
    const refused = await publish('letterhead', { scope: '310115', payload: letterhead() }, sup);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('head_office_only');
    expect(await versionsStored()).toBe(before);
  });
});

describe('bad input: 400 naming the field, nothing written', () => {
  const cases: [string, string, unknown, RegExp][] = [
    ['a bad postcode', 'letterhead', { scope: '310115', payload: letterhead({ postcode: '2001' }) }, /body\.payload\.postcode/],
    ['no repayment channel', 'letterhead', { scope: '310115', payload: letterhead({ repayChannels: [] }) }, /body\.payload\.repayChannels/],
    ['a GIF as the seal', 'letterhead', { scope: '310115', payload: letterhead({ seal: { mediaType: 'image/png', base64: GIF_1PX } }) }, /body\.payload\.seal\.base64: the image is not a PNG or JPEG/],
    ['a PNG declared as JPEG', 'letterhead', { scope: '310115', payload: letterhead({ seal: { mediaType: 'image/jpeg', base64: PNG_1PX } }) }, /body\.payload\.seal\.mediaType/],
    ['a seal over the size limit', 'letterhead', { scope: '310115', payload: letterhead({ seal: { mediaType: 'image/png', base64: PNG_1PX + 'A'.repeat(300_000) } }) }, /body\.payload\.seal\.base64: the image is larger/],
    ['a letterhead for the whole bank', 'letterhead', { scope: 'bank', payload: letterhead() }, /body\.scope/],
    ['an unknown branch', 'letterhead', { scope: '999999', payload: letterhead() }, /body\.scope: no branch 999999/],
    ['an unknown kind', 'colours', { scope: 'bank', payload: {} }, /params\.kind/],
    ['a calendar day outside its year', 'calendar', { scope: 'bank', payload: { year: 2031, title: 't', issuedOn: '2030-11-01', checkedAgainst: 't', holidays: ['2031-01-01', '2032-05-01'], workdays: [] } }, /body\.payload\.holidays\.1/],
    ['a holiday listed twice', 'calendar', { scope: 'bank', payload: { year: 2031, title: 't', issuedOn: '2030-11-01', checkedAgainst: 't', holidays: ['2031-01-01', '2031-01-01'], workdays: [] } }, /listed twice/],
    ['a make-up day on a weekday', 'calendar', { scope: 'bank', payload: { year: 2031, title: 't', issuedOn: '2030-11-01', checkedAgainst: 't', holidays: ['2031-01-01'], workdays: ['2031-01-06'] } }, /body\.payload\.workdays\.0: 2031-01-06 is a weekday/],
    ['a calendar for one branch', 'calendar', { scope: '310115', payload: { year: 2031, title: 't', issuedOn: '2030-11-01', checkedAgainst: 't', holidays: ['2031-01-01'], workdays: [] } }, /body\.scope/],
    ['a negative waiver limit', 'limits', { scope: 'bank', payload: { waiverLimitFen: -1, graceDays: 3, unmaskSeconds: 60 } }, /body\.payload\.waiverLimitFen/],
  ];
  it.each(cases)('%s', async (_what, kind, body, message) => {
    const before = await versionsStored();
    const res = await publish(kind, body);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toMatch(message);
    expect(await versionsStored()).toBe(before);
  });
});

describe('rule-pack parameters', () => {
  it('a branch’s stricter hours reach its devices; looser ones are refused naming the field', async () => {
    const params = { packId: 'cn-2026', contactWindows: [{ ruleId: 'cn.window.contactHours', start: '09:00', end: '20:00' }], caps: [] };
    expect((await publish('rulePackParams', { scope: '310115', payload: params })).body).toMatchObject({ kind: 'rulePackParams', scope: '310115', version: 1 });
    const before = await versionsStored();
    const looser = await publish('rulePackParams', { scope: '310115', payload: { ...params, contactWindows: [{ ruleId: 'cn.window.contactHours', start: '06:00', end: '20:00' }] } });
    expect(looser.status).toBe(400);
    expect(looser.body.error.message).toMatch(/body\.payload\.contactWindows\.0: outside the pack's/);
    expect((await publish('rulePackParams', { scope: 'bank', payload: params })).body.error.code).toBe('wrong_scope');
    expect(await versionsStored()).toBe(before);
    const pulled = await pullConfigs(await signIn(h, 'demo-officer-310115-01'));
    expect(pulled.map((c) => c.id)).toContain('rulePackParams:310115:');
    expect((await pullConfigs(await signIn(h, 'demo-officer-110105-01'))).map((c) => c.id)).not.toContain('rulePackParams:310115:');
  });
});

describe('letter templates', () => {
  it('a new version for the whole bank is kept by type and language; the built-in version is refused', async () => {
    const { CN_REMINDER_ZH } = await import('../../../shared/letters/templates/reminder');
    const ok = await publish('letterTemplate', { scope: 'bank', payload: { ...CN_REMINDER_ZH, version: '2027.1' } });
    expect(ok.body).toMatchObject({ kind: 'letterTemplate', key: 'reminder.zh-CN', version: 1 });
    const same = await publish('letterTemplate', { scope: 'bank', payload: CN_REMINDER_ZH });
    expect(same.status).toBe(400);
    expect(same.body.error.message).toMatch(/body\.payload\.version/);
    expect((await publish('letterTemplate', { scope: '310115', payload: { ...CN_REMINDER_ZH, version: '2027.2' } })).body.error.code).toBe('wrong_scope');
  });
});

describe('the demo seed', () => {
  it('publishes a letterhead for every demo branch without one, and the 2027 calendar once', async () => {
    const fresh = await openDb('pglite');
    try {
      expect(await seedDemoConfiguration(fresh, '2026-11-23T01:00:00Z')).toBe(6);
      expect(await seedDemoConfiguration(fresh, '2026-11-23T01:00:00Z')).toBe(0);
      const y = await fresh.query<{ payload: { holidays: string[]; title: string } }>("SELECT payload FROM published_configs WHERE kind = 'calendar' AND key = '2027'");
      expect(y.rows[0]!.payload.holidays).toContain('2027-02-06');
      expect(y.rows[0]!.payload.title).toContain('暂定');
      // The demo branch's own record says what its letterhead says (the console's 网点 page), once.
      const branch = await fresh.query<{ address: string; phone: string; accounts: number }>(
        "SELECT address, phone, (SELECT count(*)::integer FROM branch_accounts WHERE branch_code = '310115') AS accounts FROM branches WHERE code = '310115'",
      );
      expect(branch.rows[0]!.address).toContain('上海市');
      expect(branch.rows[0]!.phone).toMatch(/^021-/);
      expect(branch.rows[0]!.accounts).toBe(1);
    } finally {
      await fresh.close();
    }
  });
});
