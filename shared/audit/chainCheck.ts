import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { AUDIT_GENESIS_HASH, hashAuditEntry, hashedFields, type AuditEntry } from './auditLog';
import { canonicalJson } from './canonicalJson';

/**
 * Head office's check of a device's audit entries as they arrive (docs/server.md, "Audit chain at head
 * office"). Pure: given what head office already holds of the device's chain and a batch in the order it
 * arrived, it says which entries are new, which are re-sends, where the chain breaks and how, and where the
 * chain's head is afterwards. Nothing that arrived is dropped: a broken entry is kept and the break named.
 *
 * The kinds of break, each at a place (the seq where the chain stops being intact):
 * - changed: an entry's content does not match its own hash (it was edited after it was written);
 * - removed: seqs are missing (the next entry skips them, and they do not come later in the batch);
 * - reordered: entries arrive out of order (a later seq before an earlier one);
 * - rewritten: the entry does not continue the chain it follows (its prevHash is not the previous entry's
 *   hash), or a different entry arrives for a place head office already holds: history was rewritten.
 */

export const AUDIT_BREAK_KINDS = ['changed', 'removed', 'reordered', 'rewritten'] as const;
export type AuditBreakKind = (typeof AUDIT_BREAK_KINDS)[number];

/** The last entry of the chain as head office follows it: the next one must have seq + 1 and link to hash. */
export interface AuditChainHead {
  seq: number;
  hash: string;
}

/** An entry head office holds: its hash and its digest (entryDigest), by seq. */
export interface HeldEntry {
  hash: string;
  digest: string;
}

export interface HeldChain {
  head: AuditChainHead | null;
  /** The entries held at the seqs the batch names (at least those at or below head); others may be left out. */
  at: ReadonlyMap<number, readonly HeldEntry[]>;
}

export interface AuditArrival {
  entry: AuditEntry;
  digest: string;
  /** The entry's content hashes to its hash. */
  hashOk: boolean;
  /** It continued the chain (head moved to it); false for an entry that arrived for a place already passed. */
  inChain: boolean;
}

export interface AuditBreak {
  kind: AuditBreakKind;
  /** Where the chain breaks: the first missing seq, or the seq of the entry that does not fit. */
  seq: number;
  /** The seq of the entry whose arrival showed it. */
  entrySeq: number;
  /** Its position in the batch. */
  index: number;
}

export interface AuditBatchCheck {
  /** Entries not held before, in the order they arrived: keep them all. */
  arrived: AuditArrival[];
  /** Entries already held exactly (a re-send): nothing to do. */
  duplicates: number;
  breaks: AuditBreak[];
  head: AuditChainHead | null;
}

/** sha256 of the canonical JSON of the whole entry, hash included: two arrivals are the same entry when it is equal. */
export function entryDigest(entry: AuditEntry): string {
  return digestOf({ ...hashedFields(entry), hash: entry.hash });
}

/** sha256 of a value's canonical JSON: what head office keeps of an entry's before and after. */
export function contentDigest(value: unknown): string {
  return digestOf(value ?? null);
}

function digestOf(value: unknown): string {
  return bytesToHex(sha256(utf8ToBytes(canonicalJson(value))));
}

function hashMatches(entry: AuditEntry): boolean {
  try {
    return hashAuditEntry(entry) === entry.hash;
  } catch {
    return false;
  }
}

/**
 * `invalid`: positions in the batch of entries that arrived with fields that did not pass the schema
 * (salvageAuditEntry): they never count as matching their hash, whatever hash they claim.
 */
export function checkAuditBatch(held: HeldChain, entries: readonly AuditEntry[], invalid: ReadonlySet<number> = new Set()): AuditBatchCheck {
  const digests = new Map<number, Set<string>>();
  const hashes = new Map<number, Set<string>>();
  const remember = (seq: number, e: HeldEntry) => {
    digests.set(seq, (digests.get(seq) ?? new Set()).add(e.digest));
    hashes.set(seq, (hashes.get(seq) ?? new Set()).add(e.hash));
  };
  for (const [seq, list] of held.at) for (const e of list) remember(seq, e);

  const result: AuditBatchCheck = { arrived: [], duplicates: 0, breaks: [], head: held.head };
  /** Seqs a `reordered` break already covers: their late arrival is not a break of its own. */
  const lateExpected = new Set<number>();
  /** The last entry that arrived for a place already held, differing: a rewritten run goes on from it. */
  let rewritten: AuditChainHead | null = null;

  entries.forEach((entry, index) => {
    const digest = entryDigest(entry);
    if (digests.get(entry.seq)?.has(digest)) {
      result.duplicates++;
      return;
    }
    const hashOk = !invalid.has(index) && hashMatches(entry);
    const brk = (kind: AuditBreakKind, seq: number) => result.breaks.push({ kind, seq, entrySeq: entry.seq, index });
    const placeHeld = (hashes.get(entry.seq)?.size ?? 0) > 0;
    remember(entry.seq, { hash: entry.hash, digest });

    const head = result.head;
    const expectedSeq = head ? head.seq + 1 : 1;
    const expectedPrev = head ? head.hash : AUDIT_GENESIS_HASH;

    if (entry.seq < expectedSeq) {
      // A place the chain has passed: a re-send that differs, or an entry that comes after its successors.
      if (!hashOk) brk('changed', entry.seq);
      else if (lateExpected.has(entry.seq)) lateExpected.delete(entry.seq);
      else if (placeHeld) {
        if (rewritten?.seq !== entry.seq - 1) brk('rewritten', entry.seq);
        rewritten = { seq: entry.seq, hash: entry.hash };
      } else brk('reordered', entry.seq);
      result.arrived.push({ entry, digest, hashOk, inChain: false });
      return;
    }

    if (!hashOk) brk('changed', entry.seq);
    if (entry.seq > expectedSeq) {
      // Only seqs that do come later are listed (a seq far ahead must not make a list of everything between).
      const comeLater = [...new Set(entries.slice(index + 1).map((e) => e.seq))].filter((s) => s >= expectedSeq && s < entry.seq);
      if (comeLater.length > 0) {
        brk('reordered', expectedSeq);
        for (const s of comeLater) lateExpected.add(s);
      } else brk('removed', expectedSeq);
    } else if (entry.prevHash !== expectedPrev) {
      // The rest of a rewritten run that began at places already held is the same break.
      const continuesRewrite = rewritten?.seq === entry.seq - 1 && rewritten.hash === entry.prevHash;
      if (!continuesRewrite) brk('rewritten', entry.seq);
    }
    // The head follows the device's chain across a break, so one removed entry is one break, not a break at
    // every entry after it; the break itself is recorded and stays the chain's status.
    result.head = { seq: entry.seq, hash: entry.hash };
    result.arrived.push({ entry, digest, hashOk, inChain: true });
  });
  return result;
}

/**
 * How far a device's chain is verified from its first entry: up to the entry before its first break, or its
 * head when it has none.
 */
export function verifiedUpTo(headSeq: number, firstBreakSeq: number | null): number {
  return firstBreakSeq === null ? headSeq : Math.min(headSeq, firstBreakSeq - 1);
}
