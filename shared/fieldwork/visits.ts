import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { OUTCOMES, type OutcomeTable } from './outcomes';
import type { Visit } from '../records/visit';
import { ATTACHMENT_LIMITS, isSafeAttachmentName, type AttachmentType } from '../records/attachment';
import { VISIT_MIN_STAFF } from '../records/limits';

export { ATTACHMENT_LIMITS, isSafeAttachmentName, type AttachmentType } from '../records/attachment';

// ---------------------------------------------------------------------------------------------------------
// Visit records
// ---------------------------------------------------------------------------------------------------------

/** Field visits go in pairs: for the staff's safety and so that no one alone can be accused of misconduct. */
export const DEFAULT_MIN_VISIT_STAFF = VISIT_MIN_STAFF;

export type VisitProblemCode =
  | 'too_few_staff'
  | 'staff_name_empty'
  | 'staff_duplicate'
  | 'people_met_required'
  | 'outcome_required'
  | 'outcome_not_for_visit'
  | 'result_before_visit_day';

export interface VisitProblem {
  code: VisitProblemCode;
  field: 'staff' | 'peopleMet' | 'outcome' | 'plannedFor';
  params: Record<string, string | number>;
}

/** One person however the name was typed: surrounding spaces, Unicode form and Latin case do not count. */
const staffKey = (name: string) => name.trim().normalize('NFC').toLowerCase();

/**
 * Problems with a visit record (empty list = valid): at least `minStaff` distinct, non-empty staff names;
 * a done visit has an outcome, and it is one that applies to visits; "met" says who was met.
 */
export function validateVisitRecord(
  visit: Pick<Visit, 'staff' | 'status' | 'outcome' | 'peopleMet'>,
  minStaff: number = DEFAULT_MIN_VISIT_STAFF,
  outcomes: OutcomeTable = OUTCOMES,
): VisitProblem[] {
  const problems: VisitProblem[] = [];
  const keys = visit.staff.map(staffKey);
  if (keys.some((k) => k === '')) problems.push({ code: 'staff_name_empty', field: 'staff', params: {} });
  const named = keys.filter((k) => k !== '');
  const distinct = new Set(named);
  if (distinct.size < named.length) {
    const dup = named.find((k, i) => named.indexOf(k) !== i)!;
    problems.push({ code: 'staff_duplicate', field: 'staff', params: { name: visit.staff[keys.indexOf(dup)]!.trim() } });
  }
  if (distinct.size < minStaff) problems.push({ code: 'too_few_staff', field: 'staff', params: { min: minStaff, actual: distinct.size } });
  if (visit.status === 'done' && visit.outcome === null) problems.push({ code: 'outcome_required', field: 'outcome', params: {} });
  if (visit.outcome !== null && !outcomes[visit.outcome].channels.includes('visit')) {
    problems.push({ code: 'outcome_not_for_visit', field: 'outcome', params: { outcome: visit.outcome } });
  }
  if (visit.outcome === 'met' && !visit.peopleMet?.trim()) problems.push({ code: 'people_met_required', field: 'peopleMet', params: {} });
  return problems;
}

/**
 * A visit's result belongs to the day it was planned for: it can be recorded on that day or later (a result
 * written up the next morning), never before the day has come — that would be a result for a visit that has not
 * happened. `today` is the case's local date.
 */
export function visitResultDayProblem(plannedFor: string, today: string): VisitProblem | null {
  return plannedFor > today ? { code: 'result_before_visit_day', field: 'plannedFor', params: { date: plannedFor } } : null;
}

// ---------------------------------------------------------------------------------------------------------
// Attachments (photos of the visit, signed documents)
// ---------------------------------------------------------------------------------------------------------

/** The signature each type's content starts with, and the extensions its file name may have. */
const SIGNATURES: Record<AttachmentType, { magic: readonly number[]; extensions: readonly string[] }> = {
  'image/jpeg': { magic: [0xff, 0xd8, 0xff], extensions: ['jpg', 'jpeg'] },
  'image/png': { magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a], extensions: ['png'] },
  'application/pdf': { magic: [0x25, 0x50, 0x44, 0x46, 0x2d], extensions: ['pdf'] }, // "%PDF-"
};

/** Bytes needed to check any signature: pass at least this many from the start of the file. */
export const ATTACHMENT_SNIFF_BYTES = 8;

export type AttachmentCheckCode = 'too_large' | 'empty' | 'type_not_allowed' | 'content_mismatch' | 'unsafe_name';
export type AttachmentCheck = { ok: true; type: AttachmentType } | { ok: false; code: AttachmentCheckCode };

const isAllowedType = (t: string): t is AttachmentType => (ATTACHMENT_LIMITS.types as readonly string[]).includes(t);

/**
 * Whether a file may be attached. The declared MIME type is the renderer's guess from the extension, so the
 * name's extension, the type and the first bytes must all agree: a renamed .exe is refused.
 */
export function checkAttachment(file: { fileName: string; mimeType: string; sizeBytes: number; firstBytes: Uint8Array }): AttachmentCheck {
  if (!isSafeAttachmentName(file.fileName)) return { ok: false, code: 'unsafe_name' };
  if (!Number.isSafeInteger(file.sizeBytes) || file.sizeBytes <= 0 || file.firstBytes.length === 0) return { ok: false, code: 'empty' };
  if (file.sizeBytes > ATTACHMENT_LIMITS.maxBytes) return { ok: false, code: 'too_large' };
  const dot = file.fileName.lastIndexOf('.');
  const extension = dot > 0 ? file.fileName.slice(dot + 1).toLowerCase() : '';
  const extensionType = ATTACHMENT_LIMITS.types.find((t) => SIGNATURES[t].extensions.includes(extension));
  if (!isAllowedType(file.mimeType) || extensionType === undefined) return { ok: false, code: 'type_not_allowed' };
  if (extensionType !== file.mimeType) return { ok: false, code: 'content_mismatch' };
  const { magic } = SIGNATURES[file.mimeType];
  if (file.firstBytes.length < magic.length || magic.some((b, i) => file.firstBytes[i] !== b)) return { ok: false, code: 'content_mismatch' };
  return { ok: true, type: file.mimeType };
}

/** Lower-case hex SHA-256 of the content: the attachment's id. */
export function sha256Hex(bytes: Uint8Array): string {
  return bytesToHex(sha256(bytes));
}
