import type { Amounts } from '../domain/case';

/**
 * A waiver (减免) split over the balance's components, for the supervisor who decides it. A plan records one
 * waiver total (outstanding − agreed total); the bank gives up what it is least owed first: fees, then
 * compound interest, then penalty interest, then contractual interest, and principal last (docs/domain.md,
 * "Waivers"). Each component shows the amount waived and the share of that component it is.
 */
export const WAIVER_ORDER = ['feesFen', 'compoundFen', 'penaltyFen', 'interestFen', 'principalFen'] as const satisfies readonly (keyof Amounts)[];
export type WaiverComponent = (typeof WAIVER_ORDER)[number];

export interface ComponentWaiver {
  component: WaiverComponent;
  owedFen: number;
  waivedFen: number;
  /** waived / owed in basis points (1 bp = 0.01%), rounded half up; 0 when nothing is owed. */
  shareBps: number;
}

export interface WaiverBreakdown {
  waiverFen: number;
  owedFen: number;
  /** waiver / owed in basis points, rounded half up. */
  shareBps: number;
  /** In display order: principal, interest, penalty, compound, fees. */
  components: ComponentWaiver[];
  /**
   * What the balances cannot carry: a waiver larger than what is owed now (the balances came down in a later
   * snapshot than the plan's). Shown, never hidden in a component.
   */
  unallocatedFen: number;
}

const DISPLAY_ORDER: readonly WaiverComponent[] = ['principalFen', 'interestFen', 'penaltyFen', 'compoundFen', 'feesFen'];

/** part / whole in basis points, half up, in integers (no floating point on money). */
export function shareBps(partFen: number, wholeFen: number): number {
  if (wholeFen <= 0) return 0;
  // BigInt: part × 20,000 leaves the safe integers for balances above about ¥4.5 billion.
  return Number((BigInt(partFen) * 20_000n + BigInt(wholeFen)) / (BigInt(wholeFen) * 2n));
}

/** Sums the components of several accounts (a case is customer-level: many accounts). */
export function sumAmounts(list: readonly Amounts[]): Amounts {
  const out: Amounts = { principalFen: 0, interestFen: 0, penaltyFen: 0, compoundFen: 0, feesFen: 0 };
  for (const a of list) for (const k of WAIVER_ORDER) out[k] += a[k];
  return out;
}

/** Splits `waiverFen` over `amounts` in WAIVER_ORDER. */
export function waiverByComponent(amounts: Amounts, waiverFen: number): WaiverBreakdown {
  if (!Number.isSafeInteger(waiverFen) || waiverFen < 0) throw new RangeError(`a waiver is a whole number of fen ≥ 0: ${waiverFen}`);
  let left = waiverFen;
  const waived = new Map<WaiverComponent, number>();
  for (const k of WAIVER_ORDER) {
    const take = Math.min(left, amounts[k]);
    waived.set(k, take);
    left -= take;
  }
  const owedFen = WAIVER_ORDER.reduce((s, k) => s + amounts[k], 0);
  return {
    waiverFen,
    owedFen,
    shareBps: shareBps(waiverFen, owedFen),
    components: DISPLAY_ORDER.map((k) => ({ component: k, owedFen: amounts[k], waivedFen: waived.get(k) ?? 0, shareBps: shareBps(waived.get(k) ?? 0, amounts[k]) })),
    unallocatedFen: left,
  };
}

/** A share in basis points as a percentage text: 1234 → "12.34%". */
export const formatShare = (bps: number): string => `${Math.floor(bps / 100)}.${String(bps % 100).padStart(2, '0')}%`;
