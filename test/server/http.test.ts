import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/types';
import { eachBackend, type Harness, openDb, post, startHarness } from './harness';

eachBackend((backend) => {
  let db: Db;
  let h: Harness;
  const logLines: string[] = [];

  beforeAll(async () => {
    db = await openDb(backend);
    h = await startHarness(db, {
      config: { logLevel: 'info', bodyLimitBytes: 64 * 1024 },
      logger: { stream: { write: (line: string) => void logLines.push(line) } },
    });
  });
  afterAll(async () => {
    await h.close();
    await db.close();
  });

  describe('the HTTP service', () => {
    it('answers /health with the database reachable, the versions, and the security headers', async () => {
      const res = await fetch(`${h.url}/health`);
      expect(res.status).toBe(200);
      expect(await res.json()).toMatchObject({ ok: true, db: 'ok', database: backend, protocolVersion: 1, version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
      expect(res.headers.get('x-content-type-options')).toBe('nosniff');
      expect(res.headers.get('referrer-policy')).toBe('no-referrer');
      expect(res.headers.get('x-frame-options')).toBe('DENY');
      expect(res.headers.get('cache-control')).toBe('no-store');
    });

    it('refuses malformed JSON with 400 and an error object', async () => {
      const res = await post(h, '/auth/sign-in', '{"userId": "demo-clerk-310115", ');
      expect(res.status).toBe(400);
      expect(res.body).toEqual({ error: { code: 'bad_request', message: expect.stringContaining('JSON') } });
    });

    it('refuses a body that fails the route schema with 400 naming the field', async () => {
      const res = await post(h, '/auth/sign-in', { userId: 'demo-clerk-310115', password: 'demo1234', deviceId: 'has spaces' });
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('bad_request');
      expect(res.body.error.message).toContain('body.deviceId');
    });

    it('refuses an oversized body with 413 before reading it', async () => {
      const res = await post(h, '/sync/push', { padding: 'x'.repeat(100 * 1024) });
      expect(res.status).toBe(413);
      expect(res.body.error).toEqual({ code: 'payload_too_large', message: expect.stringContaining('65536') });
    });

    it('answers an unknown route with 404 in the same error shape', async () => {
      const res = await fetch(`${h.url}/nope`);
      expect(res.status).toBe(404);
      expect(await res.json()).toEqual({ error: { code: 'not_found', message: 'no route GET /nope' } });
    });

    it('never writes passwords or tokens to the log', async () => {
      const before = logLines.length;
      const ok = await post(h, '/auth/sign-in', { userId: 'demo-clerk-110105', password: 'demo1234', deviceId: 'LOGCHECK1' });
      expect(ok.status).toBe(200);
      await post(h, '/auth/sign-in', { userId: 'demo-clerk-110105', password: 'wrong-secret-pw', deviceId: 'LOGCHECK1' });
      await fetch(`${h.url}/sync/push`, { method: 'POST', headers: { authorization: `Bearer ${ok.body.accessToken}`, 'content-type': 'application/json' }, body: '{}' });
      const written = logLines.slice(before).join('\n');
      expect(written).toContain('request completed');
      for (const secret of ['demo1234', 'wrong-secret-pw', ok.body.accessToken, ok.body.refreshToken, h.config.tokenSecret]) {
        expect(written).not.toContain(secret);
      }
    });
  });
});
