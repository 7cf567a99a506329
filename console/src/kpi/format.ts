import { formatPercent, formatRatio, fraction, type Fraction } from '../../../shared/kpi/fraction';
import { formatFen } from '../../../shared/domain/money';

/** Display helpers for the 业绩 page: exact figures from head office, rounded only here. */
export const pct = (f: Fraction) => formatPercent(f);
export const ratio = (f: Fraction, digits = 2) => formatRatio(f, digits);
export const yuan = (fen: number) => formatFen(fen);
/** A fraction as a chart value (percent, 2 decimals), or null (no rate: a gap, not 0). */
export const percentValue = (f: Fraction): number | null => (f.den === 0 ? null : Math.round((f.num / f.den) * 10_000) / 100);
export { fraction };
