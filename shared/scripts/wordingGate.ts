import { checkWording } from '../compliance/wording';
import type { Pack } from '../compliance/packSchema';
import type { Bilingual, ScriptLanguage, ScriptLibrary } from './library';

/**
 * The gate before a library is published: every text a collector says (each script, each excuse answer, in both
 * languages) is run through the wording check of every pack it will be used under. Any finding refuses it, a
 * warning too: a script is read to every debtor of its segment, so a claim that is true only for some (失信被执行人)
 * cannot be checked case by case. What the debtor is heard saying (`heard`) is shown, never said, and is not
 * checked: "要投诉你们" is the debtor's line. The statute-barred rules apply (no context): a script does not know
 * whether the debt it is read about is barred.
 */
export interface ScriptWordingFinding {
  packId: string;
  /** The script's or answer's id, and which of its texts. */
  itemId: string;
  part: 'text' | 'answer';
  language: ScriptLanguage;
  phrase: string;
  ruleId: string;
  category: string;
}

function findingsIn(pack: Pack, itemId: string, part: ScriptWordingFinding['part'], said: Bilingual): ScriptWordingFinding[] {
  return (Object.keys(said) as ScriptLanguage[]).flatMap((language) =>
    checkWording(pack, said[language]).map((f) => ({ packId: pack.meta.id, itemId, part, language, phrase: f.phrase, ruleId: f.ruleId, category: f.category })),
  );
}

/** Every prohibited phrase in the library under each of `packs`, in library order; empty: it may be published. */
export function libraryWordingFindings(library: ScriptLibrary, packs: readonly Pack[]): ScriptWordingFinding[] {
  return packs.flatMap((pack) => [
    ...library.scripts.flatMap((s) => findingsIn(pack, s.id, 'text', s.text)),
    ...library.answers.flatMap((a) => findingsIn(pack, a.id, 'answer', a.answer)),
  ]);
}
