import type { Staff } from '../../../shared/domain/staff';
import { DEFAULT_PACK_ID } from '../../../shared/compliance/packs';
import { RulePackIdSchema } from '../../../shared/session/rulePack';
import type { RecoveryDeskDb } from '../store/database';
import type { SessionAccess } from '../sync/sessionAccess';
import type { HeadOfficeApi } from './headOfficeApi';
import { createVerifier } from './kdf';
import { rememberUser } from './repository/sessionStore';

/**
 * The signed-in user's own password change, in the desktop app: online only (head office holds the password
 * and its policy). On success the device's offline verifier becomes the new password at once, so the next
 * offline sign-in or unlock takes the new one. An offline sign-in keeps the old local credential until the next
 * online sign-in (docs/security.md, "Password policy").
 */
export type PasswordChangeOutcome =
  | { ok: true }
  | { ok: false; reason: 'offline' | 'wrong_current' | 'locked' | 'weak'; rules: string[] }
  | { ok: false; reason: 'server'; detail: string };

export interface PasswordChangeDeps {
  db: RecoveryDeskDb;
  api: HeadOfficeApi | null;
  access: SessionAccess | null;
  user: Staff;
  /** The pack head office sent at sign-in, kept with the verifier (as sign-in does). */
  rulePack: string;
  now: () => Date;
}

export async function changeOwnPassword(deps: PasswordChangeDeps, currentPassword: string, newPassword: string): Promise<PasswordChangeOutcome> {
  if (!deps.api || !deps.access) return { ok: false, reason: 'offline', rules: [] };
  const token = await deps.access.ensure();
  if (!token.ok) return token.problem === 'unreachable' ? { ok: false, reason: 'offline', rules: [] } : { ok: false, reason: 'server', detail: token.problem };
  const res = await deps.api.changePassword(token.token, { currentPassword, newPassword });
  if (!res.ok) {
    const f = res.failure;
    if (f.kind === 'unreachable') return { ok: false, reason: 'offline', rules: [] };
    if (f.kind === 'refused' && f.code === 'invalid_credentials') return { ok: false, reason: 'wrong_current', rules: [] };
    if (f.kind === 'refused' && f.code === 'locked') return { ok: false, reason: 'locked', rules: [] };
    if (f.kind === 'refused' && f.code === 'weak_password') return { ok: false, reason: 'weak', rules: f.rules ?? [] };
    return { ok: false, reason: 'server', detail: f.kind === 'refused' ? `${f.code}: ${f.message}` : f.detail };
  }
  await rememberUser(deps.db, deps.user, await createVerifier(newPassword), deps.now(), RulePackIdSchema.catch(DEFAULT_PACK_ID).parse(deps.rulePack));
  return { ok: true };
}
