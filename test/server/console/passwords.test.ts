import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/db/types';
import { call, freshDeviceId, type Harness, openDb, PASSWORD, post, signIn, startHarness } from '../harness';

let db: Db;
let h: Harness;
let admin: Awaited<ReturnType<typeof signIn>>;

beforeAll(async () => {
  db = await openDb('pglite');
  h = await startHarness(db);
  admin = await signIn(h, 'demo-admin');
}, 60_000);
afterAll(async () => {
  await h.close();
  await db.close();
});

const signInWith = (userId: string, password: string, deviceId = freshDeviceId()) => post(h, '/auth/sign-in', { userId, password, deviceId });

describe('forced change at first sign-in', () => {
  it('a created user signs in with the temporary password, is told to change it, every other route refuses until they do', async () => {
    const created = await call(h, 'POST', '/admin/users', { token: admin.accessToken, body: { id: 'wang.fang', name: '王芳', role: 'supervisor', branchCode: '310115' } });
    const temporary = created.body.temporaryPassword as string;
    const first = await signInWith('wang.fang', temporary);
    expect(first.status).toBe(200);
    expect(first.body.user.mustChangePassword).toBe(true);
    const token = first.body.accessToken as string;
    const me = await call(h, 'GET', '/admin/me', { token });
    expect(me.body.mustChangePassword).toBe(true);
    for (const [method, path, body] of [['GET', '/admin/users', undefined], ['POST', '/sync/directory', {}], ['GET', '/admin/devices', undefined]] as const) {
      const refused = await call(h, method, path, { token, body });
      expect(refused.status).toBe(403);
      expect(refused.body.error.code).toBe('password_change_required');
    }

    const weak = await call(h, 'POST', '/auth/change-password', { token, body: { currentPassword: temporary, newPassword: 'wang.fang2026' } });
    expect(weak.status).toBe(400);
    expect(weak.body.error).toMatchObject({ code: 'weak_password', rules: ['contains_user_id'] });
    const same = await call(h, 'POST', '/auth/change-password', { token, body: { currentPassword: temporary, newPassword: temporary } });
    expect(same.body.error.rules).toEqual(['same_as_current']);
    const wrong = await call(h, 'POST', '/auth/change-password', { token, body: { currentPassword: 'not-it', newPassword: 'Harbour7ab!x' } });
    expect(wrong.status).toBe(401);
    expect(wrong.body.error.code).toBe('invalid_credentials');

    const changed = await call(h, 'POST', '/auth/change-password', { token, body: { currentPassword: temporary, newPassword: 'Harbour7ab!x' } });
    expect(changed.status).toBe(200);
    expect((await call(h, 'GET', '/admin/users', { token })).status).toBe(200);
    expect((await call(h, 'GET', '/admin/me', { token })).body.mustChangePassword).toBe(false);
    expect((await signInWith('wang.fang', temporary)).status).toBe(401);
    const again = await signInWith('wang.fang', 'Harbour7ab!x');
    expect(again.body.user.mustChangePassword).toBe(false);
    const detail = await call(h, 'GET', '/admin/users/wang.fang', { token: admin.accessToken });
    expect(detail.body.changes.map((c: { kind: string; actorId: string }) => `${c.kind}:${c.actorId}`)).toEqual(['password_changed:wang.fang', 'created:demo-admin']);
  });

  it('change-password: 401 without a token; bad bodies are 400 naming the field, and change nothing', async () => {
    expect((await call(h, 'POST', '/auth/change-password', { body: { currentPassword: PASSWORD, newPassword: 'Harbour7ab!x' } })).status).toBe(401);
    const clerk = await signIn(h, 'demo-clerk-310115');
    const before = (await db.query("SELECT password_hash FROM users WHERE id = 'demo-clerk-310115'")).rows;
    for (const [body, field] of [[{ currentPassword: PASSWORD }, 'body.newPassword'], [{ newPassword: 'Harbour7ab!x' }, 'body.currentPassword'], [{ currentPassword: PASSWORD, newPassword: 'Harbour7ab!x', extra: 1 }, 'extra']] as const) {
      const res = await call(h, 'POST', '/auth/change-password', { token: clerk.accessToken, body });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(field);
    }
    expect((await db.query("SELECT password_hash FROM users WHERE id = 'demo-clerk-310115'")).rows).toEqual(before);
  });

  it('five wrong current passwords lock the account, as at sign-in', async () => {
    const clerk = await signIn(h, 'demo-clerk-440106');
    const statuses: number[] = [];
    for (let i = 0; i < 5; i++) statuses.push((await call(h, 'POST', '/auth/change-password', { token: clerk.accessToken, body: { currentPassword: `wrong-${i}`, newPassword: 'Harbour7ab!x' } })).status);
    expect(statuses).toEqual([401, 401, 401, 401, 423]);
    expect((await signInWith('demo-clerk-440106', PASSWORD)).status).toBe(423);
  });

  it('an admin resets a password: a temporary one, the forced change, the lockout cleared; audited', async () => {
    const res = await call(h, 'POST', '/admin/users/demo-clerk-440106/reset-password', { token: admin.accessToken, body: {} });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ mustChangePassword: true, status: 'active' });
    const signedIn = await signInWith('demo-clerk-440106', res.body.temporaryPassword);
    expect(signedIn.status).toBe(200);
    expect(signedIn.body.user.mustChangePassword).toBe(true);
    const typed = await call(h, 'POST', '/admin/users/demo-clerk-440106/reset-password', { token: admin.accessToken, body: { password: 'short' } });
    expect(typed.body.error.code).toBe('weak_password');
    const ok = await call(h, 'POST', '/admin/users/demo-clerk-440106/reset-password', { token: admin.accessToken, body: { password: 'Tianhe-Counter-9' } });
    expect(ok.body.temporaryPassword).toBeNull();
    const detail = await call(h, 'GET', '/admin/users/demo-clerk-440106', { token: admin.accessToken });
    expect(detail.body.changes.filter((c: { kind: string }) => c.kind === 'password_reset')).toHaveLength(2);
  });
});

