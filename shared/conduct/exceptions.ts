import { z } from 'zod';
import { RuleActionSchema } from '../compliance/vocabulary';

/**
 * Conduct exceptions (issue 17 §6): a pushed record that broke a conduct rule when head office judged it again.
 * The record is kept (it happened); the exception says which rule, on which clock, and why. Head office keeps
 * them (migration 23), the console lists them (GET /admin/conduct-exceptions), and the KPIs count them per
 * collector (exceptionsPerCollector).
 */

/** The pushed records head office re-checks: contacts, visits done, letters issued. */
export const CONDUCT_RECORD_KINDS = ['recordActivity', 'recordVisit', 'issueLetter'] as const;
export type ConductRecordKind = (typeof CONDUCT_RECORD_KINDS)[number];

/** Whose clock broke the rule: the time the device claimed, head office's time of arrival, or both. */
export const CONDUCT_CLOCKS = ['device', 'head_office', 'both'] as const;
export type ConductClock = (typeof CONDUCT_CLOCKS)[number];

const ParamsSchema = z.record(z.string(), z.union([z.string(), z.number()]));

export const ConductExceptionSchema = z.object({
  id: z.string(),
  recordKind: z.enum(CONDUCT_RECORD_KINDS),
  recordId: z.string(),
  caseId: z.string(),
  caseNumber: z.string().nullable(),
  branchCode: z.string(),
  userId: z.string(),
  deviceId: z.string(),
  ruleId: z.string(),
  action: RuleActionSchema,
  /** The compliance message (shared/compliance/messages.ts) with its values. */
  messageKey: z.string(),
  params: ParamsSchema,
  clock: z.enum(CONDUCT_CLOCKS),
  claimedAt: z.string(),
  receivedAt: z.string(),
  /** receivedAt − claimedAt in minutes. */
  skewMinutes: z.number().int(),
  foundAt: z.string(),
  /** The supervisor's override (recordOverride id) that covered the rule afterwards; null while none has. */
  overriddenBy: z.string().nullable(),
  /**
   * A supervisor's review (reviewConductException, docs/records.md "Conduct exceptions"): who, when and what they
   * noted; null while none has. Optional on the wire: a head office before migration 28 sends none.
   */
  reviewedBy: z.string().nullable().default(null),
  reviewedAt: z.string().nullable().default(null),
  reviewNote: z.string().nullable().default(null),
});
export type ConductException = z.output<typeof ConductExceptionSchema>;

/**
 * The name an exception travels under in a pull (a record change about the branch, caseId null; its args the
 * exception). Not a mutation name: head office makes exceptions, a device never pushes one.
 */
export const CONDUCT_EXCEPTION_RECORD = 'conductException';

const DaySchema = z.iso.date({ error: 'date must be a real YYYY-MM-DD day' });

/** The console's filters. Days are the days found, in Asia/Shanghai (head office's day). */
export const ConductExceptionsQuerySchema = z.strictObject({
  branchCode: z.string().min(1).max(20).optional(),
  userId: z.string().min(1).max(100).optional(),
  ruleId: z.string().min(1).max(100).optional(),
  from: DaySchema.optional(),
  to: DaySchema.optional(),
  /** 'true': also the exceptions a supervisor's override covered afterwards. */
  includeOverridden: z.enum(['true', 'false']).optional(),
  limit: z.coerce.number().int().min(1).max(1000).optional(),
}).refine((q) => q.from === undefined || q.to === undefined || q.from <= q.to, { path: ['to'], message: 'to must not be before from' });
export type ConductExceptionsQuery = z.output<typeof ConductExceptionsQuerySchema>;

export const ConductExceptionsAnswerSchema = z.object({
  exceptions: z.array(ConductExceptionSchema),
  perCollector: z.array(z.object({ userId: z.string(), count: z.number().int(), byRule: z.record(z.string(), z.number().int()) })),
});
export type ConductExceptionsAnswer = z.output<typeof ConductExceptionsAnswerSchema>;

export interface CollectorExceptions {
  userId: string;
  count: number;
  byRule: Record<string, number>;
}

/**
 * Exceptions per collector, for the KPIs: each record that broke rules counts once per rule; one an override
 * covered does not count. Sorted by count, most first, then by user id.
 */
export function exceptionsPerCollector(exceptions: readonly Pick<ConductException, 'userId' | 'ruleId' | 'recordId' | 'overriddenBy'>[]): CollectorExceptions[] {
  const byUser = new Map<string, { seen: Set<string>; byRule: Record<string, number> }>();
  for (const e of exceptions) {
    if (e.overriddenBy !== null) continue;
    const u = byUser.get(e.userId) ?? { seen: new Set<string>(), byRule: {} };
    byUser.set(e.userId, u);
    const key = `${e.recordId}|${e.ruleId}`;
    if (u.seen.has(key)) continue;
    u.seen.add(key);
    u.byRule[e.ruleId] = (u.byRule[e.ruleId] ?? 0) + 1;
  }
  return [...byUser.entries()]
    .map(([userId, u]) => ({ userId, count: u.seen.size, byRule: u.byRule }))
    .sort((a, b) => b.count - a.count || (a.userId < b.userId ? -1 : a.userId > b.userId ? 1 : 0));
}
