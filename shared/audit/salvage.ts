import { z } from 'zod';
import { AUDIT_GENESIS_HASH, AuditEntrySchema, type AuditEntry } from './auditLog';

/**
 * An arriving entry that does not pass AuditEntrySchema (a field edited into something invalid on the laptop)
 * must not refuse its whole batch: that would let one bad entry hide every later one from head office. It is
 * kept instead as an entry whose invalid fields are replaced by placeholders (`INVALID_FIELD`, the genesis or an
 * all-f hash, 1970 for a time). Its content then no longer hashes to its hash, so the chain check flags it as
 * `changed` at its seq, idempotently (the same bad entry salvages to the same entry).
 *
 * Only the seq cannot be replaced (it is the entry's place): an entry without a usable seq is refused.
 */

export const INVALID_FIELD = 'invalid';
const NO_HASH = 'f'.repeat(64);

const Shape = AuditEntrySchema.shape;

/** `path`: where the unusable part is ('' for the entry itself). */
export type Salvaged = { ok: true; entry: AuditEntry; invalid: string[] } | { ok: false; path: string; message: string };

export function salvageAuditEntry(raw: unknown, deviceId: string): Salvaged {
  const parsed = AuditEntrySchema.safeParse(raw);
  if (parsed.success) return { ok: true, entry: { ...parsed.data, before: parsed.data.before ?? null, after: parsed.data.after ?? null }, invalid: [] };
  if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return { ok: false, path: '', message: 'an entry must be an object' };
  const r = raw as Record<string, unknown>;
  const seq = Shape.seq.safeParse(r.seq);
  if (!seq.success) return { ok: false, path: 'seq', message: seq.error.issues[0]?.message ?? 'invalid' };
  const invalid: string[] = [];
  const field = <S extends z.ZodType>(name: keyof typeof Shape & string, schema: S, fallback: z.output<S>): z.output<S> => {
    const res = schema.safeParse(r[name]);
    if (res.success) return res.data;
    invalid.push(name);
    return fallback;
  };
  const entry: AuditEntry = {
    seq: seq.data,
    id: field('id', Shape.id, INVALID_FIELD),
    at: field('at', Shape.at, '1970-01-01T00:00:00.000Z'),
    userId: field('userId', Shape.userId, INVALID_FIELD),
    deviceId: field('deviceId', Shape.deviceId, deviceId),
    action: field('action', Shape.action, `${INVALID_FIELD}.entry`),
    entity: field('entity', Shape.entity, { kind: INVALID_FIELD, id: INVALID_FIELD }),
    caseId: field('caseId', Shape.caseId, null),
    before: r.before ?? null,
    after: r.after ?? null,
    prevHash: field('prevHash', Shape.prevHash, AUDIT_GENESIS_HASH),
    hash: field('hash', Shape.hash, NO_HASH),
  };
  return { ok: true, entry, invalid };
}