describe('disable', () => {
  it('a disabled user cannot sign in or refresh, their live token stops at once; enabled again they sign in', async () => {
    const collector = await signIn(h, 'demo-officer-110105-01');
    expect((await post(h, '/sync/directory', {}, collector.accessToken)).status).toBe(200);
    const res = await call(h, 'POST', '/admin/users/demo-officer-110105-01/disable', { token: admin.accessToken, body: { reason: '离职' } });
    expect(res.body).toMatchObject({ status: 'disabled' });
    const now = await post(h, '/sync/directory', {}, collector.accessToken);
    expect(now.status).toBe(403);
    expect(now.body.error.code).toBe('user_disabled');
    const refresh = await post(h, '/auth/refresh', { refreshToken: collector.refreshToken, deviceId: collector.deviceId });
    expect(refresh.status).toBe(403);
    expect((await signInWith('demo-officer-110105-01', PASSWORD, collector.deviceId)).body.error.code).toBe('user_disabled');
    // A wrong password is still just a wrong password: the refusal says nothing more to a guesser.
    expect((await signInWith('demo-officer-110105-01', 'guess-1234')).body.error.code).toBe('invalid_credentials');
    const listed = await call(h, 'GET', '/admin/users?status=disabled', { token: admin.accessToken });
    expect(listed.body.users.map((u: { id: string }) => u.id)).toEqual(['demo-officer-110105-01']);

    await call(h, 'POST', '/admin/users/demo-officer-110105-01/enable', { token: admin.accessToken, body: { reason: '返岗' } });
    expect((await signInWith('demo-officer-110105-01', PASSWORD, collector.deviceId)).status).toBe(200);
    const detail = await call(h, 'GET', '/admin/users/demo-officer-110105-01', { token: admin.accessToken });
    expect(detail.body.changes.map((c: { kind: string; detail: { reason?: string } }) => `${c.kind}:${c.detail.reason}`)).toEqual(['enabled:返岗', 'disabled:离职']);
  });
});
