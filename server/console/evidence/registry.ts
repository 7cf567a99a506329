import type { Principal } from '../../auth/principal';
import type { Queryable } from '../../db/types';
import type { CaseScopeCheck } from '../../sync/scope';

/**
 * Which records registered a hash (an attachment whose id it is, a letter whose PDF it is), read through the
 * evidence_refs view (migration 17). Head office accepts and shows bytes only through these: a hash no
 * record names is nobody's evidence.
 */
export interface EvidenceRef {
  sha256: string;
  caseId: string;
  kind: 'attachment' | 'letter' | 'legal_bundle';
  recordId: string;
  userId: string;
  receivedAt: string;
  /** The record's args as the device pushed them (file name, declared type and size; a letter's number). */
  args: Record<string, unknown>;
}

interface RefRow {
  sha256: string;
  case_id: string;
  kind: 'attachment' | 'letter' | 'legal_bundle';
  record_id: string;
  user_id: string;
  received_at: Date | string;
  args: Record<string, unknown>;
}

const toRef = (r: RefRow): EvidenceRef => ({
  sha256: r.sha256, caseId: r.case_id, kind: r.kind, recordId: r.record_id, userId: r.user_id, receivedAt: new Date(r.received_at).toISOString(), args: r.args,
});

export async function refsOfHashes(db: Queryable, hashes: readonly string[]): Promise<EvidenceRef[]> {
  if (hashes.length === 0) return [];
  const res = await db.query<RefRow>(
    'SELECT sha256, case_id, kind, record_id, user_id, received_at, args FROM evidence_refs WHERE sha256 = ANY($1::text[]) AND case_id IS NOT NULL',
    [hashes],
  );
  return res.rows.map(toRef);
}

export async function refsOfCase(db: Queryable, caseId: string): Promise<EvidenceRef[]> {
  const res = await db.query<RefRow>(
    'SELECT sha256, case_id, kind, record_id, user_id, received_at, args FROM evidence_refs WHERE case_id = $1 ORDER BY received_at, record_id',
    [caseId],
  );
  return res.rows.map(toRef);
}

/**
 * The hashes among `refs` that `who` may upload or check: some record of theirs names a case in their scope
 * (the push's own check, server/sync/pullScope.ts). Each case is asked once.
 */
export async function hashesInScope(db: Queryable, who: Principal, refs: readonly EvidenceRef[], caseScope: CaseScopeCheck): Promise<Set<string>> {
  const verdicts = new Map<string, boolean>();
  const visible = new Set<string>();
  for (const ref of refs) {
    let ok = verdicts.get(ref.caseId);
    if (ok === undefined) {
      ok = (await caseScope(db, ref.caseId, who)) === 'in_scope';
      verdicts.set(ref.caseId, ok);
    }
    if (ok) visible.add(ref.sha256);
  }
  return visible;
}
