import { z } from 'zod';
import { LETTER_BATCH_MAX } from '../../../../shared/records/limits';
import { registerLetter, takeLetterCounters, type RegisteredLetter } from '../repository/register';
import { ActionRefused, defineAction } from '../../store/runAction';
import { NewLetterInput, serialOf } from './letterFields';
import { refuseHeldLetter } from './letterHolds';

/**
 * 批量出具: registers every letter of a rendered batch and takes their numbers, in one transaction. The
 * numbers must be the next ones and follow each other (the batch numbers only the letters that pass the
 * checks), so the register has no gap; otherwise nothing is written and the batch is rendered again.
 */
export const issueLetterBatch = defineAction({
  name: 'issueLetterBatch',
  input: z.object({
    letters: z.array(NewLetterInput.extend({ copy: z.literal(false) })).min(1).max(LETTER_BATCH_MAX),
    pdf: z.instanceof(Uint8Array).optional(),
    /** A batch in volumes: each volume's PDF, in order; its letters name it by pdfSha256 and follow each other. */
    volumes: z.array(z.instanceof(Uint8Array)).max(LETTER_BATCH_MAX).optional(),
  }),
  permission: 'batch_print',
  caseIdOf: () => null,
  run: async ({ db, actor, device }, { letters, pdf, volumes }): Promise<RegisteredLetter[]> => {
    const counters = letters.map((l) => serialOf(l.number, device.deviceCode).counter);
    const first = counters[0]!;
    if (counters.some((c, i) => c !== first + i)) throw new ActionRefused('letters.error.number_gap');
    const opens = letters.map((l, i) => i === 0 || l.pdfSha256 !== letters[i - 1]!.pdfSha256);
    if (volumes && volumes.length !== opens.filter(Boolean).length) throw new ActionRefused('letters.error.volume_mismatch');
    for (const letter of letters) await refuseHeldLetter(db, letter, actor.now());
    if (!(await takeLetterCounters(db, first, counters.length))) throw new ActionRefused('letters.error.number_taken');
    const registered: RegisteredLetter[] = [];
    // The merged PDF (every letter's pdfSha256) is kept once, with the first, for head office (sync/evidence);
    // a batch in volumes keeps each volume once, with the first letter of that volume (registerLetter checks
    // that the letter's hash names it).
    const kept = volumes ?? (pdf ? [pdf] : []);
    let volume = -1;
    for (const [i, letter] of letters.entries()) {
      if (opens[i]) volume++;
      registered.push(await registerLetter(db, actor, letter, opens[i] ? kept[volume] : undefined));
    }
    return registered;
  },
});
