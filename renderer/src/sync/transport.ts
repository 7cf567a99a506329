import type { z } from 'zod';
import { SyncErrorSchema } from '../../../shared/sync/protocol';
import { Failure, fail, reasonOf } from './failure';

/**
 * The sync client's HTTP: who is signed in, one JSON POST to head office with a time limit, and head office's
 * errors turned into typed failures. Nothing here knows what a push or a pull is.
 */

export interface SyncCredentials {
  accessToken: string;
  deviceId: string;
}

/**
 * How long one request may take, answer included, before it counts as a network failure. Without a limit a
 * request that never answers (a proxy holding the connection) would hold the sync loop for good. Head office
 * answers a pull page in about 2 s even under load (docs/benchmarks.md, Sync), so a minute is generous.
 */
export const DEFAULT_REQUEST_TIMEOUT_MS = 60_000;

export interface TransportOptions {
  baseUrl: string;
  fetch: typeof fetch;
  /** Null (or a throw) when nobody is signed in: the sync fails as unauthorized. */
  credentials: () => SyncCredentials | null | Promise<SyncCredentials | null>;
  requestTimeoutMs?: number;
  /** Headers the device adds to every request: what it reports (sync/deviceReport.ts). */
  reportHeaders?: () => Promise<Record<string, string>>;
}

export interface Transport {
  credentials(): Promise<SyncCredentials>;
  /** Posts JSON and returns the parsed answer; throws a Failure (network, unauthorized, version, server). */
  post(path: string, body: unknown, token: string): Promise<unknown>;
  /**
   * The same, but a successful answer comes back as its bytes, unparsed: a pull page is parsed in the
   * row-preparing worker, off the UI thread (sync/pull.ts). Absent from some test transports.
   */
  postForBytes?(path: string, body: unknown, token: string): Promise<ArrayBuffer>;
}

export function createTransport(options: TransportOptions): Transport {
  const baseUrl = options.baseUrl.replace(/\/+$/, '');
  const timeoutMs = options.requestTimeoutMs ?? DEFAULT_REQUEST_TIMEOUT_MS;
  if (!(timeoutMs > 0)) throw new RangeError(`requestTimeoutMs must be above 0, not ${timeoutMs}`);

  async function credentials(): Promise<SyncCredentials> {
    let creds: SyncCredentials | null;
    try {
      creds = await options.credentials();
    } catch (err) {
      return fail('unauthorized', `not signed in: ${reasonOf(err)}`);
    }
    if (!creds || !creds.accessToken || !creds.deviceId) return fail('unauthorized', 'not signed in to head office');
    return creds;
  }

  async function exchange(path: string, body: unknown, token: string, signal: AbortSignal, asBytes = false): Promise<unknown> {
    let res: Response;
    try {
      const report = (await options.reportHeaders?.().catch(() => ({}))) ?? {};
      res = await options.fetch(baseUrl + path, {
        method: 'POST',
        headers: { ...report, 'content-type': 'application/json', accept: 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify(body),
        signal,
      });
    } catch (err) {
      return fail('network', `head office did not answer: ${reasonOf(err)}`);
    }
    if (asBytes && res.ok) {
      try {
        return await res.arrayBuffer();
      } catch (err) {
        return fail('network', `the answer was cut off: ${reasonOf(err)}`);
      }
    }
    let text: string;
    try {
      text = await res.text();
    } catch (err) {
      return fail('network', `the answer was cut off: ${reasonOf(err)}`);
    }
    let json: unknown = undefined;
    try {
      json = text ? JSON.parse(text) : undefined;
    } catch {
      if (res.ok) return fail('server', `head office sent an answer that is not JSON (HTTP ${res.status})`);
    }
    if (res.ok) return json;
    const parsed = SyncErrorSchema.safeParse((json as { error?: unknown } | undefined)?.error);
    const detail = parsed.success ? `${parsed.data.code}: ${parsed.data.message}` : `HTTP ${res.status}`;
    if (res.status === 401 || res.status === 403) return fail('unauthorized', detail);
    if (res.status === 409 && parsed.success && parsed.data.code === 'unsupported_protocol') return fail('version', detail);
    return fail('server', detail);
  }

  async function post(path: string, body: unknown, token: string, asBytes = false): Promise<unknown> {
    const controller = new AbortController();
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Raced rather than left to the signal alone: a fetch that ignores its signal still cannot hold the sync.
    const timedOut = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        reject(new Failure({ code: 'network', message: `head office did not answer within ${timeoutMs / 1000} s` }));
        controller.abort();
      }, timeoutMs);
    });
    try {
      return await Promise.race([exchange(path, body, token, controller.signal, asBytes), timedOut]);
    } finally {
      clearTimeout(timer);
    }
  }

  return { credentials, post: (path, body, token) => post(path, body, token), postForBytes: (path, body, token) => post(path, body, token, true) as Promise<ArrayBuffer> };
}

/** Checks an answer against its shared schema; a malformed answer is head office's failure. */
export function parseAnswer<S extends z.ZodType>(schema: S, body: unknown, what: string): z.output<S> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    const first = parsed.error.issues[0];
    return fail('server', `head office sent a malformed ${what} answer (${first ? `${first.path.join('.')}: ${first.message}` : 'invalid'})`);
  }
  return parsed.data;
}
