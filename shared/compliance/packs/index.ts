import type { Pack } from '../packSchema';
import { CN_2026, cnPack, type CnPackOptions } from './cn';
import { UK_FCA, ukPack, type UkPackOptions } from './uk';
import { US_REGF } from './us';

export { CN_2026, cnPack, UK_FCA, ukPack, US_REGF };
export type { CnPackOptions, UkPackOptions };

/** Mainland China is the default: the app's banks are Chinese; the other packs prove nothing is hard-coded. */
export const DEFAULT_PACK_ID = 'cn-2026';

/** The built-in packs by id (each pack's meta.id). Head office may publish newer ones as data. */
export const PACKS: Readonly<Record<string, Pack>> = Object.freeze({
  [CN_2026.meta.id]: CN_2026,
  [UK_FCA.meta.id]: UK_FCA,
  [US_REGF.meta.id]: US_REGF,
});

export class UnknownPackError extends Error {
  constructor(readonly packId: string) {
    super(`unknown compliance pack: ${packId}`);
    this.name = 'UnknownPackError';
  }
}

/** The built-in pack with this id; throws UnknownPackError rather than silently falling back to another country. */
export function getPack(id: string): Pack {
  const pack = Object.hasOwn(PACKS, id) ? PACKS[id] : undefined;
  if (!pack) throw new UnknownPackError(id);
  return pack;
}
