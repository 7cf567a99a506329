import type { Staff } from '../../../shared/domain/staff';
import type { RecoveryDeskDb } from '../store/database';
import { knownUser } from './repository/sessionStore';
import { checkOffline } from './signIn';

/**
 * A supervisor proves who they are on someone else's device (a collector's) by typing their password, checked
 * offline against the verifier this device kept from their own sign-in here, under the same lockout as an
 * offline sign-in (shared/session/lockout.ts). What it gives is a proof an action takes (an override approved
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
  const known = await knownUser(db, userId);
  if (!known) return { ok: false, reason: 'unknown_here' };
  if (known.profile.role !== 'supervisor') return { ok: false, reason: 'not_supervisor', name: known.profile.name };
  const check = await checkOffline(db, userId, password, now);
  if (check.ok) {
    const proof = new SupervisorProof(check.user, now().getTime());
    issued.add(proof);
    return { ok: true, proof };
  }
  const r = check.refusal;
  if (r.reason === 'locked') return { ok: false, reason: 'locked', until: r.until };
  if (r.reason === 'invalid_credentials' && r.where === 'device') return { ok: false, reason: 'invalid', attemptsLeft: r.attemptsLeft };
  return { ok: false, reason: 'unknown_here' };
}

export const isSupervisorProof = (value: unknown): value is SupervisorProof => value instanceof SupervisorProof && issued.has(value);

/** Uses a proof up: true when it was issued here, unused and still fresh. */
export function consumeSupervisorProof(proof: SupervisorProof, now: Date): boolean {
  if (!issued.has(proof)) return false;
  issued.delete(proof);
  return now.getTime() - proof.at <= PROOF_MINUTES * 60_000;
}
