import { DEFAULT_PACK_ID, getPack, type Pack } from '../../../shared/compliance';
import { libraryWordingFindings, type ScriptLibrary } from '../../../shared/scripts';
import type { Db } from '../../db/types';
import { HttpError } from '../../http/errors';

/**
 * Head office refuses a call script library with prohibited wording (docs/server.md, "Call scripts"): the library is
 * published for the whole bank, so every text is checked against the pack of every branch (and the default pack,
 * for branches yet to come). The refusal names each script, the phrase and the rule, for the console to show.
 */
export async function packsInUse(db: Db): Promise<Pack[]> {
  const rows = await db.query<{ rulePack: string }>('SELECT DISTINCT rule_pack AS "rulePack" FROM branches');
  const ids = new Set([DEFAULT_PACK_ID, ...rows.rows.map((r) => r.rulePack)]);
  return [...ids].sort().map(getPack);
}

export async function refuseFailingScripts(db: Db, library: ScriptLibrary): Promise<void> {
  const findings = libraryWordingFindings(library, await packsInUse(db));
  if (findings.length === 0) return;
  const first = findings[0]!;
  throw new HttpError(400, 'script_wording', `body.payload: ${findings.length} prohibited phrase(s); first: script ${first.itemId} (${first.language}) says "${first.phrase}" (rule ${first.ruleId})`, {
    findings: findings.slice(0, 50),
  });
}
