import { z } from 'zod';
import type { Staff } from '../../../shared/domain/staff';
import { afterFailure, afterSuccess, lockVerdict } from '../../../shared/session/lockout';
import type { RecoveryDeskDb } from '../store/database';
import { call, type ApiResult } from './headOfficeApi';
import { checkPassword, createVerifier } from './kdf';
import { knownApprover, knownUser, readLockoutState, rememberApprover, writeLockoutState } from './repository/sessionStore';

/**
 * A supervisor proves who they are on someone else's device (a collector's) by typing their password, checked
 * offline against a verifier this device keeps: from the supervisor's own sign-in here, or from head office
 * confirming the supervisor on this device once while it was online (a device is enrolled to one user for
 * life, so a supervisor cannot sign in on a collector's laptop; server/auth/approver.ts). The lockout is the
 * offline sign-in's (shared/session/lockout.ts). What it gives is a proof an action takes (an override approved
 * here): made only by this module, fresh for a few minutes, good for one use.
 */
export class SupervisorProof {
  constructor(
    readonly user: Staff,
    readonly at: number,
  ) {}
}

const PROOF_MINUTES = 5;
const issued = new WeakSet<SupervisorProof>();

export type SupervisorCheck =
  | { ok: true; proof: SupervisorProof }
  | { ok: false; reason: 'unknown_here' }
  | { ok: false; reason: 'not_supervisor'; name: string }
  | { ok: false; reason: 'invalid'; attemptsLeft: number }
  | { ok: false; reason: 'locked'; until: string };

export async function checkSupervisorHere(db: RecoveryDeskDb, userIdTyped: string, password: string, now: () => Date): Promise<SupervisorCheck> {
  const userId = userIdTyped.trim();
  const known = (await knownUser(db, userId)) ?? (await knownApprover(db, userId));
  if (!known) return { ok: false, reason: 'unknown_here' };
  if (known.profile.role !== 'supervisor') return { ok: false, reason: 'not_supervisor', name: known.profile.name };
  const state = await readLockoutState(db, userId, now());
  const verdict = lockVerdict(state, now());
  if (verdict.locked) return { ok: false, reason: 'locked', until: verdict.until };
  if (await checkPassword(password, known.verifier)) {
    await writeLockoutState(db, userId, afterSuccess());
    const proof = new SupervisorProof(known.profile, now().getTime());
    issued.add(proof);
    return { ok: true, proof };
  }
  const next = afterFailure(state, now());
  await writeLockoutState(db, userId, next);
  const after = lockVerdict(next, now());
  return after.locked ? { ok: false, reason: 'locked', until: after.until } : { ok: false, reason: 'invalid', attemptsLeft: after.attemptsLeft };
}

const ApproverAnswerSchema = z.object({ user: z.object({ id: z.string().min(1), name: z.string().min(1), role: z.literal('supervisor'), branchCode: z.string().min(1) }) });

/**
 * Online, for a supervisor this device does not know yet: head office checks the password (its own lockout),
 * and the device keeps an offline verifier of the supervisor for approvals here from then on.
 */
export async function confirmSupervisorOnline(
  db: RecoveryDeskDb,
  headOffice: { baseUrl: string; fetch: typeof fetch; token: string },
  userIdTyped: string,
  password: string,
  now: () => Date,
): Promise<ApiResult<Staff>> {
  const userId = userIdTyped.trim();
  const answer = await call(headOffice.fetch, `${headOffice.baseUrl.replace(/\/+$/, '')}/auth/confirm-approver`, { method: 'POST', body: JSON.stringify({ userId, password }), headers: { authorization: `Bearer ${headOffice.token}` } }, ApproverAnswerSchema);
  if (!answer.ok) return answer;
  const profile: Staff = answer.value.user;
  await rememberApprover(db, profile, await createVerifier(password), now());
  return { ok: true, value: profile };
}

export const isSupervisorProof = (value: unknown): value is SupervisorProof => value instanceof SupervisorProof && issued.has(value);

/** Uses a proof up: true when it was issued here, unused and still fresh. */
export function consumeSupervisorProof(proof: SupervisorProof, now: Date): boolean {
  if (!issued.has(proof)) return false;
  issued.delete(proof);
  return now.getTime() - proof.at <= PROOF_MINUTES * 60_000;
}
