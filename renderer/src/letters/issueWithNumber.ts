import type { LetterRecord } from '../../../shared/letters';
import type { ActionResult } from '../fieldwork/state/fieldworkSlice';

/** How often a letter is rendered again when its number was taken while it rendered (another issue on this device). */
const ATTEMPTS = 3;

/**
 * Issues with the next number, without a gap in the register: `attempt` renders the letter (or batch) with
 * the counter read now and then registers it with an action that takes the number in the same transaction.
 * A render that fails takes nothing; a number taken meanwhile (`number_taken`) means render again with the
 * next one.
 */
export async function withNextNumber<T>(nextCounter: () => Promise<number>, attempt: (counter: number) => Promise<ActionResult<T>>): Promise<ActionResult<T>> {
  for (let i = 1; ; i++) {
    const result = await attempt(await nextCounter());
    if (result.ok || result.error.code !== 'number_taken' || i >= ATTEMPTS) return result;
  }
}

/** What the register keeps of a rendered letter: the render's record, the case number and the PDF's hash and size. */
export function toRegister(record: LetterRecord, pdf: { sha256: string; bytes: number }, caseNumber: string, totalFen = record.amounts?.totalFen ?? 0) {
  return {
    number: record.number,
    type: record.type,
    templateId: record.templateId,
    templateVersion: record.templateVersion,
    ...(record.letterheadVersion !== undefined ? { letterheadVersion: record.letterheadVersion } : {}),
    caseId: record.caseId,
    caseNumber,
    partyId: record.partyId,
    recipientName: record.recipientName,
    issueDate: record.issueDate,
    deadline: record.deadline,
    totalFen,
    verificationCode: record.verificationCode,
    noticeCount: record.noticeCount,
    pdfSha256: pdf.sha256,
    pdfBytes: pdf.bytes,
    copy: false as const,
  };
}
