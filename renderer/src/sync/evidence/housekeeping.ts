import { DEFAULT_EVIDENCE_KEEP_DAYS, EVIDENCE_KEEP_DAYS_MAX, EVIDENCE_KEEP_DAYS_MIN, mayDropLocalCopy } from '../../../../shared/evidence/retention';
import type { RecoveryDeskDb } from '../../store/database';
import { EVIDENCE_META, localEvidence, uploadRows } from './evidenceState';

/** The device's keep period in days (meta evidence.keepDays), or the default when unset or out of range. */
export async function evidenceKeepDays(db: RecoveryDeskDb): Promise<number> {
  const value = (await db.meta.get(EVIDENCE_META.keepDays))?.value;
  return typeof value === 'number' && Number.isInteger(value) && value >= EVIDENCE_KEEP_DAYS_MIN && value <= EVIDENCE_KEEP_DAYS_MAX ? value : DEFAULT_EVIDENCE_KEEP_DAYS;
}

export async function setEvidenceKeepDays(db: RecoveryDeskDb, days: number): Promise<void> {
  if (!Number.isInteger(days) || days < EVIDENCE_KEEP_DAYS_MIN || days > EVIDENCE_KEEP_DAYS_MAX) throw new RangeError(`keep days must be ${EVIDENCE_KEEP_DAYS_MIN}–${EVIDENCE_KEEP_DAYS_MAX}`);
  await db.meta.put({ key: EVIDENCE_META.keepDays, value: days });
}

/**
 * Drops this device's copy of evidence head office confirmed it holds and that is older than the keep period
 * (shared/evidence/retention.ts). Never an unconfirmed file: it may be the only copy. The metadata stays (the
 * case still lists the photo); head office serves the bytes. Returns how many copies were dropped.
 */
export async function dropConfirmedEvidence(db: RecoveryDeskDb, now: Date, keepDays: number): Promise<number> {
  const files = await localEvidence(db);
  const rows = await uploadRows(db, files.map((f) => f.sha256));
  const droppable = files.filter((f) => mayDropLocalCopy({ addedAt: f.addedAt, confirmedAt: rows.get(f.sha256)?.confirmedAt ?? null }, now, keepDays)).map((f) => f.sha256);
  if (droppable.length === 0) return 0;
  const at = now.toISOString();
  return db.transaction('rw', db.attachmentBlobs, db.evidenceUploads, async () => {
    // Checked again inside the transaction: only rows still confirmed are dropped.
    const fresh = await uploadRows(db, droppable);
    const confirmed = droppable.filter((sha) => fresh.get(sha)?.confirmedAt);
    await db.attachmentBlobs.bulkDelete(confirmed);
    await db.evidenceUploads.bulkPut(confirmed.map((sha) => ({ ...fresh.get(sha)!, droppedAt: at })));
    return confirmed.length;
  });
}
