import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config';
import type { Db } from '../../server/db/types';
import { openDb, post, PASSWORD, startHarness, type Harness } from './harness';

describe('sign-in allowances (SIGN_IN_PER_ADDRESS_PER_MINUTE, SIGN_IN_PER_USER_PER_MINUTE)', () => {
  const base = { TOKEN_SECRET: 'x'.repeat(40) };
  it('default to 60 per address and 10 per user a minute, are read from the environment and checked', () => {
    expect(loadConfig(base).signInLimits).toEqual({ perAddressPerMinute: 60, perUserPerMinute: 10 });
    expect(loadConfig({ ...base, SIGN_IN_PER_USER_PER_MINUTE: '30', SIGN_IN_PER_ADDRESS_PER_MINUTE: '300' }).signInLimits).toEqual({ perAddressPerMinute: 300, perUserPerMinute: 30 });
    for (const bad of ['0', 'ten', '-1', '2.5']) expect(() => loadConfig({ ...base, SIGN_IN_PER_USER_PER_MINUTE: bad })).toThrow(ConfigError);
  });

  describe('applied by the service', () => {
    let db: Db;
    let h: Harness;
    beforeAll(async () => {
      db = await openDb('pglite');
      h = await startHarness(db, { config: { signInLimits: { perAddressPerMinute: 60, perUserPerMinute: 2 } } });
    }, 60_000);
    afterAll(async () => {
      await h.close();
      await db.close();
    });
    it('the configured per-user allowance, then 429 rate_limited with how long to wait', async () => {
      const attempt = (i: number) => post(h, '/auth/sign-in', { userId: 'demo-officer-310115-01', password: PASSWORD, deviceId: `limit-${i}` });
      expect((await attempt(1)).status).toBe(200);
      expect((await attempt(2)).status).toBe(200);
      const third = await attempt(3);
      expect(third.status).toBe(429);
      expect(third.body.error.code).toBe('rate_limited');
    });
  });
});
