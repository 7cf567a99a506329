// The packs alone, not shared/compliance's index: that brings the wording checker (pinyin, OpenCC tables) into
// the first chunk (issue 18 §4).
import { getPack, DEFAULT_PACK_ID } from '../../../shared/compliance/packs';
import type { Pack } from '../../../shared/compliance/packSchema';
import { packWithParams, type RulePackParams } from '../../../shared/publishedConfig';
import { configNow } from '../config/configInForce';

const PACK_KEY = 'recovery-desk.rulePack';

/** What decides the pack: which store is open and, on the real store, the signed-in user's branch pack. */
export interface PackContext {
  source: 'demo' | 'live';
  session: { rulePack: string } | null;
}

/**
 * The rule pack in force. On the real store it is the pack head office set for the signed-in user's branch
 * (issue 13 §6: not a user preference), and a pack chosen on this device is ignored; only the demo store
 * keeps the choice made in Settings.
 */
export function packInForce(ctx: PackContext, chosen: string | null): Pack {
  const id = ctx.source === 'live' ? (ctx.session?.rulePack ?? DEFAULT_PACK_ID) : (chosen ?? DEFAULT_PACK_ID);
  try {
    return getPack(id);
  } catch {
    return getPack(DEFAULT_PACK_ID);
  }
}

// Bound by the session slice when the app's store is built (importing the store here would pull the whole
// renderer into every module that checks a rule). Unbound (a test without the store): the demo store's rule.
let packContext: () => PackContext = () => ({ source: 'demo', session: null });

export function bindPackContext(read: () => PackContext): void {
  packContext = read;
}

/** The rule pack in force on this device now, with the parameters head office published for the user's branch. */
export function currentPack(): Pack {
  const pack = packInForce(packContext(), chosenDemoPack());
  const params = configNow().rulePackParams?.params ?? null;
  // The same object while neither changes: checks run often, and callers may cache by the pack.
  if (!memo || memo.pack !== pack || memo.params !== params) memo = { pack, params, out: packWithParams(pack, params) };
  return memo.out;
}
let memo: { pack: Pack; params: RulePackParams | null; out: Pack } | null = null;

/** The pack picked in Settings for the demo store, if any. */
export function chosenDemoPack(): string | null {
  return globalThis.localStorage?.getItem(PACK_KEY) ?? null;
}

/** Demo store only: the caller (Settings) records the change in the access log. */
export function rememberPack(id: string): void {
  globalThis.localStorage?.setItem(PACK_KEY, id);
}
