import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hashPassword } from '../../server/auth/password';
import type { Db } from '../../server/db/types';
import { DEFAULT_RATE_LIMITS } from '../../server/http/rateLimit';
import { PASSWORD, eachBackend, freshDeviceId, openDb, post, startHarness, type Harness } from './harness';

/**
 * Sign-in as someone probing it meets it (issue 11): a password with a control character never signs in, and
 * a failed sign-in answers the same (status, body, time) whether the user id exists or not, under lockout too.
 */
eachBackend((backend) => {
  let db: Db;
  let h: Harness;

  beforeAll(async () => {
    db = await openDb(backend);
    // Rate limits are tested on their own; here they would only cut the probes short.
    const roomy = { max: 10_000, windowMs: 60_000 };
    h = await startHarness(db, { rateLimits: { ...DEFAULT_RATE_LIMITS, signInPerAddress: roomy, signInPerUser: roomy } });
  });
  afterAll(async () => {
    await h.close();
    await db.close();
  });

  const attempt = (userId: string, password: string) => post(h, '/auth/sign-in', { userId, password, deviceId: freshDeviceId() });

  describe('passwords with control characters', () => {
    it('the right password with a trailing NUL, a line break or a tab does not sign in', async () => {
      const user = 'demo-officer-310115-01';
      for (const typed of [`${PASSWORD}\u0000`, `${PASSWORD}\n`, `\t${PASSWORD}`, `${PASSWORD}\u007f`, `${PASSWORD}\u0085`]) {
        const res = await attempt(user, typed);
        expect(res.status, JSON.stringify(typed)).toBe(400);
        expect(res.body.error.message).toMatch(/control characters/);
      }
      expect((await attempt(user, PASSWORD)).status).toBe(200);
    });

    it('a user id with a NUL or a control character is a bad request, not a failed query', async () => {
      for (const typed of ['demo-officer-310115-01\u0000', 'demo\uD800', 'demo\u202Eofficer', 'demo\nofficer']) {
        const res = await attempt(typed, PASSWORD);
        expect(res.status, JSON.stringify(typed)).toBe(400);
        expect(res.body.error.message).toMatch(/user id/);
      }
    });

    it('no password with a control character can be set', async () => {
      await expect(hashPassword('secret\u0000')).rejects.toThrow(/control characters/);
      await expect(hashPassword('secret\r\n')).rejects.toThrow(/control characters/);
      await expect(hashPassword('secret\uD800')).rejects.toThrow(/control characters/);
      await expect(hashPassword('正确的 密码 1', { N: 2 ** 10, r: 8, p: 1 })).resolves.toMatch(/^scrypt\$/);
    });
  });

  describe('an unknown user id is answered as a wrong password', () => {
    it('the same status and body on every try, through the lockout and after it', async () => {
      const known = 'demo-officer-440106-01';
      const unknown = 'demo-officer-440106-77';
      const answers = async (userId: string) => {
        const out: { status: number; body: unknown }[] = [];
        for (let i = 0; i < 5; i++) {
          const res = await attempt(userId, `wrong-${i}`);
          out.push({ status: res.status, body: res.body });
        }
        // Locked: even the right password (for the account) is refused, the same way.
        const right = await attempt(userId, PASSWORD);
        out.push({ status: right.status, body: right.body });
        return out;
      };
      const forKnown = await answers(known);
      const forUnknown = await answers(unknown);
      expect(forKnown.map((a) => a.status)).toEqual([401, 401, 401, 401, 423, 423]);
      expect(forUnknown).toEqual(forKnown);

      h.clock.ms += 16 * 60_000;
      expect((await attempt(known, PASSWORD)).status).toBe(200);
      const [k, u] = [await attempt(known, 'wrong'), await attempt(unknown, 'wrong')];
      expect([u.status, u.body]).toEqual([k.status, k.body]);
    });

    it('takes about as long: the unknown id costs one scrypt at the accounts’ own cost', async () => {
      const time = async (userId: string) => {
        const started = performance.now();
        const res = await attempt(userId, 'not-the-password');
        expect(res.status).toBe(401);
        return performance.now() - started;
      };
      const known: number[] = [];
      const unknown: number[] = [];
      // Interleaved, a fresh id each time (no lockout), the median of several against noise on a shared machine.
      for (let i = 0; i < 9; i++) {
        known.push(await time(`demo-officer-510107-0${(i % 3) + 1}`));
        unknown.push(await time(`nobody-${i}`));
        if (i % 3 === 2) await db.query('UPDATE users SET failed_attempts = 0, locked_until = NULL');
      }
      const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;
      const ratio = median(unknown) / median(known);
      expect(ratio, `unknown ${median(unknown).toFixed(1)} ms, known ${median(known).toFixed(1)} ms`).toBeGreaterThan(1 / 3);
      expect(ratio, `unknown ${median(unknown).toFixed(1)} ms, known ${median(known).toFixed(1)} ms`).toBeLessThan(3);
    });
  });
});
