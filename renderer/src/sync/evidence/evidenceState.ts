import type { EvidenceUploadRow } from '../../store/evidenceRow';
import type { RecoveryDeskDb } from '../../store/database';

/**
 * The device's evidence bookkeeping (issue 14 §5): which of its files head office confirmed it holds, and
 * what the last upload did, kept in the evidenceUploads table and in meta. The upload step writes it, the
 * Sync screen reads it.
 */

export const EVIDENCE_META = {
  /** The last upload step's summary (EvidenceRun). */
  lastRun: 'sync.evidence',
  /** How many days this device keeps evidence head office holds before dropping its copy. */
  keepDays: 'evidence.keepDays',
} as const;

/** A file head office refused, with its code (hash_mismatch, wrong_type, too_large…) and message. */
export interface EvidenceProblem {
  sha256: string;
  code: string;
  message: string;
}

export interface EvidenceRun {
  at: string;
  /** Files sent whole in this run and held by head office. */
  uploaded: number;
  /** Files head office confirmed it holds (sent now or before, from here or another device). */
  confirmed: number;
  /** Files head office does not know yet (their record is not pushed, or was refused): tried again next sync. */
  waiting: number;
  /** Local copies dropped because head office holds them and they are old. */
  dropped: number;
  problems: EvidenceProblem[];
  /** Why the run stopped early (head office unreachable…); null when it went through. */
  failure: string | null;
}

/** A file this device holds bytes of, with when it was recorded. */
export interface LocalEvidenceFile {
  sha256: string;
  addedAt: string;
  kind: 'attachment' | 'letter' | 'legal_bundle';
}

/** Every file whose bytes are on this device: attachments, issued letters with a kept PDF and legal cases' evidence bundles. */
export async function localEvidence(db: RecoveryDeskDb): Promise<LocalEvidenceFile[]> {
  const [blobIds, attachments, letters, bundles] = await Promise.all([db.attachmentBlobs.toCollection().primaryKeys(), db.attachments.toArray(), db.letters.toArray(), db.legalBundles.toArray()]);
  const present = new Set(blobIds);
  const files = new Map<string, LocalEvidenceFile>();
  for (const a of attachments) if (present.has(a.id)) files.set(a.id, { sha256: a.id, addedAt: a.addedAt, kind: 'attachment' });
  for (const l of letters) if (present.has(l.pdfSha256) && !files.has(l.pdfSha256)) files.set(l.pdfSha256, { sha256: l.pdfSha256, addedAt: l.issuedAt, kind: 'letter' });
  for (const b of bundles) if (present.has(b.pdfSha256) && !files.has(b.pdfSha256)) files.set(b.pdfSha256, { sha256: b.pdfSha256, addedAt: b.builtAt, kind: 'legal_bundle' });
  return [...files.values()];
}

export async function uploadRows(db: RecoveryDeskDb, hashes: readonly string[]): Promise<Map<string, EvidenceUploadRow>> {
  const rows = await db.evidenceUploads.bulkGet([...hashes]);
  return new Map(rows.filter((r): r is EvidenceUploadRow => r !== undefined).map((r) => [r.sha256, r]));
}

export async function markConfirmed(db: RecoveryDeskDb, hashes: readonly string[], at: string): Promise<void> {
  if (hashes.length === 0) return;
  await db.transaction('rw', db.evidenceUploads, async () => {
    const existing = await uploadRows(db, hashes);
    await db.evidenceUploads.bulkPut(hashes.map((sha256) => ({ sha256, confirmedAt: existing.get(sha256)?.confirmedAt ?? at, droppedAt: existing.get(sha256)?.droppedAt ?? null })));
  });
}

export async function readEvidenceRun(db: RecoveryDeskDb): Promise<EvidenceRun | null> {
  return ((await db.meta.get(EVIDENCE_META.lastRun))?.value as EvidenceRun | undefined) ?? null;
}

export async function writeEvidenceRun(db: RecoveryDeskDb, run: EvidenceRun): Promise<void> {
  await db.meta.put({ key: EVIDENCE_META.lastRun, value: run });
}
