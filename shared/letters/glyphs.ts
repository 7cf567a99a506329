import { FONT_COVERAGE_BASE64, FONT_COVERAGE_LIMIT } from './fontCoverage.generated';

/**
 * Which characters the letter font (Source Han Sans SC) cannot draw. A name printed with a missing glyph
 * comes out as a blank box: on a legal notice that is a wrong name, so the check blocks the letter.
 * The coverage is a bitset generated from the font (scripts/font-coverage.mjs); decoded here with a small
 * base64 decoder so the check runs in any runtime (no Buffer, no atob).
 */

const B64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

export function decodeBase64(text: string): Uint8Array {
  const lookup = new Int16Array(128).fill(-1);
  for (let i = 0; i < B64.length; i++) lookup[B64.charCodeAt(i)] = i;
  const clean = text.replace(/[\s=]/g, '');
  const out = new Uint8Array(Math.floor((clean.length * 3) / 4));
  let buffer = 0;
  let bits = 0;
  let o = 0;
  for (let i = 0; i < clean.length; i++) {
    const code = clean.charCodeAt(i);
    const v = code < 128 ? (lookup[code] as number) : -1;
    if (v < 0) throw new RangeError(`not base64 at ${i}`);
    buffer = (buffer << 6) | v;
    bits += 6;
    if (bits >= 8) {
      bits -= 8;
      out[o++] = (buffer >> bits) & 0xff;
    }
    buffer &= (1 << bits) - 1;
  }
  return out.subarray(0, o);
}

let coverage: Uint8Array | null = null;
function bits(): Uint8Array {
  coverage ??= decodeBase64(FONT_COVERAGE_BASE64);
  return coverage;
}

/** Whether the font has a glyph for this code point (above the bitset's limit: no). */
export function fontHas(codePoint: number): boolean {
  if (codePoint < 0 || codePoint >= FONT_COVERAGE_LIMIT) return false;
  return (((bits()[codePoint >> 3] as number) >> (codePoint & 7)) & 1) === 1;
}

/** White space, controls, format characters and variation selectors draw nothing of their own. */
const IGNORED = /[\p{White_Space}\p{Cc}\p{Cf}\u{FE00}-\u{FE0F}\u{E0100}-\u{E01EF}]/u;

/** The distinct characters (by code point, in order of first appearance) of `text` the font lacks. */
export function missingGlyphs(text: string): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const ch of text) {
    if (seen.has(ch)) continue;
    seen.add(ch);
    if (IGNORED.test(ch)) continue;
    if (!fontHas(ch.codePointAt(0) as number)) out.push(ch);
  }
  return out;
}

/** U+2B820 style, for messages: characters the reader may not be able to see either. */
export const codePointLabel = (ch: string): string => `U+${(ch.codePointAt(0) as number).toString(16).toUpperCase().padStart(4, '0')}`;
