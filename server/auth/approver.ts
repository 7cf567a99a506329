import { z } from 'zod';
import { isPlainLine } from '../../shared/sync/primitives';
import type { Db } from '../db/types';
import { forbidden } from '../http/errors';
import { PasswordSchema } from './password';
import type { Principal } from './principal';
import { verifyCredentials } from './signIn';

export const ConfirmApproverRequestSchema = z.strictObject({
  userId: z.string().min(1).max(128).refine(isPlainLine, 'a user id is one line without control characters (用户名不能含控制字符)'),
  password: PasswordSchema,
});
export type ConfirmApproverRequest = z.output<typeof ConfirmApproverRequestSchema>;

export interface ApproverAnswer {
  user: { id: string; name: string; role: 'supervisor'; branchCode: string };
}

/**
 * A supervisor confirms who they are on a collector's device (docs/compliance.md, "Overrides"): a device is
 * enrolled to one user for life, so a supervisor never signs in on it; instead, while it is online, the device
 * asks head office to check the supervisor's password (the same check and lockout as a sign-in), enrolling
 * nothing and issuing no token. Only a supervisor of the device user's branch is confirmed; the device then
 * keeps an offline verifier of that supervisor, for approvals only.
 */
export async function confirmApprover(db: Db, who: Principal, req: ConfirmApproverRequest, nowMs: number): Promise<ApproverAnswer> {
  const user = await verifyCredentials(db, req.userId, req.password, nowMs);
  await db.query('UPDATE users SET failed_attempts = 0, locked_until = NULL WHERE id = $1', [user.id]);
  if (user.role !== 'supervisor' || user.branch_code !== who.branchCode) {
    throw forbidden(`${user.id} is not a supervisor of branch ${who.branchCode}`, 'not_an_approver');
  }
  return { user: { id: user.id, name: user.name, role: 'supervisor', branchCode: user.branch_code } };
}
