import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/db/types';
import { call, type Harness, openDb, post, signIn, startHarness } from '../harness';

let db: Db;
let h: Harness;
let admin: Awaited<ReturnType<typeof signIn>>;
let supervisor: Awaited<ReturnType<typeof signIn>>;
let collector: Awaited<ReturnType<typeof signIn>>;

beforeAll(async () => {
  db = await openDb('pglite');
  h = await startHarness(db);
  admin = await signIn(h, 'demo-admin');
  supervisor = await signIn(h, 'demo-supervisor-310115');
  collector = await signIn(h, 'demo-officer-310115-01');
}, 60_000);
afterAll(async () => {
  await h.close();
  await db.close();
});

const count = async (sql: string) => (await db.query<{ n: number }>(sql)).rows[0]!.n;
const GOOD_BRANCH = {
  name: '上海浦东支行',
  address: '上海市浦东新区世纪大道 100 号',
  postcode: '200120',
  phone: '021-5888 0000',
  rulePack: 'cn-2026',
  accounts: [
    { accountName: '上海浦东支行清收专户', accountNumber: '3101 0000 1234 5678', bank: '本行浦东支行营业部' },
    { accountName: '上海浦东支行还款户', accountNumber: '31010000876543', bank: '本行陆家嘴分理处' },
  ],
};

describe('who may read and change people and devices', () => {
  const READS = ['/admin/branches', '/admin/users', '/admin/users/demo-officer-310115-01', '/admin/devices'];
  const CHANGES: [string, string, unknown][] = [
    ['POST', '/admin/branches', { code: '999001', ...GOOD_BRANCH }],
    ['PUT', '/admin/branches/310115', GOOD_BRANCH],
    ['POST', '/admin/users', { id: 'new-user-1', name: '新用户', role: 'collector', branchCode: '310115' }],
    ['PATCH', '/admin/users/demo-officer-310115-02', { role: 'clerk' }],
    ['POST', '/admin/users/demo-officer-310115-02/disable', { reason: '离职' }],
    ['POST', '/admin/users/demo-officer-310115-02/enable', { reason: '返岗' }],
    ['POST', '/admin/users/demo-officer-310115-02/reset-password', {}],
    ['POST', '/admin/devices/DEVICE/revoke', { reason: '遗失' }],
    ['POST', '/admin/devices/DEVICE/wipe', { reason: '遗失' }],
  ];
  const footprint = async () => JSON.stringify((await db.query('SELECT (SELECT count(*) FROM user_changes) AS c, (SELECT count(*) FROM users) AS u, (SELECT count(*) FROM branches) AS b, (SELECT count(*) FROM devices WHERE revoked_at IS NOT NULL) AS r, (SELECT string_agg(address, \',\') FROM branches) AS a')).rows);

  it.each(READS)('GET %s: 401 without a token, 403 not_console_user for a collector', async (path) => {
    expect((await call(h, 'GET', path)).status).toBe(401);
    const res = await call(h, 'GET', path, { token: collector.accessToken });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('not_console_user');
  });

  it.each(CHANGES)('%s %s: 401 without a token, 403 for a collector and for a supervisor; nothing written', async (method, path, body) => {
    const target = path.replace('DEVICE', collector.deviceId);
    const before = await footprint();
    expect((await call(h, method, target, { body })).status).toBe(401);
    expect((await call(h, method, target, { body, token: collector.accessToken })).body.error.code).toBe('head_office_only');
    const bySupervisor = await call(h, method, target, { body, token: supervisor.accessToken });
    expect(bySupervisor.status).toBe(403);
    expect(bySupervisor.body.error.code).toBe('head_office_only');
    expect(await footprint()).toBe(before);
  });

  it('a supervisor reads their own branch only: the list is theirs, another branch is refused other_branch', async () => {
    const branches = await call(h, 'GET', '/admin/branches', { token: supervisor.accessToken });
    expect(branches.body.branches.map((b: { code: string }) => b.code)).toEqual(['310115']);
    const users = await call(h, 'GET', '/admin/users', { token: supervisor.accessToken });
    expect(new Set(users.body.users.map((u: { branchCode: string }) => u.branchCode))).toEqual(new Set(['310115']));
    expect((await call(h, 'GET', '/admin/users?branchCode=440106', { token: supervisor.accessToken })).body.error.code).toBe('other_branch');
    expect((await call(h, 'GET', '/admin/users/demo-officer-440106-01', { token: supervisor.accessToken })).body.error.code).toBe('other_branch');
    expect((await call(h, 'GET', '/admin/devices?branchCode=440106', { token: supervisor.accessToken })).body.error.code).toBe('other_branch');
    const devices = await call(h, 'GET', '/admin/devices', { token: supervisor.accessToken });
    expect(devices.body.devices.length).toBeGreaterThan(0);
    expect(new Set(devices.body.devices.map((d: { branchCode: string }) => d.branchCode))).toEqual(new Set(['310115']));
  });
});

