import type { Amounts, Fen } from './case';

/**
 * Money is integer fen (分), never a float. Every helper checks its inputs and its result, so a bad value
 * fails where it enters, not three screens later on a printed receipt.
 */

export type MoneyErrorCode = 'negative' | 'not_integer' | 'too_large' | 'invalid_format' | 'too_many_decimals';

export class MoneyError extends Error {
  override readonly name = 'MoneyError';
  readonly code: MoneyErrorCode;
  constructor(code: MoneyErrorCode, message: string) {
    super(message);
    this.code = code;
  }
}

/** Returns `x` as Fen, or throws MoneyError: not a number / NaN / fraction, negative, above MAX_SAFE_INTEGER. */
export function assertFen(x: unknown): Fen {
  if (typeof x !== 'number' || Number.isNaN(x)) throw new MoneyError('not_integer', `not an amount in fen: ${String(x)}`);
  if (x < 0) throw new MoneyError('negative', `amount must not be negative: ${x}`);
  if (x > Number.MAX_SAFE_INTEGER) throw new MoneyError('too_large', `amount too large: ${x}`);
  if (!Number.isInteger(x)) throw new MoneyError('not_integer', `amount must be whole fen: ${x}`);
  return x + 0; // -0 becomes 0
}

/** Sum of a list; checked after every step so the total stays exact. */
export function sumFen(list: readonly Fen[]): Fen {
  let total = 0;
  for (const x of list) total = assertFen(total + assertFen(x));
  return total;
}

export function addFen(...xs: Fen[]): Fen {
  return sumFen(xs);
}

/** a − b; a negative result is an error, not a balance (a refund is its own record). */
export function subFen(a: Fen, b: Fen): Fen {
  assertFen(a);
  assertFen(b);
  if (b > a) throw new MoneyError('negative', `cannot subtract ${b} from ${a}: result would be negative`);
  return a - b;
}

/** Principal + interest + penalty + compound + fees: what the customer owes on an account. */
export function totalOfAmounts(amounts: Amounts): Fen {
  return sumFen([amounts.principalFen, amounts.interestFen, amounts.penaltyFen, amounts.compoundFen, amounts.feesFen]);
}

/** Digits, commas only every three places, any decimals: more than two get their own error below. */
const YUAN_TEXT = /^(\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?$/;
const MAX_YUAN = Math.floor(Number.MAX_SAFE_INTEGER / 100);

/**
 * Yuan as a person types it ("12,625.23", "¥1.5", "100", "100元") to fen. Rejects signs, more than two
 * decimals, misplaced commas and anything else, with a MoneyError saying which.
 */
export function parseYuanToFen(text: string): Fen {
  let t = text.trim();
  if (/^[-−]/.test(t)) throw new MoneyError('negative', `amount must not be negative: ${text}`);
  t = t.replace(/^[¥￥]\s*/, '').replace(/\s*元$/, '');
  const m = YUAN_TEXT.exec(t);
  if (!m) throw new MoneyError('invalid_format', `not an amount in yuan: ${text}`);
  const whole = (m[1] as string).replace(/,/g, '');
  const decimals = m[2] ?? '';
  if (decimals.length > 2) throw new MoneyError('too_many_decimals', `at most 2 decimals (fen): ${text}`);
  const yuan = Number(whole);
  if (yuan > MAX_YUAN) throw new MoneyError('too_large', `amount too large: ${text}`);
  return assertFen(yuan * 100 + Number(decimals.padEnd(2, '0')));
}

/** "¥12,625.23": thousands separators, always two decimals; `symbol: false` drops the ¥. */
export function formatFen(fen: Fen, options: { symbol?: boolean } = {}): string {
  assertFen(fen);
  const yuan = String(Math.floor(fen / 100)).replace(/\B(?=(\d{3})+$)/g, ',');
  const cents = String(fen % 100).padStart(2, '0');
  return `${options.symbol === false ? '' : '¥'}${yuan}.${cents}`;
}

const WAN_FEN = 1_000_000; // 1万元
const YI_FEN = 10_000_000_000; // 1亿元
const MILLION_FEN = 100_000_000;
const BILLION_FEN = 100_000_000_000;

/** `fen / unit` in hundredths, half up, with integer steps only (each unit is a multiple of 200 fen). */
const hundredthsOf = (fen: Fen, unit: number) => Math.floor((fen + unit / 200) / (unit / 100));

function inUnits(fen: Fen, unit: number): string {
  const hundredths = hundredthsOf(fen, unit);
  const whole = String(Math.floor(hundredths / 100)).replace(/\B(?=(\d{3})+$)/g, ',');
  return `${whole}.${String(hundredths % 100).padStart(2, '0')}`;
}

/**
 * A large total as people read it: 万 and 亿 in Chinese (¥1,206.75万, ¥12.07亿), million and billion in English
 * (¥12.07 m, ¥1.21 bn); below 1万 (or 1 million in English) the exact amount. For summaries only: the exact
 * figure stays in tables and on letters. A value that rounds up to the next unit is shown in it (¥1.00亿).
 */
export function formatFenLarge(fen: Fen, language: string): string {
  assertFen(fen);
  if (language.startsWith('en')) {
    if (hundredthsOf(fen, MILLION_FEN) >= 100_000) return `¥${inUnits(fen, BILLION_FEN)} bn`;
    if (fen >= MILLION_FEN) return `¥${inUnits(fen, MILLION_FEN)} m`;
    return formatFen(fen);
  }
  if (hundredthsOf(fen, WAN_FEN) >= 1_000_000) return `¥${inUnits(fen, YI_FEN)}亿`;
  if (fen >= WAN_FEN) return `¥${inUnits(fen, WAN_FEN)}万`;
  return formatFen(fen);
}
