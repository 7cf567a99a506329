import { checkAuditBatch, contentDigest, verifiedUpTo, type AuditEntry, type AuditUploadAnswer, type HeldEntry } from '../../shared/audit';
import type { Db, Queryable } from '../db/types';

interface ChainRow {
  head_seq: number;
  head_hash: string | null;
  first_break_seq: number | null;
}

/**
 * Keeps a device's audit entries as they arrive and checks them against what head office holds of its chain
 * (shared/audit/chainCheck.ts), in one transaction per batch with the device's chain row locked, so two
 * batches of one device are checked one after the other. Every break becomes a finding; nothing is dropped.
 */
export async function receiveAuditEntries(db: Db, deviceId: string, entries: readonly AuditEntry[], invalid: ReadonlySet<number>, at: Date): Promise<AuditUploadAnswer> {
  if (entries.length === 0) return where(db, deviceId);
  return db.transaction(async (tx) => {
    await tx.query('INSERT INTO audit_chains (device_id) VALUES ($1) ON CONFLICT (device_id) DO NOTHING', [deviceId]);
    const chain = (await tx.query<ChainRow>('SELECT head_seq, head_hash, first_break_seq FROM audit_chains WHERE device_id = $1 FOR UPDATE', [deviceId])).rows[0]!;
    const check = checkAuditBatch(
      { head: chain.head_hash === null ? null : { seq: chain.head_seq, hash: chain.head_hash }, at: await heldAt(tx, deviceId, entries) },
      entries,
      invalid,
    );

    for (const { entry, digest, hashOk, inChain } of check.arrived) {
      await tx.query(
        `INSERT INTO audit_entries (device_id, seq, entry_id, at, user_id, action, entity_kind, entity_id, case_id, before_digest, after_digest, prev_hash, hash, digest, hash_ok, in_chain, received_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
         ON CONFLICT (device_id, seq, digest) DO NOTHING`,
        [deviceId, entry.seq, entry.id, entry.at, entry.userId, entry.action, entry.entity.kind, entry.entity.id, entry.caseId, contentDigest(entry.before), contentDigest(entry.after), entry.prevHash, entry.hash, digest, hashOk, inChain, at],
      );
    }
    for (const b of check.breaks) {
      await tx.query('INSERT INTO audit_findings (device_id, seq, kind, entry_seq, entry_hash, detected_at) VALUES ($1, $2, $3, $4, $5, $6)', [deviceId, b.seq, b.kind, b.entrySeq, entries[b.index]!.hash, at]);
    }

    const firstNew = check.breaks.reduce<{ seq: number; kind: string } | null>((min, b) => (min === null || b.seq < min.seq ? { seq: b.seq, kind: b.kind } : min), null);
    const firstBreak = chain.first_break_seq !== null && (firstNew === null || chain.first_break_seq <= firstNew.seq) ? null : firstNew;
    const headSeq = check.head?.seq ?? 0;
    await tx.query(
      `UPDATE audit_chains
          SET head_seq = $2, head_hash = $3, entries_held = entries_held + $4, last_received_at = $5,
              first_break_seq = COALESCE($6, first_break_seq), first_break_kind = COALESCE($7, first_break_kind)
        WHERE device_id = $1`,
      [deviceId, headSeq, check.head?.hash ?? null, check.arrived.length, at, firstBreak?.seq ?? null, firstBreak?.kind ?? null],
    );
    const firstBreakSeq = firstBreak?.seq ?? chain.first_break_seq;
    return {
      received: check.arrived.length,
      duplicates: check.duplicates,
      acknowledgedSeq: headSeq,
      verifiedUpTo: verifiedUpTo(headSeq, firstBreakSeq),
      breaks: check.breaks.map((b) => ({ kind: b.kind, seq: b.seq })),
    };
  });
}

/** An empty batch asks where head office's copy stands (a device starts each sync with it); nothing is written. */
async function where(db: Db, deviceId: string): Promise<AuditUploadAnswer> {
  const chain = (await db.query<ChainRow>('SELECT head_seq, head_hash, first_break_seq FROM audit_chains WHERE device_id = $1', [deviceId])).rows[0];
  const headSeq = chain?.head_seq ?? 0;
  return { received: 0, duplicates: 0, acknowledgedSeq: headSeq, verifiedUpTo: verifiedUpTo(headSeq, chain?.first_break_seq ?? null), breaks: [] };
}

/** What head office holds at the seqs the batch names. */
async function heldAt(tx: Queryable, deviceId: string, entries: readonly AuditEntry[]): Promise<Map<number, HeldEntry[]>> {
  const held = new Map<number, HeldEntry[]>();
  const seqs = [...new Set(entries.map((e) => e.seq))];
  if (seqs.length === 0) return held;
  const rows = await tx.query<{ seq: number; hash: string; digest: string }>('SELECT seq, hash, digest FROM audit_entries WHERE device_id = $1 AND seq = ANY($2::bigint[])', [deviceId, seqs]);
  for (const r of rows.rows) held.set(r.seq, [...(held.get(r.seq) ?? []), { hash: r.hash, digest: r.digest }]);
  return held;
}
