import type { RecoveryDeskDb } from '../store/database';
import { forgetRefresh, readRefresh, writeRefresh } from '../session/repository/sessionStore';
import type { HeadOfficeApi } from '../session/headOfficeApi';

/**
 * The signed-in session's credentials for sync. The access token lives only in this closure (memory):
 * it is never written to the store, localStorage or the zustand state. When it is missing or expired the
 * stored refresh token buys a new pair (rotation: the new refresh token replaces the old at once).
 */

/** wiped: head office asked for a remote wipe (device_wiped): the app erases its local data (session/remoteWipe.ts). */
export type AccessProblem = 'unreachable' | 'sign_in_again' | 'revoked' | 'wiped';
export type EnsureResult = { ok: true; token: string } | { ok: false; problem: AccessProblem; detail: string };

export interface SessionAccess {
  setAccess(grant: { token: string; expiresAt: string } | null): void;
  /** A usable access token, refreshing first when there is none or it is about to run out. */
  ensure(): Promise<EnsureResult>;
  /** fetch for the sync client: a 401 token_expired refreshes once and retries; device_revoked is noted. */
  fetch: typeof fetch;
  /** What head office said that ends the session, if it did. */
  readonly problem: AccessProblem | null;
  clear(): void;
}

export interface SessionAccessOptions {
  db: RecoveryDeskDb;
  api: HeadOfficeApi;
  deviceId: string;
  userId: string;
  fetch?: typeof fetch;
  now?: () => number;
}

/** Refresh a little early, so a token does not run out between the check and head office reading it. */
const EXPIRY_MARGIN_MS = 30_000;

export function createSessionAccess(options: SessionAccessOptions): SessionAccess {
  const { db, api, deviceId, userId } = options;
  const baseFetch = options.fetch ?? ((...a: Parameters<typeof fetch>) => fetch(...a));
  const now = options.now ?? Date.now;
  let access: { token: string; expiresAt: string } | null = null;
  let problem: AccessProblem | null = null;
  let refreshing: Promise<EnsureResult> | null = null;

  async function refreshNow(): Promise<EnsureResult> {
    const stored = await readRefresh(db);
    if (!stored || stored.userId !== userId) {
      problem = 'sign_in_again';
      return { ok: false, problem, detail: 'no refresh token on this device' };
    }
    const res = await api.refresh({ refreshToken: stored.token, deviceId });
    if (!res.ok) {
      const f = res.failure;
      if (f.kind === 'unreachable') return { ok: false, problem: 'unreachable', detail: f.detail };
      if (f.kind === 'refused' && f.code === 'device_wiped') problem = 'wiped';
      else if (f.kind === 'refused' && f.code === 'device_revoked') problem = 'revoked';
      else if (f.kind === 'refused' && (f.status === 401 || f.status === 403)) {
        problem = 'sign_in_again';
        await forgetRefresh(db);
      } else return { ok: false, problem: 'unreachable', detail: f.kind === 'refused' ? `${f.code}: ${f.message}` : f.detail };
      return { ok: false, problem, detail: f.kind === 'refused' ? `${f.code}: ${f.message}` : '' };
    }
    await writeRefresh(db, { userId, token: res.value.refreshToken, expiresAt: res.value.refreshTokenExpiresAt });
    access = { token: res.value.accessToken, expiresAt: res.value.accessTokenExpiresAt };
    return { ok: true, token: access.token };
  }

  // One refresh at a time: the refresh token works once, two parallel refreshes would revoke the device's tokens.
  function refreshOnce(): Promise<EnsureResult> {
    refreshing ??= refreshNow().finally(() => {
      refreshing = null;
    });
    return refreshing;
  }

  async function ensure(): Promise<EnsureResult> {
    if (problem === 'revoked' || problem === 'wiped' || problem === 'sign_in_again') return { ok: false, problem, detail: '' };
    if (access && Date.parse(access.expiresAt) - EXPIRY_MARGIN_MS > now()) return { ok: true, token: access.token };
    return refreshOnce();
  }

  async function errorCode(res: Response): Promise<string | null> {
    try {
      const body = (await res.clone().json()) as { error?: { code?: unknown } };
      return typeof body?.error?.code === 'string' ? body.error.code : null;
    } catch {
      return null;
    }
  }

  // The client reads the token once per push or pull; after a refresh mid-way the newest one is sent.
  function withCurrentToken(init: RequestInit | undefined): RequestInit | undefined {
    if (!access || !init?.headers) return init;
    const headers = new Headers(init.headers);
    if (!headers.has('authorization')) return init;
    headers.set('authorization', `Bearer ${access.token}`);
    return { ...init, headers };
  }

  const wrapped: typeof fetch = async (input, initGiven) => {
    const init = withCurrentToken(initGiven);
    const first = await baseFetch(input, init);
    if (first.status !== 401 && first.status !== 403) return first;
    const code = await errorCode(first);
    if (code === 'device_revoked' || code === 'device_wiped') {
      problem = code === 'device_wiped' ? 'wiped' : 'revoked';
      return first;
    }
    if (first.status !== 401 || code !== 'token_expired') return first;
    access = null;
    const renewed = await refreshOnce();
    if (!renewed.ok) return first;
    const headers = new Headers(init?.headers);
    headers.set('authorization', `Bearer ${renewed.token}`);
    return baseFetch(input, { ...init, headers });
  };

  return {
    setAccess(grant) {
      access = grant;
      problem = null;
    },
    ensure,
    fetch: wrapped,
    get problem() {
      return problem;
    },
    clear() {
      access = null;
    },
  };
}
