import { z } from 'zod';
import { OutboxEntrySchema } from './mutations';
import { DeviceIdSchema, IdSchema } from './primitives';
import { MUTATION_SCHEMA_VERSION, PROTOCOL_VERSION } from './versions';

/**
 * The push and pull exchange between a device and head office: the same schemas on both sides.
 *
 * Push sends outbox entries in mutationId order. Head office applies each in its own database transaction
 * together with the device's last mutation id, skips ids it has seen ('duplicate'), and records a refusal
 * ('rejected', with a reason for the user) while still advancing, so one bad mutation never wedges a device.
 * Pull pages through what changed in the device's scope since a server-made cursor; the device applies each
 * page with its cursor in one local transaction, so a pull can stop anywhere and resume.
 */

export const PUSH_MAX_MUTATIONS = 500;
export const PULL_MAX_LIMIT = 5000;

const VersionsSchema = z.object({
  protocolVersion: z.literal(PROTOCOL_VERSION),
  schemaVersion: z.literal(MUTATION_SCHEMA_VERSION),
});

export const PushRequestSchema = VersionsSchema.extend({
  deviceId: DeviceIdSchema,
  /** May be empty: a device that lost its store learns its last applied id from the answer. */
  mutations: z.array(OutboxEntrySchema).max(PUSH_MAX_MUTATIONS, `at most ${PUSH_MAX_MUTATIONS} mutations per push`),
}).superRefine((req, ctx) => {
  req.mutations.forEach((m, i) => {
    if (m.deviceId !== req.deviceId) {
      ctx.addIssue({ code: 'custom', path: ['mutations', i, 'deviceId'], message: 'a push carries one device’s mutations' });
    }
    const prev = req.mutations[i - 1];
    if (prev && m.mutationId <= prev.mutationId) {
      ctx.addIssue({ code: 'custom', path: ['mutations', i, 'mutationId'], message: 'mutation ids must strictly increase' });
    }
  });
});
export type PushRequest = z.output<typeof PushRequestSchema>;

/**
 * Why head office refused a mutation. The code picks the message the user reads (in their language);
 * `message` carries the details. Codes may be added, so a client shows an unknown one as a generic refusal.
 */
export const REJECTION_CODES = [
  /** Args that pass the schema but not head office's checks (an unknown party, a plan that does not add up). */
  'invalid',
  /** The record referred to does not exist (a receipt to void, a plan to decide). */
  'not_found',
  /** The case left the user's scope before this change was made. */
  'out_of_scope',
  /** Head office has no such case: the record is refused, not kept for whoever is later assigned it. */
  'unknown_case',
  /** Not allowed for this user (a plan decided by its own maker, a role without the right). */
  'forbidden',
  /** The state machine refused it (a status change from a state the case is no longer in). */
  'conflict',
  /** A schema version head office no longer reads. */
  'unsupported_version',
  /** A bug at head office; logged there. */
  'internal',
] as const;
export type RejectionCode = (typeof REJECTION_CODES)[number];

export const RejectionReasonSchema = z.object({
  code: z.string().regex(/^[a-z][a-z_]*$/),
  message: z.string().max(1000),
});
export type RejectionReason = z.output<typeof RejectionReasonSchema>;

export const PUSH_RESULT_STATUSES = ['applied', 'duplicate', 'rejected'] as const;

export const PushResultSchema = z
  .object({
    mutationId: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
    status: z.enum(PUSH_RESULT_STATUSES),
    reason: RejectionReasonSchema.optional(),
  })
  .refine((r) => (r.status === 'rejected') === (r.reason !== undefined), {
    path: ['reason'],
    message: 'a rejection has a reason, and only a rejection',
  });
export type PushResult = z.output<typeof PushResultSchema>;

export const PushResponseSchema = z.object({
  /** The last mutation id head office has applied, rejected or skipped for this device (0: none yet). */
  lastMutationId: z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER),
  results: z.array(PushResultSchema).max(PUSH_MAX_MUTATIONS),
});
export type PushResponse = z.output<typeof PushResponseSchema>;

/** Opaque to the device: it stores and returns it, never reads it (never a client time or updated_at). */
export const CursorSchema = z.string().min(1).max(512);

export const PullRequestSchema = VersionsSchema.extend({
  deviceId: DeviceIdSchema,
  /** null for a first, or fresh, download. */
  cursor: CursorSchema.nullable(),
  limit: z.number().int().positive().max(PULL_MAX_LIMIT, `at most ${PULL_MAX_LIMIT} changes per page`),
});
export type PullRequest = z.output<typeof PullRequestSchema>;

