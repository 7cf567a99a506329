import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_KDF, hashPassword, verifyPassword } from '../../server/auth/password';
import { signAccessToken } from '../../server/auth/tokens';
import type { Db } from '../../server/db/types';
import { eachBackend, entry, freshDeviceId, type Harness, openDb, post, push, signIn, startHarness } from './harness';

eachBackend((backend) => {
  let db: Db;
  let h: Harness;

  beforeAll(async () => {
    db = await openDb(backend);
    h = await startHarness(db);
  });
  afterAll(async () => {
    await h.close();
    await db.close();
  });

  const signInBody = (userId: string, password: string, deviceId = freshDeviceId()) => ({ userId, password, deviceId });

  describe('sign-in', () => {
    it('enrols a new device to the user and returns tokens, the user and the device code', async () => {
      const deviceId = freshDeviceId();
      const res = await post(h, '/auth/sign-in', signInBody('demo-officer-310115-01', 'demo1234', deviceId));
      expect(res.status).toBe(200);
      expect(res.body.user).toEqual({ id: 'demo-officer-310115-01', name: '陈静', role: 'collector', branchCode: '310115', rulePack: 'cn-2026', mustChangePassword: false });
      expect(res.body.device).toEqual({ id: deviceId, code: expect.stringMatching(/^[A-Z2-9]{6}$/) });
      const accessMs = Date.parse(res.body.accessTokenExpiresAt) - h.clock.ms;
      const refreshDays = (Date.parse(res.body.refreshTokenExpiresAt) - h.clock.ms) / 86_400_000;
      expect(accessMs).toBe(15 * 60_000);
      expect(refreshDays).toBe(30);
      const stored = await db.query<{ token_hash: string }>('SELECT token_hash FROM refresh_tokens WHERE device_id = $1', [deviceId]);
      expect(stored.rows).toHaveLength(1);
      expect(stored.rows[0]!.token_hash).not.toBe(res.body.refreshToken);

      // Signing in again on the same device keeps its code.
      const again = await post(h, '/auth/sign-in', signInBody('demo-officer-310115-01', 'demo1234', deviceId));
      expect(again.body.device.code).toBe(res.body.device.code);
    });

    it('carries the rule pack head office set for the user’s branch, and the branch record takes only a known pack', async () => {
      await db.query(`UPDATE branches SET rule_pack = 'uk-fca' WHERE code = '310115'`);
      try {
        const res = await post(h, '/auth/sign-in', signInBody('demo-officer-310115-02', 'demo1234'));
        expect(res.status).toBe(200);
        expect(res.body.user.rulePack).toBe('uk-fca');
        // Another branch keeps the default pack.
        const other = await post(h, '/auth/sign-in', signInBody('demo-officer-110105-02', 'demo1234'));
        expect(other.body.user).toMatchObject({ branchCode: '110105', rulePack: 'cn-2026' });
        await expect(db.query(`UPDATE branches SET rule_pack = 'mars-2099' WHERE code = '310115'`)).rejects.toThrow();
      } finally {
        await db.query(`UPDATE branches SET rule_pack = 'cn-2026' WHERE code = '310115'`);
      }
    });

    it('refuses a wrong password and an unknown user alike with 401', async () => {
      const wrong = await post(h, '/auth/sign-in', signInBody('demo-officer-310115-02', 'nope'));
      const unknown = await post(h, '/auth/sign-in', signInBody('no-such-user', 'demo1234'));
      expect(wrong.status).toBe(401);
      expect(unknown.status).toBe(401);
      expect(wrong.body).toEqual(unknown.body);
      expect(wrong.body.error.code).toBe('invalid_credentials');
    });

    it('locks the user for 15 minutes after 5 wrong passwords, even against the right one', async () => {
      const user = 'demo-officer-110105-01';
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) statuses.push((await post(h, '/auth/sign-in', signInBody(user, `wrong${i}`))).status);
      expect(statuses).toEqual([401, 401, 401, 401, 423]);
      const locked = await post(h, '/auth/sign-in', signInBody(user, 'demo1234'));
      expect(locked.status).toBe(423);
      expect(locked.body.error.code).toBe('locked');
      h.clock.ms += 14 * 60_000;
      expect((await post(h, '/auth/sign-in', signInBody(user, 'demo1234'))).status).toBe(423);
      h.clock.ms += 61_000;
      expect((await post(h, '/auth/sign-in', signInBody(user, 'demo1234'))).status).toBe(200);
    });

    it('refuses another user signing in on an enrolled device', async () => {
      const mine = await signIn(h, 'demo-officer-310115-03');
      const res = await post(h, '/auth/sign-in', signInBody('demo-officer-310115-04', 'demo1234', mine.deviceId));
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('device_enrolled_to_other_user');
    });

    it('hashes passwords with scrypt at N=2^15 and compares them correctly', async () => {
      const hash = await hashPassword('密码 demo1234');
      expect(hash).toMatch(new RegExp(`^scrypt\\$${DEFAULT_KDF.N}\\$8\\$1\\$`));
      expect(await verifyPassword('密码 demo1234', hash)).toBe(true);
      expect(await verifyPassword('密码 demo1235', hash)).toBe(false);
      expect(await verifyPassword('x', 'not-a-hash')).toBe(false);
    });
  });

  describe('tokens', () => {
    it('refresh rotates: a new pair works, the old refresh token used again revokes the device’s tokens', async () => {
      const d = await signIn(h, 'demo-clerk-310115');
      const first = await post(h, '/auth/refresh', { refreshToken: d.refreshToken, deviceId: d.deviceId });
      expect(first.status).toBe(200);
      expect((await push(h, { deviceId: d.deviceId, accessToken: first.body.accessToken }, [])).status).toBe(200);
      const replay = await post(h, '/auth/refresh', { refreshToken: d.refreshToken, deviceId: d.deviceId });
      expect(replay.status).toBe(401);
      const next = await post(h, '/auth/refresh', { refreshToken: first.body.refreshToken, deviceId: d.deviceId });
      expect(next.status).toBe(401);
    });

    it('sign-out revokes the refresh token given up: it refreshes nothing afterwards; another device cannot sign it out', async () => {
      const d = await signIn(h, 'demo-clerk-440106');
      const foreign = await post(h, '/auth/sign-out', { refreshToken: d.refreshToken, deviceId: freshDeviceId() });
      expect(foreign.status).toBe(200);
      expect((await post(h, '/auth/refresh', { refreshToken: d.refreshToken, deviceId: d.deviceId })).status).toBe(200);
      const again = await signIn(h, 'demo-clerk-440106', d.deviceId);
      const out = await post(h, '/auth/sign-out', { refreshToken: again.refreshToken, deviceId: d.deviceId });
      expect(out.status).toBe(200);
      expect(out.body).toEqual({ signedOut: true });
      const after = await post(h, '/auth/refresh', { refreshToken: again.refreshToken, deviceId: d.deviceId });
      expect(after.status).toBe(401);
      const events = await db.query<{ reason: string | null }>("SELECT reason FROM sign_in_events WHERE kind = 'sign_out' AND device_id = $1", [d.deviceId]);
      expect(events.rows.map((r) => r.reason)).toEqual([null]);
      // The device is still enrolled: its user signs in again.
      expect((await signIn(h, 'demo-clerk-440106', d.deviceId)).deviceId).toBe(d.deviceId);
    });

    it('refuses a refresh token presented for another device', async () => {
      const d = await signIn(h, 'demo-clerk-110105');
      const res = await post(h, '/auth/refresh', { refreshToken: d.refreshToken, deviceId: freshDeviceId() });
      expect(res.status).toBe(401);
    });

    it('refuses an expired access token with 401 token_expired', async () => {
      const d = await signIn(h, 'demo-officer-440106-01');
      h.clock.ms += 16 * 60_000;
      const res = await push(h, d, []);
      expect(res.status).toBe(401);
      expect(res.body.error.code).toBe('token_expired');
    });

    it('refuses forged tokens: another secret, edited claims, garbage, none', async () => {
      const d = await signIn(h, 'demo-officer-440106-02');
      const claims = { userId: d.userId, deviceId: d.deviceId, role: 'collector' as const, branchCode: '440106', nowMs: h.clock.ms, ttlSeconds: 900 };
      const otherSecret = signAccessToken('another-secret-'.padEnd(40, 'y'), claims).token;
      const [body, mac] = d.accessToken.split('.') as [string, string];
      const claimsJson = JSON.parse(Buffer.from(body, 'base64url').toString());
      const edited = `${Buffer.from(JSON.stringify({ ...claimsJson, role: 'head_office_admin' })).toString('base64url')}.${mac}`;
      for (const token of [otherSecret, edited, 'garbage.garbage', '']) {
        const res = await push(h, { deviceId: d.deviceId, accessToken: token }, []);
        expect(res.status, token).toBe(401);
      }
    });

    it('refuses a token used for another device, and a token naming a device enrolled to someone else', async () => {
      const a = await signIn(h, 'demo-officer-440106-03');
      const b = await signIn(h, 'demo-officer-440106-04');
      const crossed = await push(h, { deviceId: b.deviceId, accessToken: a.accessToken }, []);
      expect(crossed.status).toBe(401);
      // Correctly signed (the secret leaked, say) but for a device that is not this user's.
      const foreign = signAccessToken(h.config.tokenSecret, { userId: a.userId, deviceId: b.deviceId, role: 'collector', branchCode: '440106', nowMs: h.clock.ms, ttlSeconds: 900 }).token;
      const res = await push(h, { deviceId: b.deviceId, accessToken: foreign }, []);
      expect(res.status).toBe(401);
    });
  });

  describe('device revocation', () => {
    it('only a supervisor of the branch or a head-office admin may revoke', async () => {
      const target = await signIn(h, 'demo-officer-330106-01');
      const colleague = await signIn(h, 'demo-officer-330106-02');
      const otherSupervisor = await signIn(h, 'demo-supervisor-510107');
      for (const actor of [colleague, otherSupervisor]) {
        const res = await post(h, `/devices/${target.deviceId}/revoke`, {}, actor.accessToken);
        expect(res.status).toBe(403);
      }
      expect((await push(h, target, [])).status).toBe(200);
      const missing = await post(h, `/devices/NOSUCHDEVICE/revoke`, {}, (await signIn(h, 'demo-admin')).accessToken);
      expect(missing.status).toBe(404);
    });

    it('a revoked device gets 403 on push, on refresh and on sign-in; its pending push writes nothing', async () => {
      const target = await signIn(h, 'demo-officer-330106-03');
      const supervisor = await signIn(h, 'demo-supervisor-330106');
      const res = await post(h, `/devices/${target.deviceId}/revoke`, { reason: '笔记本遗失' }, supervisor.accessToken);
      expect(res.status).toBe(200);
      expect(res.body.device).toMatchObject({ id: target.deviceId, userId: target.userId });

      const pushed = await push(h, target, [entry('recordActivity', target, 1)]);
      expect(pushed.status).toBe(403);
      expect(pushed.body.error.code).toBe('device_revoked');
      const n = await db.query<{ n: number }>('SELECT count(*)::integer AS n FROM mutations_applied WHERE device_id = $1', [target.deviceId]);
      expect(n.rows[0]!.n).toBe(0);
      expect((await post(h, '/auth/refresh', { refreshToken: target.refreshToken, deviceId: target.deviceId })).status).toBe(403);
      expect((await post(h, '/auth/sign-in', signInBody(target.userId, 'demo1234', target.deviceId))).status).toBe(403);
      // The user can still sign in on another device.
      expect((await post(h, '/auth/sign-in', signInBody(target.userId, 'demo1234'))).status).toBe(200);
    });

    it('a head-office admin can revoke any branch’s device', async () => {
      const target = await signIn(h, 'demo-officer-510107-01');
      const admin = await signIn(h, 'demo-admin');
      expect((await post(h, `/devices/${target.deviceId}/revoke`, undefined, admin.accessToken)).status).toBe(200);
      expect((await push(h, target, [])).status).toBe(403);
    });
  });
});
