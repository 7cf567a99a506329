import { getPack, DEFAULT_PACK_ID, type Pack } from '../../../shared/compliance';

const PACK_KEY = 'recovery-desk.rulePack';

/** The rule pack in force on this device. Head office will publish it (sync issue); Settings can switch it. */
export function currentPack(): Pack {
  try {
    return getPack(globalThis.localStorage?.getItem(PACK_KEY) ?? DEFAULT_PACK_ID);
  } catch {
    return getPack(DEFAULT_PACK_ID);
  }
}

export function rememberPack(id: string): void {
  globalThis.localStorage?.setItem(PACK_KEY, id);
}
