import { z } from 'zod';
import { RoleSchema } from '../../../shared/domain/staff';
import { SignedInRulePackSchema } from '../../../shared/session/rulePack';

/**
 * The head-office auth routes (docs/server.md): sign-in, refresh, health. Every answer is checked with zod;
 * every failure is a typed result the screens translate, never a throw.
 */

const TokensSchema = z.object({
  accessToken: z.string().min(10),
  accessTokenExpiresAt: z.string(),
  refreshToken: z.string().min(16),
  refreshTokenExpiresAt: z.string(),
});
export type Tokens = z.output<typeof TokensSchema>;

export const SignInAnswerSchema = TokensSchema.extend({
  // rulePack: the pack head office set for the user's branch; an older head office sends none (the default pack).
  user: z.object({ id: z.string().min(1), name: z.string().min(1), role: RoleSchema, branchCode: z.string().min(1), rulePack: SignedInRulePackSchema, mustChangePassword: z.boolean().default(false) }),
  device: z.object({ id: z.string().min(1), code: z.string().regex(/^[A-Z0-9]{4,8}$/) }),
});
export type SignInAnswer = z.output<typeof SignInAnswerSchema>;

const HealthSchema = z.object({ ok: z.boolean(), version: z.string().optional(), protocolVersion: z.number().optional() });
const ErrorSchema = z.object({ error: z.object({ code: z.string(), message: z.string(), lockedUntil: z.string().optional(), retryAfterSeconds: z.number().int().nonnegative().optional(), rules: z.array(z.string()).max(10).optional() }) });

export type ApiFailure =
  | { kind: 'unreachable'; detail: string }
  | { kind: 'refused'; code: string; message: string; status: number; lockedUntil?: string; retryAfterSeconds?: number; rules?: string[] }
  | { kind: 'malformed'; detail: string };
export type ApiResult<T> = { ok: true; value: T } | { ok: false; failure: ApiFailure };

const TIMEOUT_MS = 15_000;

export async function call<T>(fetchFn: typeof fetch, url: string, init: RequestInit, schema: z.ZodType<T>): Promise<ApiResult<T>> {
  let res: Response;
  try {
    res = await fetchFn(url, { ...init, signal: AbortSignal.timeout(TIMEOUT_MS), headers: { accept: 'application/json', ...(init.body ? { 'content-type': 'application/json' } : {}), ...(init.headers as Record<string, string> | undefined) } });
  } catch (err) {
    return { ok: false, failure: { kind: 'unreachable', detail: String((err as Error)?.message ?? err) } };
  }
  // A proxy in front of head office answers these when the service itself is down.
  if (res.status === 502 || res.status === 503 || res.status === 504) return { ok: false, failure: { kind: 'unreachable', detail: `HTTP ${res.status}` } };
  let json: unknown;
  try {
    json = await res.json();
  } catch {
    return { ok: false, failure: { kind: 'malformed', detail: `HTTP ${res.status}, not JSON` } };
  }
  if (!res.ok) {
    const e = ErrorSchema.safeParse(json);
    if (!e.success) return { ok: false, failure: { kind: 'malformed', detail: `HTTP ${res.status}` } };
    return { ok: false, failure: { kind: 'refused', status: res.status, ...e.data.error } };
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) return { ok: false, failure: { kind: 'malformed', detail: parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ') } };
  return { ok: true, value: parsed.data };
}

const SignedOutSchema = z.object({ signedOut: z.literal(true) });
const PasswordChangedSchema = z.object({ changed: z.literal(true), at: z.string() });

export interface HeadOfficeApi {
  signIn(req: { userId: string; password: string; deviceId: string; deviceCode?: string }): Promise<ApiResult<SignInAnswer>>;
  refresh(req: { refreshToken: string; deviceId: string }): Promise<ApiResult<Tokens>>;
  health(): Promise<ApiResult<z.output<typeof HealthSchema>>>;
  /** Gives the refresh token up: head office revokes it, so a copy left on the laptop signs no one in. */
  signOut(req: { refreshToken: string; deviceId: string }): Promise<ApiResult<{ signedOut: true }>>;
  /** The signed-in user's own password change (POST /auth/change-password); head office checks the policy. */
  changePassword(accessToken: string, req: { currentPassword: string; newPassword: string }): Promise<ApiResult<{ changed: true; at: string }>>;
}

export function headOfficeApi(baseUrl: string, fetchFn: typeof fetch = (...a) => fetch(...a)): HeadOfficeApi {
  const base = baseUrl.replace(/\/+$/, '');
  return {
    signIn: (req) => call(fetchFn, `${base}/auth/sign-in`, { method: 'POST', body: JSON.stringify(req) }, SignInAnswerSchema),
    refresh: (req) => call(fetchFn, `${base}/auth/refresh`, { method: 'POST', body: JSON.stringify(req) }, TokensSchema),
    health: () => call(fetchFn, `${base}/health`, { method: 'GET' }, HealthSchema),
    signOut: (req) => call(fetchFn, `${base}/auth/sign-out`, { method: 'POST', body: JSON.stringify(req) }, SignedOutSchema),
    changePassword: (accessToken, req) =>
      call(fetchFn, `${base}/auth/change-password`, { method: 'POST', body: JSON.stringify(req), headers: { authorization: `Bearer ${accessToken}` } }, PasswordChangedSchema),
  };
}