/** The kinds of record head office sends down. */
export const RECORD_KINDS = [
  'case',
  'activity',
  'promise',
  'payment',
  'plan',
  'receipt',
  'visit',
  'attachment',
  'letter',
  'dispute',
  'override',
  'rule_pack',
  'letter_template',
  /** A published configuration version (shared/publishedConfig): id is its slot, data the version. */
  'config',
] as const;
export const RecordKindSchema = z.enum(RECORD_KINDS);
export type RecordKind = z.output<typeof RecordKindSchema>;

/**
 * One change: a record to put (the whole record; `data` is checked against the record's own schema when
 * applied, so one bad record is reported instead of failing the page), or a tombstone: the record was
 * deleted at head office, or its case left the device's scope and is to be evicted once no pending outbox
 * entry names it.
 */
export const PullChangeSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: RecordKindSchema,
    id: IdSchema,
    data: z.unknown().refine((d) => d !== undefined, 'a record change carries the record'),
  }),
  z.object({
    kind: z.literal('tombstone'),
    id: IdSchema,
    of: RecordKindSchema,
    reason: z.enum(['deleted', 'out_of_scope']),
  }),
  /**
   * A field record of a case in the device's scope, made on any device: `name` is the mutation that made it
   * (recordActivity, voidReceipt …; a device skips names it does not know) and `data` is a PulledRecord,
   * checked when applied. The device's own records come back too; applying one is idempotent.
   */
  z.object({
    kind: z.literal('record'),
    id: IdSchema,
    /** null: a record about the branch, not a case (a target). */
    caseId: IdSchema.nullable(),
    name: z.string().regex(/^[a-z][A-Za-z]{0,63}$/),
    data: z.unknown().refine((d) => d !== undefined, 'a record change carries the record'),
  }),
]);
export type PullChange = z.output<typeof PullChangeSchema>;

/** A record change's data: what the device said (the mutation's args), who said it, when head office got it. */
export const PulledRecordSchema = z.object({
  userId: IdSchema,
  deviceId: DeviceIdSchema,
  receivedAt: z.iso.datetime({ offset: true }),
  args: z.record(z.string(), z.unknown()),
});
export type PulledRecord = z.output<typeof PulledRecordSchema>;

export const PullResponseSchema = z
  .object({
    /** Where the next pull starts; null only with resetRequired. */
    cursor: CursorSchema.nullable(),
    /**
     * The request's cursor, echoed: the device applies a page only as the answer to the cursor it asked from.
     * An earlier page handed back again (a stale proxy, a retried or reordered answer) would otherwise move the
     * cursor back or past changes never applied, and leave old copies of cases that are never sent again.
     * Absent from a head office older than the echo.
     */
    from: CursorSchema.nullable().optional(),
    hasMore: z.boolean(),
    changes: z.array(PullChangeSchema).max(PULL_MAX_LIMIT),
    /**
     * The cursor is older than head office keeps tombstones: the device downloads afresh from a null cursor.
     * Its outbox is kept and still pushed.
     */
    resetRequired: z.boolean(),
  })
  .superRefine((res, ctx) => {
    if (res.resetRequired) {
      if (res.cursor !== null || res.changes.length > 0 || res.hasMore) {
        ctx.addIssue({ code: 'custom', path: ['resetRequired'], message: 'a reset answer has no cursor, no changes and nothing more' });
      }
    } else if (res.cursor === null) {
      ctx.addIssue({ code: 'custom', path: ['cursor'], message: 'a page has a cursor' });
    }
  });
export type PullResponse = z.output<typeof PullResponseSchema>;

/**
 * A whole request refused (rather than one mutation): errors are data across the boundary. Codes may be
 * added; a client treats an unknown one like internal.
 */
export const SYNC_ERROR_CODES = ['bad_request', 'unauthorized', 'unsupported_protocol', 'busy', 'internal'] as const;
export type SyncErrorCode = (typeof SYNC_ERROR_CODES)[number];
export const SyncErrorSchema = z.object({
  code: z.string().regex(/^[a-z][a-z_]*$/),
  message: z.string().max(1000),
  /** With unsupported_protocol: the oldest protocol version head office still speaks. */
  minProtocolVersion: z.number().int().positive().optional(),
});
export type SyncError = z.output<typeof SyncErrorSchema>;
