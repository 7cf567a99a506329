import { getPack, DEFAULT_PACK_ID, type Hold, type Pack } from '../../../../shared/compliance';
import type { Case } from '../../../../shared/domain/case';
import type { Dispute } from '../../../../shared/fieldwork/records';

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

/** What holds the engine must respect: the case's hold, open disputes and complaints, litigation. */
export function holdsOf(c: Case, disputes: readonly Dispute[]): Hold[] {
  const holds: Hold[] = disputes.filter((d) => d.resolvedAt === null).map((d) => ({ kind: d.kind, since: d.openedAt }));
  if (c.status === 'on_hold' && c.holdReason && c.holdReason !== 'other' && !holds.some((h) => h.kind === c.holdReason)) {
    holds.push({ kind: c.holdReason, since: c.updatedAt });
  }
  if (c.status === 'legal' && !holds.some((h) => h.kind === 'litigation')) holds.push({ kind: 'litigation', since: c.updatedAt });
  return holds;
}
