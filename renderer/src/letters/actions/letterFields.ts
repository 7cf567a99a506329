import { z } from 'zod';
import { LETTER_TYPES } from '../../../../shared/letters';
import { parseLetterNumber, type LetterNumberParts } from '../../../../shared/letters/serial';
import { Sha256HexSchema } from '../../../../shared/fieldwork/records';
import { ActionRefused } from '../../store/runAction';

/** What the register keeps of a rendered letter (store/letterRow.ts NewLetter), as the screen sends it. */
export const NewLetterInput = z.object({
  number: z.string().min(1),
  type: z.enum(LETTER_TYPES),
  templateId: z.string().min(1),
  templateVersion: z.string().min(1),
  letterheadVersion: z.number().int().positive().optional(),
  caseId: z.string().min(1),
  caseNumber: z.string().min(1),
  partyId: z.string().min(1),
  recipientName: z.string().min(1),
  issueDate: z.string(),
  deadline: z.string().nullable(),
  totalFen: z.number().int().nonnegative(),
  verificationCode: z.string().min(1),
  noticeCount: z.number().int().nonnegative(),
  pdfSha256: Sha256HexSchema,
  pdfBytes: z.number().int().positive(),
  copy: z.boolean(),
  repeatReason: z.string().trim().min(1).max(500).optional(),
});

/** The serial printed on a letter, which must be this device's: the counter in it is what the register takes. */
export function serialOf(number: string, deviceCode: string): LetterNumberParts {
  const serial = parseLetterNumber(number);
  if (!serial || serial.deviceCode !== deviceCode) throw new ActionRefused('letters.error.not_this_device', { number });
  return serial;
}
