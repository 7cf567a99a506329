/**
 * When a device may drop its own copy of a piece of evidence (issue 14 §5): only once head office has
 * confirmed it holds those exact bytes, and only when the evidence is older than the device's keep period.
 * Unconfirmed bytes are never dropped, however old: they may be the only copy.
 */

/** Days a device keeps evidence after it was recorded, even when head office holds it. */
export const DEFAULT_EVIDENCE_KEEP_DAYS = 30;
export const EVIDENCE_KEEP_DAYS_MIN = 1;
export const EVIDENCE_KEEP_DAYS_MAX = 3650;

const DAY_MS = 86_400_000;

export interface LocalEvidence {
  /** When it was recorded on the device (an instant with its offset). */
  addedAt: string;
  /** When head office confirmed it holds the bytes; null until then. */
  confirmedAt: string | null;
}

export function mayDropLocalCopy(evidence: LocalEvidence, now: Date, keepDays: number): boolean {
  if (!Number.isInteger(keepDays) || keepDays < EVIDENCE_KEEP_DAYS_MIN || keepDays > EVIDENCE_KEEP_DAYS_MAX) {
    throw new RangeError(`keepDays must be a whole number from ${EVIDENCE_KEEP_DAYS_MIN} to ${EVIDENCE_KEEP_DAYS_MAX}, not ${keepDays}`);
  }
  if (evidence.confirmedAt === null) return false;
  const added = Date.parse(evidence.addedAt);
  if (Number.isNaN(added)) return false;
  return now.getTime() - added >= keepDays * DAY_MS;
}
