import type { Staff } from '../../../shared/domain/staff';
import { afterFailure, afterSuccess, lockVerdict } from '../../../shared/session/lockout';
import type { RecoveryDeskDb } from '../store/database';
import type { DeviceIdentity } from '../store/deviceRepository';
import { adoptDeviceCode, hasNumberedPaper } from './repository/deviceEnrolment';
import { knownUser, readLockoutState, rememberUser, writeLockoutState, writeRefresh } from './repository/sessionStore';
import type { HeadOfficeApi } from './headOfficeApi';
import { checkPassword, createVerifier } from './kdf';

/**
 * Sign-in on the real store: against head office when it answers, otherwise (only then) against the
 * verifier kept from this user's last online sign-in on this device. Head office's refusals are final:
 * a wrong password online never falls back to the offline check.
 */

export interface AccessGrant {
  token: string;
  expiresAt: string;
}

export type SignInRefusal =
  | { reason: 'invalid_credentials'; where: 'head_office' }
  | { reason: 'invalid_credentials'; where: 'device'; attemptsLeft: number }
  | { reason: 'locked'; where: 'head_office' | 'device'; until: string }
  | { reason: 'device_revoked' }
  | { reason: 'device_wiped' }
  | { reason: 'device_other_user' }
  | { reason: 'device_code'; code: string }
  /** Head office did not answer and this user never signed in online on this device. */
  | { reason: 'unreachable'; detail: string }
  | { reason: 'rate_limited'; retryAfterSeconds: number }
  | { reason: 'server'; detail: string };

export type SignInOutcome =
  /** mustChangePassword: head office set a temporary password; the app asks for a new one before anything else. */
  | { ok: true; mode: 'online'; user: Staff; rulePack: string; access: AccessGrant; device: DeviceIdentity; mustChangePassword: boolean }
  | { ok: true; mode: 'offline'; user: Staff; rulePack: string; device: DeviceIdentity }
  | { ok: false; refusal: SignInRefusal };

export interface SignInDeps {
  db: RecoveryDeskDb;
  device: DeviceIdentity;
  /** Null when no head-office address is set: only an offline sign-in is possible. */
  api: HeadOfficeApi | null;
  now: () => Date;
}

export async function signIn(deps: SignInDeps, userIdTyped: string, password: string): Promise<SignInOutcome> {
  const userId = userIdTyped.trim();
  if (!deps.api) return signInOffline(deps, userId, password, 'no head-office address');
  const { db, device, api, now } = deps;
  const printed = await hasNumberedPaper(db);
  const answer = await api.signIn({ userId, password, deviceId: device.deviceId, ...(printed ? { deviceCode: device.deviceCode } : {}) });
  if (!answer.ok) {
    const f = answer.failure;
    if (f.kind === 'unreachable') return signInOffline(deps, userId, password, f.detail);
    if (f.kind === 'malformed') return { ok: false, refusal: { reason: 'server', detail: f.detail } };
    switch (f.code) {
      case 'invalid_credentials':
        return { ok: false, refusal: { reason: 'invalid_credentials', where: 'head_office' } };
      case 'locked':
        return { ok: false, refusal: { reason: 'locked', where: 'head_office', until: f.lockedUntil ?? now().toISOString() } };
      case 'device_revoked':
        return { ok: false, refusal: { reason: 'device_revoked' } };
      case 'device_wiped':
        return { ok: false, refusal: { reason: 'device_wiped' } };
      case 'device_enrolled_to_other_user':
        return { ok: false, refusal: { reason: 'device_other_user' } };
      case 'device_code_taken':
      case 'device_code_mismatch':
        return { ok: false, refusal: { reason: 'device_code', code: device.deviceCode } };
      case 'rate_limited':
        return { ok: false, refusal: { reason: 'rate_limited', retryAfterSeconds: f.retryAfterSeconds ?? 60 } };
      default:
        // Kept for the log and support; the screen shows a translated sentence, not the code (refusalMessage).
        return { ok: false, refusal: { reason: 'server', detail: `${f.code}: ${f.message}` } };
    }
  }
  const a = answer.value;
  const user: Staff = { id: a.user.id, name: a.user.name, role: a.user.role, branchCode: a.user.branchCode };
  const adopted = a.device.id === device.deviceId ? await adoptDeviceCode(db, a.device.code) : device;
  // Derived after head office accepted the password, so a mistyped one never becomes the offline verifier.
  const verifier = await createVerifier(password);
  await rememberUser(db, user, verifier, now(), a.user.rulePack);
  await writeRefresh(db, { userId: user.id, token: a.refreshToken, expiresAt: a.refreshTokenExpiresAt });
  await writeLockoutState(db, user.id, afterSuccess());
  return { ok: true, mode: 'online', user, rulePack: a.user.rulePack, access: { token: a.accessToken, expiresAt: a.accessTokenExpiresAt }, device: adopted, mustChangePassword: a.user.mustChangePassword };
}

async function signInOffline(deps: SignInDeps, userId: string, password: string, detail: string): Promise<SignInOutcome> {
  const known = await knownUser(deps.db, userId);
  if (!known) return { ok: false, refusal: { reason: 'unreachable', detail } };
  const check = await checkOffline(deps.db, userId, password, deps.now);
  if (!check.ok) return check;
  return { ok: true, mode: 'offline', user: known.profile, rulePack: known.rulePack, device: deps.device };
}

/** The password against this device's verifier, with the persisted lockout: offline sign-in and unlock. */
export async function checkOffline(db: RecoveryDeskDb, userId: string, password: string, now: () => Date): Promise<{ ok: true; user: Staff } | { ok: false; refusal: SignInRefusal }> {
  const known = await knownUser(db, userId);
  if (!known) return { ok: false, refusal: { reason: 'unreachable', detail: 'no verifier on this device' } };
  const state = await readLockoutState(db, userId, now());
  const verdict = lockVerdict(state, now());
  if (verdict.locked) return { ok: false, refusal: { reason: 'locked', where: 'device', until: verdict.until } };
  if (await checkPassword(password, known.verifier)) {
    await writeLockoutState(db, userId, afterSuccess());
    return { ok: true, user: known.profile };
  }
  const next = afterFailure(state, now());
  await writeLockoutState(db, userId, next);
  const after = lockVerdict(next, now());
  if (after.locked) return { ok: false, refusal: { reason: 'locked', where: 'device', until: after.until } };
  return { ok: false, refusal: { reason: 'invalid_credentials', where: 'device', attemptsLeft: after.attemptsLeft } };
}
