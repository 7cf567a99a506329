/**
 * A rate kept exact: numerator over denominator, both whole numbers (fen or counts). It is formatted only at the
 * edge (a screen, a report), so two places computing the same rate compare equal without rounding (docs/kpi.md).
 */
export interface Fraction {
  num: number;
  den: number;
}

export const fraction = (num: number, den: number): Fraction => ({ num, den });

export const addFractions = (a: Fraction, b: Fraction): Fraction => ({ num: a.num + b.num, den: a.den + b.den });

/** The value, or null when nothing was measured (a denominator of 0 is "no rate", never 0 %). */
export const valueOf = (f: Fraction): number | null => (f.den === 0 ? null : f.num / f.den);

/** "12.35%" (half away from zero), or "—" when there is no denominator. */
export function formatPercent(f: Fraction, digits = 2): string {
  const v = valueOf(f);
  if (v === null) return '—';
  const scale = 10 ** digits;
  return `${(Math.sign(v) * Math.round(Math.abs(v) * 100 * scale) / scale).toFixed(digits)}%`;
}

/** The value with `digits` decimals ("3.25"), or "—". */
export function formatRatio(f: Fraction, digits = 2): string {
  const v = valueOf(f);
  return v === null ? '—' : v.toFixed(digits);
}
