import { z } from 'zod';
// Record, user and device ids are the app's one id type (printable ASCII, 1–128).
import { IdSchema } from '../sync/primitives';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from './canonicalJson';

/**
 * A hash-chained audit log, one chain per device: every entry carries the hash of the one before it, so an
 * entry that was changed, removed or moved breaks the chain at that point.
 *
 * What it cannot show on its own: a chain rewritten from the altered entry to the end, with every hash
 * recomputed. Whoever holds an earlier entry (head office keeps the last one it received from each device)
 * catches that by verifying the rest against it: `verifyAuditChain(entries, { after })`.
 */

/** The previous hash of a device's first entry. */
export const AUDIT_GENESIS_HASH = '0'.repeat(64);

const HashSchema = z.string().regex(/^[0-9a-f]{64}$/, 'hash must be 64 lowercase hex digits');

/** `<thing>.<verb>`, e.g. activity.record, receipt.void, plan.approve, compliance.override. */
export const AuditActionSchema = z
  .string()
  .regex(/^[a-z][a-zA-Z0-9]*(\.[a-z][a-zA-Z0-9_]*)+$/, 'action must look like thing.verb, e.g. receipt.void');

export const AuditEntitySchema = z.object({
  /** What kind of record the action touched, e.g. receipt, plan, case, phone. */
  kind: z.string().min(1).max(64),
  id: IdSchema,
});
export type AuditEntity = z.infer<typeof AuditEntitySchema>;

export const AuditEntrySchema = z.object({
  /** 1, 2, 3, … per device, without gaps. */
  seq: z.number().int().positive().max(Number.MAX_SAFE_INTEGER),
  id: IdSchema,
  at: z.iso.datetime({ offset: true }),
  userId: IdSchema,
  deviceId: IdSchema,
  action: AuditActionSchema,
  entity: AuditEntitySchema,
  caseId: IdSchema.nullable(),
  /** The record before and after the action as plain JSON data (see canonicalJson); null when none. */
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
  prevHash: HashSchema,
  hash: HashSchema,
});

/** `before` and `after` are optional in zod's inference of `unknown`; an entry always has both keys. */
export type AuditEntry = Omit<z.infer<typeof AuditEntrySchema>, 'before' | 'after'> & {
  before: unknown;
  after: unknown;
};
export type UnhashedAuditEntry = Omit<AuditEntry, 'hash'>;
/** What the caller states; the chain supplies seq, prevHash and hash. */
export type AuditInput = Omit<AuditEntry, 'seq' | 'prevHash' | 'hash'>;

const AuditInputSchema = AuditEntrySchema.omit({ seq: true, prevHash: true, hash: true });

/** The fields the hash covers, and only those: a property a store adds for itself is not protected by it. */
export function hashedFields(entry: UnhashedAuditEntry): UnhashedAuditEntry {
  return {
    seq: entry.seq,
    id: entry.id,
    at: entry.at,
    userId: entry.userId,
    deviceId: entry.deviceId,
    action: entry.action,
    entity: { kind: entry.entity.kind, id: entry.entity.id },
    caseId: entry.caseId,
    before: entry.before ?? null,
    after: entry.after ?? null,
    prevHash: entry.prevHash,
  };
}

/** sha256 (lowercase hex) of the canonical JSON of every field except `hash` (hashedFields). */
export function hashAuditEntry(entry: UnhashedAuditEntry): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(hashedFields(entry)))));
}

/**
 * The entry that follows `prev` (or the device's first entry when `prev` is null). Throws a ZodError on an
 * invalid input, a TypeError when before/after are not plain JSON data, and an Error when `prev` belongs
 * to another device's chain.
 */
export function appendAudit(prev: AuditEntry | null, input: AuditInput): AuditEntry {
  const parsed = AuditInputSchema.parse(input);
  if (prev && prev.deviceId !== parsed.deviceId) {
    throw new Error(`appendAudit: entry of device ${parsed.deviceId} cannot follow device ${prev.deviceId}'s chain`);
  }
  const unhashed: UnhashedAuditEntry = {
    seq: prev ? prev.seq + 1 : 1,
    id: parsed.id,
    at: parsed.at,
    userId: parsed.userId,
    deviceId: parsed.deviceId,
    action: parsed.action,
    entity: parsed.entity,
    caseId: parsed.caseId,
    before: input.before ?? null,
    after: input.after ?? null,
    prevHash: prev ? prev.hash : AUDIT_GENESIS_HASH,
  };
  return { ...unhashed, hash: hashAuditEntry(unhashed) };
}

export type AuditChainFailure = 'hash_mismatch' | 'broken_link' | 'seq_gap';

export type AuditChainVerdict =
  | { ok: true }
  | {
      ok: false;
      /**
       * The seq the chain expected at the first failing position: entries with a smaller seq are verified.
       * hash_mismatch: this entry's content does not match its hash (it was edited).
       * seq_gap: the entry found here has another seq (one was removed, inserted or moved).
       * broken_link: this entry's prevHash is not the previous entry's hash (either of the two was
       * replaced, or the previous one was edited and re-hashed).
       */
      firstBadSeq: number;
      /** Position in the array given. */
      index: number;
      reason: AuditChainFailure;
    };

/**
 * Checks a device's chain in order. Without `after`, `entries` must start at the device's first entry
 * (seq 1, genesis prevHash), so removing the first entry is caught too; with `after` (an entry verified
 * earlier, e.g. the last one head office holds), `entries` must continue right after it.
 * Each entry is checked for its own hash, then its seq, then its link to the previous one.
 */
export function verifyAuditChain(entries: readonly AuditEntry[], options: { after?: AuditEntry } = {}): AuditChainVerdict {
  let expectedSeq = options.after ? options.after.seq + 1 : 1;
  let expectedPrevHash = options.after ? options.after.hash : AUDIT_GENESIS_HASH;
  for (let index = 0; index < entries.length; index++) {
    const entry = entries[index]!;
    const fail = (reason: AuditChainFailure): AuditChainVerdict => ({ ok: false, firstBadSeq: expectedSeq, index, reason });
    if (!hashMatches(entry)) return fail('hash_mismatch');
    if (entry.seq !== expectedSeq) return fail('seq_gap');
    if (entry.prevHash !== expectedPrevHash) return fail('broken_link');
    expectedSeq += 1;
    expectedPrevHash = entry.hash;
  }
  return { ok: true };
}

function hashMatches(entry: AuditEntry): boolean {
  try {
    return hashAuditEntry(entry) === entry.hash;
  } catch {
    // Content that cannot be hashed (a NaN, a Date slipped in by a store) was not what was hashed.
    return false;
  }
}
