import { z } from 'zod';
import { Sha256HexSchema } from '../../../../shared/fieldwork/records';
import { registerLetter, type RegisteredLetter } from '../repository/register';
import { ActionRefused, defineAction } from '../../store/runAction';

/** 副本: a re-print under the same number, registered as a copy with its own PDF hash; it takes no number. */
export const reprintLetter = defineAction({
  name: 'reprintLetter',
  input: z.object({ caseId: z.string().min(1), letterId: z.string().min(1), pdfSha256: Sha256HexSchema, pdfBytes: z.number().int().positive(), pdf: z.instanceof(Uint8Array).optional() }),
  permission: 'issue_letter',
  caseIdOf: (input) => input.caseId,
  run: async ({ db, actor }, input): Promise<RegisteredLetter> => {
    const original = await db.letters.get(input.letterId);
    if (!original || original.caseId !== input.caseId || original.copy) throw new ActionRefused('fieldwork.error.no_record');
    if (original.voided) throw new ActionRefused('fieldwork.error.letter_voided');
    const { id: _id, issuerId: _issuer, issuedAt: _at, delivery: _delivery, acknowledgement: _ack, voided: _voided, ...fields } = original;
    return registerLetter(db, actor, { ...fields, pdfSha256: input.pdfSha256, pdfBytes: input.pdfBytes, copy: true }, input.pdf);
  },
});
