import { describe, expect, it, vi } from 'vitest';
import { createTransport, DEFAULT_REQUEST_TIMEOUT_MS, type SyncCredentials } from '../../../renderer/src/sync/transport';
import { Failure, run } from '../../../renderer/src/sync/failure';

const device: SyncCredentials = { accessToken: 'token-1', deviceId: 'D1' };

/** The failure a post ends with, as the sync client's caller sees it. */
async function outcome(promise: () => Promise<unknown>) {
  return run(promise);
}

/** A fetch that never answers; it notes whether it saw its signal abort. */
function silentFetch(options: { honoursSignal: boolean }) {
  const seen = { aborted: false, calls: 0 };
  const fetch: typeof globalThis.fetch = (_input, init) => {
    seen.calls++;
    return new Promise((_resolve, reject) => {
      init?.signal?.addEventListener('abort', () => {
        seen.aborted = true;
        if (options.honoursSignal) reject(new DOMException('aborted', 'AbortError'));
      });
    });
  };
  return { fetch, seen };
}

describe('sync transport', () => {
  it('a request that gets no answer fails as a network failure after the configured time, and is aborted', async () => {
    const { fetch, seen } = silentFetch({ honoursSignal: true });
    const transport = createTransport({ baseUrl: 'http://ho.test', fetch, credentials: () => device, requestTimeoutMs: 40 });
    const started = Date.now();
    const result = await outcome(() => transport.post('/sync/pull', {}, device.accessToken));
    expect(result).toEqual({ ok: false, error: { code: 'network', message: 'head office did not answer within 0.04 s' } });
    expect(Date.now() - started).toBeGreaterThanOrEqual(35);
    expect(seen.aborted).toBe(true);
  });

  it('times out even when the fetch ignores its abort signal', async () => {
    const { fetch, seen } = silentFetch({ honoursSignal: false });
    const transport = createTransport({ baseUrl: 'http://ho.test', fetch, credentials: () => device, requestTimeoutMs: 30 });
    const result = await outcome(() => transport.post('/sync/push', {}, device.accessToken));
    expect(result).toMatchObject({ ok: false, error: { code: 'network' } });
    expect(seen.calls).toBe(1);
  });

  it('a body that stops coming counts against the same time limit', async () => {
    const stalled: typeof globalThis.fetch = async () => new Response(new ReadableStream({ start() {} }), { status: 200 });
    const transport = createTransport({ baseUrl: 'http://ho.test', fetch: stalled, credentials: () => device, requestTimeoutMs: 30 });
    expect(await outcome(() => transport.post('/sync/pull', {}, 't'))).toMatchObject({ ok: false, error: { code: 'network', message: 'head office did not answer within 0.03 s' } });
  });

  it('an answer in time is returned and leaves no timer running', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout'] });
    try {
      const fetch: typeof globalThis.fetch = async () => new Response(JSON.stringify({ fine: true }), { status: 200 });
      const transport = createTransport({ baseUrl: 'http://ho.test', fetch, credentials: () => device });
      const answer = transport.post('/sync/pull', {}, 't');
      expect(vi.getTimerCount()).toBe(1);
      expect(await answer).toEqual({ fine: true });
      expect(vi.getTimerCount()).toBe(0);
    } finally {
      vi.useRealTimers();
    }
  });

  it('waits a minute by default and refuses a limit that is not a positive number', () => {
    expect(DEFAULT_REQUEST_TIMEOUT_MS).toBe(60_000);
    const fetch = silentFetch({ honoursSignal: true }).fetch;
    for (const requestTimeoutMs of [0, -1, Number.NaN]) {
      expect(() => createTransport({ baseUrl: 'http://ho.test', fetch, credentials: () => device, requestTimeoutMs })).toThrow(RangeError);
    }
  });

  it('posts JSON with the bearer token to the address without its trailing slash', async () => {
    const sent: { url: string; init: RequestInit | undefined }[] = [];
    const fetch: typeof globalThis.fetch = async (input, init) => {
      sent.push({ url: String(input), init });
      return new Response('{"ok":1}', { status: 200 });
    };
    const transport = createTransport({ baseUrl: 'http://ho.test/base//', fetch, credentials: () => device });
    await transport.post('/sync/push', { a: 1 }, 'tok');
    expect(sent).toHaveLength(1);
    expect(sent[0]!.url).toBe('http://ho.test/base/sync/push');
    expect(sent[0]!.init).toMatchObject({ method: 'POST', body: '{"a":1}', headers: { authorization: 'Bearer tok', 'content-type': 'application/json' } });
    expect(sent[0]!.init?.signal).toBeInstanceOf(AbortSignal);
  });

  it.each([
    ['401 with an error body', 401, JSON.stringify({ error: { code: 'unauthorized', message: 'expired' } }), { code: 'unauthorized', message: 'unauthorized: expired' }],
    ['403 without a body', 403, '', { code: 'unauthorized', message: 'HTTP 403' }],
    ['409 unsupported protocol', 409, JSON.stringify({ error: { code: 'unsupported_protocol', message: 'too old', minProtocolVersion: 2 } }), { code: 'version', message: 'unsupported_protocol: too old' }],
    ['503 busy', 503, JSON.stringify({ error: { code: 'busy', message: 'later' } }), { code: 'server', message: 'busy: later' }],
    ['200 that is not JSON', 200, '<html>proxy</html>', { code: 'server', message: 'head office sent an answer that is not JSON (HTTP 200)' }],
  ])('turns %s into a typed failure', async (_what, status, body, error) => {
    const fetch: typeof globalThis.fetch = async () => new Response(body || null, { status });
    const transport = createTransport({ baseUrl: 'http://ho.test', fetch, credentials: () => device });
    expect(await outcome(() => transport.post('/sync/pull', {}, 't'))).toEqual({ ok: false, error });
  });

  it('a refused connection is a network failure, not a throw', async () => {
    const fetch: typeof globalThis.fetch = async () => {
      throw new TypeError('fetch failed');
    };
    const transport = createTransport({ baseUrl: 'http://ho.test', fetch, credentials: () => device });
    await expect(transport.post('/sync/pull', {}, 't')).rejects.toBeInstanceOf(Failure);
    expect(await outcome(() => transport.post('/sync/pull', {}, 't'))).toEqual({ ok: false, error: { code: 'network', message: 'head office did not answer: fetch failed' } });
  });

  it('nobody signed in, or a credentials lookup that throws, is unauthorized', async () => {
    const fetch = silentFetch({ honoursSignal: true }).fetch;
    const none = createTransport({ baseUrl: 'http://ho.test', fetch, credentials: () => null });
    expect(await outcome(() => none.credentials())).toEqual({ ok: false, error: { code: 'unauthorized', message: 'not signed in to head office' } });
    const throwing = createTransport({
      baseUrl: 'http://ho.test',
      fetch,
      credentials: async () => {
        throw new Error('sign_in_again');
      },
    });
    expect(await outcome(() => throwing.credentials())).toEqual({ ok: false, error: { code: 'unauthorized', message: 'not signed in: sign_in_again' } });
    const ok = createTransport({ baseUrl: 'http://ho.test', fetch, credentials: async () => device });
    expect(await ok.credentials()).toEqual(device);
  });

  it('postForBytes hands a successful answer back as its bytes, and fails as post does otherwise', async () => {
    const answers: Response[] = [
      new Response('{"cursor":"c1"}', { status: 200 }),
      new Response(JSON.stringify({ error: { code: 'unauthorized', message: 'token expired' } }), { status: 401 }),
      new Response('<html>bad gateway</html>', { status: 502 }),
    ];
    const fetch: typeof globalThis.fetch = async () => answers.shift()!;
    const transport = createTransport({ baseUrl: 'http://ho.test', fetch, credentials: () => device });
    const bytes = await transport.postForBytes!('/sync/pull', {}, 't');
    expect(new TextDecoder().decode(bytes)).toBe('{"cursor":"c1"}');
    expect(await outcome(() => transport.postForBytes!('/sync/pull', {}, 't'))).toEqual({ ok: false, error: { code: 'unauthorized', message: 'unauthorized: token expired' } });
    expect(await outcome(() => transport.postForBytes!('/sync/pull', {}, 't'))).toEqual({ ok: false, error: { code: 'server', message: 'HTTP 502' } });
  });
});
