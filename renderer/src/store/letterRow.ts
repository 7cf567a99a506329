import type { LetterType } from '../../../shared/letters/types';
import type { DELIVERY_METHODS, DELIVERY_OUTCOMES, SIGNER_TYPES } from '../../../shared/records/limits';

// The letter register's row type lives with the store's tables (database.ts types its `letters` table with it),
// so the store need not import the letters capability; letters/ re-exports it.
/** What the letter register keeps of an issued letter (the PDF itself can be re-rendered; its hash proves it). */
export interface RegisteredLetter {
  id: string;
  number: string;
  type: LetterType;
  templateId: string;
  templateVersion: string;
  /** The published letterhead's version it printed; a reprint prints with the same one. */
  letterheadVersion?: number;
  caseId: string;
  caseNumber: string;
  partyId: string;
  recipientName: string;
  issueDate: string;
  deadline: string | null;
  totalFen: number;
  verificationCode: string;
  noticeCount: number;
  pdfSha256: string;
  pdfBytes: number;
  issuerId: string;
  issuedAt: string;
  /** Re-prints are copies (副本) under the same number; each is registered. */
  copy: boolean;
  /** Why this letter went again within the repeat interval (shared/letters/check.ts REPEAT_INTERVAL_DAYS). */
  repeatReason?: string;
  delivery: {
    method: (typeof DELIVERY_METHODS)[number] | null;
    trackingNumber: string | null;
    status: 'not_sent' | (typeof DELIVERY_OUTCOMES)[number];
    at: string | null;
    evidence: string | null;
  };
  acknowledgement: { signedOn: string; signerType: (typeof SIGNER_TYPES)[number] } | null;
  voided: { at: string; reason: string; userId: string } | null;
}

export type NewLetter = Omit<RegisteredLetter, 'id' | 'issuerId' | 'issuedAt' | 'delivery' | 'acknowledgement' | 'voided'>;
