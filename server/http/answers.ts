import { z } from 'zod';
import { ROLES } from '../../shared/domain/staff';

/**
 * The shapes of head office's own answers, for the API description (server/http/openapi.ts). Sync answers
 * have theirs in shared/sync/protocol.ts, which devices parse with. test/server/ops/openapiAndMetrics.test.ts parses
 * real answers with these, so the description cannot drift from what is sent.
 */

const When = z.string().describe('ISO 8601 date-time');

export const HealthAnswerSchema = z.object({
  ok: z.boolean(),
  version: z.string(),
  protocolVersion: z.number().int(),
  schemaVersion: z.number().int(),
  database: z.enum(['pglite', 'postgres']),
  db: z.enum(['ok', 'unreachable']),
});

export const SessionAnswerSchema = z.object({
  accessToken: z.string(),
  accessTokenExpiresAt: When,
  refreshToken: z.string(),
  refreshTokenExpiresAt: When,
});

export const SignInAnswerSchema = SessionAnswerSchema.extend({
  user: z.object({
    id: z.string(),
    name: z.string(),
    role: z.enum(ROLES),
    branchCode: z.string(),
    rulePack: z.string().describe('the compliance rule pack head office set for the user’s branch (cn-2026, uk-fca, us-regf)'),
    mustChangePassword: z.boolean().describe('head office set a temporary password: every route but POST /auth/change-password refuses (403 password_change_required) until it is changed'),
  }),
  device: z.object({ id: z.string(), code: z.string().describe('prefix of the device’s receipt and letter numbers') }),
});

export const SignOutAnswerSchema = z.object({ signedOut: z.literal(true) });
export const ApproverAnswerSchema = z.object({
  user: z.object({ id: z.string(), name: z.string(), role: z.literal('supervisor'), branchCode: z.string() }),
});

export const RevokeAnswerSchema = z.object({
  device: z.object({ id: z.string(), userId: z.string(), revokedAt: When }),
});
