import { z } from 'zod';
import { registerLetter, takeLetterCounters, type RegisteredLetter } from '../repository/register';
import { ActionRefused, defineAction } from '../../store/runAction';
import { NewLetterInput, serialOf } from './letterFields';
import { refuseHeldLetter } from './letterHolds';

/**
 * 出具函件: registers a letter already rendered with the number it prints, and takes that number, in one
 * transaction. The screen renders first with the number peeked (peekLetterCounter) and calls this after:
 * a failed or refused render takes no number, so the register has no gap. If another letter took the
 * number meanwhile, this refuses with `number_taken` and writes nothing; the screen renders again with
 * the next number (letters/issueWithNumber.ts).
 */
export const issueLetter = defineAction({
  name: 'issueLetter',
  input: z.object({ letter: NewLetterInput.extend({ copy: z.literal(false) }), pdf: z.instanceof(Uint8Array).optional() }),
  permission: 'issue_letter',
  caseIdOf: (input) => input.letter.caseId,
  run: async ({ db, actor, device }, { letter, pdf }): Promise<RegisteredLetter> => {
    const { counter } = serialOf(letter.number, device.deviceCode);
    await refuseHeldLetter(db, letter, actor.now());
    if (!(await takeLetterCounters(db, counter, 1))) throw new ActionRefused('letters.error.number_taken');
    // The PDF is kept for head office (sync/evidence); its hash is checked against the letter's.
    return registerLetter(db, actor, letter, pdf);
  },
});
