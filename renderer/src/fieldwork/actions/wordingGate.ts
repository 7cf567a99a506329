import { checkWording, wordingBlocks, type Pack } from '../../../../shared/compliance';
import { ActionRefused } from '../../store/runAction';

/**
 * The prohibited-wording check where a text is written, whatever the form showed: a note, a visit's notes, a
 * plan's remarks. A block refuses the whole action (nothing is saved) until the text is reworded; a warning lets
 * it through, as on the contact form.
 */
export function refuseProhibitedWording(pack: Pack, ...texts: (string | null | undefined)[]): void {
  for (const text of texts) {
    if (text && wordingBlocks(checkWording(pack, text))) throw new ActionRefused('fieldwork.error.wording_blocked');
  }
}
