import { z } from 'zod';
import { create } from 'zustand';
import { consoleDeviceId, forgetConsoleDevice } from './deviceId';

/**
 * The console's sign-in: the same /auth routes the desktop app uses. Tokens live in sessionStorage (closed
 * with the tab; the console keeps no data of its own), the refresh token is used once per expiry.
 */
const STORAGE_KEY = 'recovery-desk.console.session';

const StoredSchema = z.object({
  userId: z.string(),
  deviceId: z.string(),
  accessToken: z.string(),
  refreshToken: z.string(),
});
type Stored = z.infer<typeof StoredSchema>;

const SessionAnswerSchema = z.object({ accessToken: z.string(), refreshToken: z.string() }).loose();

export type SignInOutcome = { ok: true } | { ok: false; code: string; status: number; lockedUntil?: string };

interface SessionState {
  userId: string | null;
  deviceId: string | null;
  accessToken: string | null;
  refreshToken: string | null;
  /** Set when head office refused the session (expired, revoked): the sign-in page says why. */
  endedBecause: string | null;
  signIn(userId: string, password: string): Promise<SignInOutcome>;
  refresh(): Promise<boolean>;
  expired(): void;
  signOut(): Promise<void>;
}

function load(): Stored | null {
  try {
    const parsed = StoredSchema.safeParse(JSON.parse(sessionStorage.getItem(STORAGE_KEY) ?? 'null'));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

function save(s: Stored | null): void {
  if (s) sessionStorage.setItem(STORAGE_KEY, JSON.stringify(s));
  else sessionStorage.removeItem(STORAGE_KEY);
}

const empty = { userId: null, deviceId: null, accessToken: null, refreshToken: null };

async function post(path: string, body: unknown): Promise<Response> {
  return fetch(path, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body), signal: AbortSignal.timeout(30_000) });
}

export const useSession = create<SessionState>((set, get) => ({
  ...(load() ?? empty),
  endedBecause: null,

  async signIn(userId, password) {
    const attempt = async (): Promise<Response> => post('/auth/sign-in', { userId, password, deviceId: consoleDeviceId(userId) });
    let res: Response;
    try {
      res = await attempt();
      if (res.status === 403 || res.status === 409) {
        // This browser's id for the user was revoked or taken: enrol a fresh one, once.
        forgetConsoleDevice(userId);
        res = await attempt();
      }
    } catch {
      return { ok: false, code: 'offline', status: 0 };
    }
    const body: unknown = await res.json().catch(() => null);
    if (!res.ok) {
      const error = (body as { error?: { code?: string; lockedUntil?: string } } | null)?.error;
      return { ok: false, code: error?.code ?? `http_${res.status}`, status: res.status, ...(error?.lockedUntil ? { lockedUntil: error.lockedUntil } : {}) };
    }
    const answer = SessionAnswerSchema.parse(body);
    const stored = { userId, deviceId: consoleDeviceId(userId), accessToken: answer.accessToken, refreshToken: answer.refreshToken };
    // A collector's or clerk's password is right, but the console is not theirs: say so and keep no session.
    const me = await fetch('/admin/me', { headers: { Authorization: `Bearer ${answer.accessToken}` } }).catch(() => null);
    if (me?.status === 403) {
      await post('/auth/sign-out', { refreshToken: answer.refreshToken, deviceId: stored.deviceId }).catch(() => undefined);
      return { ok: false, code: 'not_console_user', status: 403 };
    }
    save(stored);
    set({ ...stored, endedBecause: null });
    return { ok: true };
  },

  async refresh() {
    const { refreshToken, deviceId, userId } = get();
    if (!refreshToken || !deviceId || !userId) return false;
    try {
      const res = await post('/auth/refresh', { refreshToken, deviceId });
      if (!res.ok) return false;
      const answer = SessionAnswerSchema.parse(await res.json());
      const stored = { userId, deviceId, accessToken: answer.accessToken, refreshToken: answer.refreshToken };
      save(stored);
      set(stored);
      return true;
    } catch {
      return false;
    }
  },

  expired() {
    save(null);
    set({ ...empty, endedBecause: 'expired' });
  },

  async signOut() {
    const { refreshToken, deviceId } = get();
    save(null);
    set({ ...empty, endedBecause: null });
    if (refreshToken && deviceId) await post('/auth/sign-out', { refreshToken, deviceId }).catch(() => undefined);
  },
}));