describe('branches', () => {
  it('an admin edits a branch: details, several repayment accounts and the rule pack, as sent', async () => {
    const res = await call(h, 'PUT', '/admin/branches/310115', { token: admin.accessToken, body: { ...GOOD_BRANCH, rulePack: 'uk-fca' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ code: '310115', address: GOOD_BRANCH.address, postcode: '200120', phone: '021-5888 0000', rulePack: 'uk-fca', accounts: GOOD_BRANCH.accounts });
    const listed = await call(h, 'GET', '/admin/branches', { token: admin.accessToken });
    expect(listed.body.branches.find((b: { code: string }) => b.code === '310115').accounts).toHaveLength(2);
    // The pack reaches the branch's staff at their next sign-in.
    const answer = await post(h, '/auth/sign-in', { userId: 'demo-officer-310115-04', password: 'demo1234', deviceId: `PK${process.pid}` });
    expect(answer.body.user.rulePack).toBe('uk-fca');
    await call(h, 'PUT', '/admin/branches/310115', { token: admin.accessToken, body: GOOD_BRANCH });
  });

  it('an admin creates a branch; the same code again is 409 branch_exists', async () => {
    const res = await call(h, 'POST', '/admin/branches', { token: admin.accessToken, body: { code: '120101', ...GOOD_BRANCH, name: '天津和平支行', accounts: [] } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ code: '120101', name: '天津和平支行', userCount: 0 });
    expect((await call(h, 'POST', '/admin/branches', { token: admin.accessToken, body: { code: '120101', ...GOOD_BRANCH } })).body.error.code).toBe('branch_exists');
  });

  it.each([
    ['an unknown rule pack', { ...GOOD_BRANCH, rulePack: 'xx-1' }, 'body.rulePack'],
    ['an account number with letters', { ...GOOD_BRANCH, accounts: [{ ...GOOD_BRANCH.accounts[0], accountNumber: 'ABC123456' }] }, 'body.accounts.0.accountNumber'],
    ['an empty name', { ...GOOD_BRANCH, name: '' }, 'body.name'],
    ['an address with a line break', { ...GOOD_BRANCH, address: '一行\n两行' }, 'body.address'],
    ['a field head office does not know', { ...GOOD_BRANCH, manager: 'x' }, 'manager'],
  ])('refuses %s with 400 naming the field; nothing written', async (_what, body, field) => {
    const before = JSON.stringify((await db.query("SELECT * FROM branches WHERE code = '310115'")).rows);
    const res = await call(h, 'PUT', '/admin/branches/310115', { token: admin.accessToken, body });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(field);
    expect(JSON.stringify((await db.query("SELECT * FROM branches WHERE code = '310115'")).rows)).toBe(before);
  });

  it('a bad code in the path is 400; an unknown branch 404', async () => {
    expect((await call(h, 'PUT', '/admin/branches/%20x', { token: admin.accessToken, body: GOOD_BRANCH })).body.error.message).toContain('params.code');
    expect((await call(h, 'PUT', '/admin/branches/777777', { token: admin.accessToken, body: GOOD_BRANCH })).status).toBe(404);
  });
});

describe('users', () => {
  it('lists with filters: branch, role, status', async () => {
    const res = await call(h, 'GET', '/admin/users?branchCode=310115&role=collector&status=active', { token: admin.accessToken });
    expect(res.status).toBe(200);
    expect(res.body.users.map((u: { id: string }) => u.id)).toEqual(['demo-officer-310115-01', 'demo-officer-310115-02', 'demo-officer-310115-03', 'demo-officer-310115-04']);
    const bad = await call(h, 'GET', '/admin/users?role=boss', { token: admin.accessToken });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('query.role');
  });

  it('creates a user with a temporary password shown once; they must change it; the change is audited', async () => {
    const res = await call(h, 'POST', '/admin/users', { token: admin.accessToken, body: { id: 'li.na-310115', name: '李娜', role: 'collector', branchCode: '310115' } });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ id: 'li.na-310115', status: 'active', mustChangePassword: true });
    expect(res.body.temporaryPassword).toMatch(/^[A-Za-z0-9]{4}-[A-Za-z0-9]{4}-[A-Za-z0-9]{4}$/);
    const stored = await db.query<{ password_hash: string }>("SELECT password_hash FROM users WHERE id = 'li.na-310115'");
    expect(stored.rows[0]!.password_hash).not.toContain(res.body.temporaryPassword);
    const detail = await call(h, 'GET', '/admin/users/li.na-310115', { token: admin.accessToken });
    expect(detail.body.changes).toEqual([expect.objectContaining({ kind: 'created', actorId: 'demo-admin', detail: { role: 'collector', branchCode: '310115', name: '李娜' } })]);
    expect((await call(h, 'POST', '/admin/users', { token: admin.accessToken, body: { id: 'li.na-310115', name: '李娜', role: 'collector', branchCode: '310115' } })).body.error.code).toBe('user_exists');
  });

  it('a typed initial password must meet the policy: 400 weak_password naming the rules; nothing written', async () => {
    const before = await count('SELECT count(*)::int AS n FROM users');
    const res = await call(h, 'POST', '/admin/users', { token: admin.accessToken, body: { id: 'weak-1', name: '弱', role: 'clerk', branchCode: '310115', password: 'password1' } });
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'weak_password', rules: ['too_short', 'too_simple', 'too_common'] });
    expect(res.body.error.message).toContain('密码至少 10 个字符');
    expect(await count('SELECT count(*)::int AS n FROM users')).toBe(before);
  });

  it.each([
    ['an id with a space', { id: 'a b c', name: 'x', role: 'clerk', branchCode: '310115' }, 'body.id'],
    ['an unknown role', { id: 'abc-1', name: 'x', role: 'boss', branchCode: '310115' }, 'body.role'],
    ['a branch that does not exist', { id: 'abc-2', name: 'x', role: 'clerk', branchCode: '999999' }, 'body.branchCode'],
    ['no name', { id: 'abc-3', role: 'clerk', branchCode: '310115' }, 'body.name'],
  ])('creating with %s is 400 naming the field; nothing written', async (_what, body, field) => {
    const before = await count('SELECT count(*)::int AS n FROM users');
    const res = await call(h, 'POST', '/admin/users', { token: admin.accessToken, body });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(field);
    expect(await count('SELECT count(*)::int AS n FROM users')).toBe(before);
  });

  it('changes role and branch, each audited with from and to; an empty change is 400', async () => {
    const res = await call(h, 'PATCH', '/admin/users/demo-officer-330106-01', { token: admin.accessToken, body: { role: 'clerk', branchCode: '510107' } });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ role: 'clerk', branchCode: '510107' });
    const detail = await call(h, 'GET', '/admin/users/demo-officer-330106-01', { token: admin.accessToken });
    expect(detail.body.changes.map((c: { kind: string; detail: unknown }) => [c.kind, c.detail]).sort()).toEqual([
      ['branch_changed', { from: '330106', to: '510107' }],
      ['role_changed', { from: 'collector', to: 'clerk' }],
    ]);
    expect((await call(h, 'PATCH', '/admin/users/demo-officer-330106-01', { token: admin.accessToken, body: {} })).status).toBe(400);
    expect((await call(h, 'PATCH', '/admin/users/nobody-here', { token: admin.accessToken, body: { role: 'clerk' } })).status).toBe(404);
  });

  it('an admin cannot disable themselves or give up their own admin role', async () => {
    expect((await call(h, 'POST', '/admin/users/demo-admin/disable', { token: admin.accessToken, body: { reason: 'x' } })).body.error.code).toBe('own_account');
    expect((await call(h, 'PATCH', '/admin/users/demo-admin', { token: admin.accessToken, body: { role: 'clerk' } })).body.error.code).toBe('own_account');
  });

  it('disable and enable need a reason (400 naming it)', async () => {
    const res = await call(h, 'POST', '/admin/users/demo-clerk-110105/disable', { token: admin.accessToken, body: {} });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('body.reason');
    expect(await count("SELECT count(*)::int AS n FROM users WHERE id = 'demo-clerk-110105' AND disabled_at IS NOT NULL")).toBe(0);
  });
});
