import { DEFAULT_TIME_ZONE, localDateOf } from '../../../../shared/calendar';
import { VisitSchema, type Attachment, type Visit } from '../../../../shared/fieldwork/records';
import { ATTACHMENT_SNIFF_BYTES, checkAttachment, sha256Hex, validateVisitRecord, visitResultDayProblem, type AttachmentCheckCode, type VisitProblem } from '../../../../shared/fieldwork/visits';
import { attachmentArgs } from '../../../../shared/records/attachment';
import { doneVisitArgs, plannedVisitArgs } from '../../../../shared/records/visit';
import type { RecoveryDeskDb } from '../../store/database';
import { commitChange, type Actor } from '../../store/unitOfWork';

export class VisitRefused extends Error {
  constructor(readonly problems: VisitProblem[]) {
    super(problems.map((p) => p.code).join(', '));
  }
}

export class AttachmentRefused extends Error {
  constructor(readonly code: AttachmentCheckCode) {
    super(code);
  }
}

export function visitsOfCase(db: RecoveryDeskDb, caseId: string): Promise<Visit[]> {
  return db.visits.where('caseId').equals(caseId).toArray();
}

export function visitsOn(db: RecoveryDeskDb, localDate: string): Promise<Visit[]> {
  return db.visits.where('plannedFor').equals(localDate).toArray();
}

export async function planVisit(db: RecoveryDeskDb, actor: Actor, input: Visit): Promise<Visit> {
  const visit = VisitSchema.parse({ ...input, status: 'planned' });
  const problems = validateVisitRecord(visit).filter((p) => p.code !== 'people_met_required' && p.code !== 'outcome_required');
  if (problems.length > 0) throw new VisitRefused(problems);
  await commitChange(db, actor, {
    tables: [db.visits],
    apply: async () => void (await db.visits.add(visit)),
    audit: { action: 'visit.plan', entity: { kind: 'visit', id: visit.id }, caseId: visit.caseId, before: null, after: visit },
    mutations: [{ name: 'planVisit', args: plannedVisitArgs(visit) }],
  });
  return visit;
}

/** Records what happened on a planned (or unplanned) visit: two staff at least, who was met, the outcome. */
export async function recordVisit(db: RecoveryDeskDb, actor: Actor, input: Visit): Promise<Visit> {
  const visit = VisitSchema.parse({ ...input, status: 'done' });
  const timeZone = (await db.cases.get(visit.caseId))?.timeZone ?? DEFAULT_TIME_ZONE;
  const tooEarly = visitResultDayProblem(visit.plannedFor, localDateOf(actor.now(), timeZone));
  const problems = [...validateVisitRecord(visit), ...(tooEarly ? [tooEarly] : [])];
  if (problems.length > 0) throw new VisitRefused(problems);
  const before = (await db.visits.get(visit.id)) ?? null;
  await commitChange(db, actor, {
    tables: [db.visits],
    apply: async () => void (await db.visits.put(visit)),
    audit: { action: 'visit.record', entity: { kind: 'visit', id: visit.id }, caseId: visit.caseId, before, after: visit },
    mutations: [
      // validateVisitRecord refused a done visit without its outcome, so the mapping has one.
      { name: 'recordVisit', args: doneVisitArgs(visit)! },
    ],
  });
  return visit;
}

/**
 * Stores a file taken on a visit under its SHA-256 (the same photo twice is stored once), after checking
 * its size, type and content; a bad file is refused with a code the UI translates.
 */
export async function addAttachment(
  db: RecoveryDeskDb,
  actor: Actor,
  file: { caseId: string; fileName: string; mimeType: string; bytes: Uint8Array; owner: { kind: 'visit' | 'case'; id: string } | null },
): Promise<Attachment> {
  const check = checkAttachment({ fileName: file.fileName, mimeType: file.mimeType, sizeBytes: file.bytes.byteLength, firstBytes: file.bytes.slice(0, ATTACHMENT_SNIFF_BYTES) });
  if (!check.ok) throw new AttachmentRefused(check.code);
  const id = sha256Hex(file.bytes);
  const attachment: Attachment = { id, caseId: file.caseId, fileName: file.fileName, mimeType: check.type, sizeBytes: file.bytes.byteLength, addedAt: actor.now().toISOString() };
  await commitChange(db, actor, {
    tables: [db.attachments, db.attachmentBlobs],
    apply: async () => {
      await db.attachments.put(attachment);
      await db.attachmentBlobs.put({ id, bytes: file.bytes });
    },
    audit: { action: 'attachment.add', entity: { kind: 'attachment', id }, caseId: file.caseId, before: null, after: attachment },
    mutations: [
      { name: 'addAttachment', args: attachmentArgs(attachment, file.owner) },
    ],
  });
  return attachment;
}
