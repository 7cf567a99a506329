import type { Case } from '../../../../shared/domain/case';
import { DEFAULT_TIME_ZONE, localDateOf } from '../../../../shared/calendar';
import type { Maker } from '../../../../shared/records/kind';
import type { IssueLetterArgs } from '../../../../shared/records/letter';
import type { RegisteredLetter } from '../../letters/repository/register';

/**
 * The letter register entry a pulled issueLetter stands for. The other kinds' mappings (head office → device)
 * are in their modules (shared/records/<kind>.ts); the register entry is this app's own shape, so its
 * mapping lives beside it. Fields the mutation does not carry get the value the app shows for "not known
 * here" (the page count; the PDF stayed on the issuing device, only its SHA-256 travels).
 */
export const letterOf = (a: IssueLetterArgs, by: Maker, c: Case | undefined): RegisteredLetter => ({
  id: a.id, number: a.number, type: a.type, templateId: a.templateId, templateVersion: a.templateVersion, caseId: a.caseId,
  caseNumber: c?.caseNumber ?? '', partyId: a.partyId, recipientName: c?.parties.find((p) => p.id === a.partyId)?.name ?? '',
  issueDate: localDateOf(a.issuedAt, c?.timeZone ?? DEFAULT_TIME_ZONE), deadline: null, totalFen: a.totalFen, verificationCode: a.verificationCode,
  noticeCount: 0, pdfSha256: a.pdfSha256, pdfBytes: 0, issuerId: by.userId, issuedAt: a.issuedAt, copy: a.copy,
  ...(a.repeatReason ? { repeatReason: a.repeatReason } : {}),
  ...(a.letterheadVersion !== undefined ? { letterheadVersion: a.letterheadVersion } : {}),
  delivery: { method: null, trackingNumber: null, status: 'not_sent', at: null, evidence: null },
  acknowledgement: null,
  voided: null,
});
