import type { Fen } from './case';
import { assertFen } from './money';

/**
 * Amounts in Chinese capital numerals (中文大写金额) as the 《支付结算办法》 attachment on filling in bills
 * prescribes, e.g. ¥12,625.23 -> 人民币壹万贰仟陆佰贰拾伍元贰角叁分. Where the rules allow a choice we take
 * the shorter form: no 零 for a zero 元 or 万 digit when the next digit is not zero (¥1,680.32 ->
 * 壹仟陆佰捌拾元叁角贰分; ¥107,000.53 -> 壹拾万柒仟元伍角叁分); 10 is 壹拾, never a bare 拾.
 */

const DIGITS = '零壹贰叁肆伍陆柒捌玖';
const SECTION_UNITS = ['', '拾', '佰', '仟'] as const;

const digit = (d: number): string => DIGITS[d] as string;

/** 1..9999; one 零 for any run of zeros between digits, none at the end. */
function section(n: number): string {
  let out = '';
  let pendingZero = false;
  for (let place = 3; place >= 0; place--) {
    const d = Math.floor(n / 10 ** place) % 10;
    if (d === 0) {
      pendingZero = out !== '';
      continue;
    }
    if (pendingZero) out += '零';
    pendingZero = false;
    out += digit(d) + SECTION_UNITS[place];
  }
  return out;
}

/** Splits at `base` (10^4 with 万, 10^8 with 亿): the low part gets a 零 when its leading digit is zero. */
function split(n: number, base: number, unit: string, low: (m: number) => string): string {
  const hi = Math.floor(n / base);
  const lo = n % base;
  if (hi === 0) return low(lo);
  const head = integerYuan(hi) + unit;
  if (lo === 0) return head;
  return head + (lo < base / 10 ? '零' : '') + low(lo);
}

/** A positive whole number of yuan. 10^12 comes out as 壹万亿: the part above 亿 is read with 万 again. */
function integerYuan(n: number): string {
  if (n >= 1e8) return split(n, 1e8, '亿', (lo) => split(lo, 1e4, '万', section));
  return split(n, 1e4, '万', section);
}

export function toChineseCapitals(fen: Fen, options: { prefix?: boolean } = {}): string {
  assertFen(fen);
  const yuan = Math.floor(fen / 100);
  const jiao = Math.floor(fen / 10) % 10;
  const fenDigit = fen % 10;
  const prefix = options.prefix === false ? '' : '人民币';

  if (fen === 0) return `${prefix}零元整`;
  let out = yuan > 0 ? integerYuan(yuan) + '元' : '';
  if (jiao === 0 && fenDigit === 0) return `${prefix}${out}整`;
  if (jiao > 0) out += digit(jiao) + '角';
  // 角 zero with 分 not: 元 is followed by 零 (¥325.04 -> 叁佰贰拾伍元零肆分); under a yuan there is no 元 to follow.
  else if (yuan > 0) out += '零';
  out += fenDigit > 0 ? digit(fenDigit) + '分' : '整';
  return prefix + out;
}
