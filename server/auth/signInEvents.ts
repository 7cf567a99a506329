import type { Queryable } from '../db/types';

/** What happened at head office's door. Passwords and tokens are never recorded, only the outcome. */
// approver_*: a supervisor's password checked on a collector's device for an override (server/auth/approver.ts).
export const SIGN_IN_EVENT_KINDS = ['sign_in', 'sign_in_failed', 'refresh', 'refresh_failed', 'rate_limited', 'sign_out', 'approver_confirmed', 'approver_refused'] as const;
export type SignInEventKind = (typeof SIGN_IN_EVENT_KINDS)[number];

export interface SignInEvent {
  kind: SignInEventKind;
  /** As typed at sign-in (it may match no account); the token's user at refresh when known. */
  userId: string | null;
  deviceId: string | null;
  clientAddress: string;
  /** The refusal's code (invalid_credentials, locked, device_revoked, …); null on success. */
  reason: string | null;
  at: Date;
}

/** Appends one event to sign_in_events (insert-only; the security review reads it). */
export async function recordSignInEvent(db: Queryable, e: SignInEvent): Promise<void> {
  await db.query(
    `INSERT INTO sign_in_events (kind, user_id, device_id, client_address, reason, at) VALUES ($1, $2, $3, $4, $5, $6)`,
    [e.kind, e.userId?.slice(0, 128) ?? null, e.deviceId?.slice(0, 64) ?? null, e.clientAddress.slice(0, 64), e.reason, e.at],
  );
}
