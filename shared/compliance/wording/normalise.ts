import * as OpenCC from 'opencc-js/t2cn';

/**
 * The text a wording rule judges, and where each of its characters came from. Matching only: what the user sees
 * (and the phrase a finding reports) is always the original text, found again through `starts`/`ends`.
 *
 * Steps, each keeping the offset map:
 * - traditional → simplified (OpenCC's Taiwan and Hong Kong character converters, built once): 黑名單 → 黑名单;
 * - NFKC per character: full-width letters, digits and punctuation become ASCII, the ideographic space a space;
 * - zero-width and format characters (ZWSP, ZWJ, BOM, soft hyphen…) dropped everywhere;
 * - separators (white space, / \ - _ . · * | ~ and the like) between two Han characters dropped (坐 牢, 黑/名/单);
 * - a word spelt out letter by letter (j a i l, j.a.i.l) joined; other runs of white space become one space.
 */
export interface NormalisedText {
  text: string;
  /** For each UTF-16 unit of `text`, the offset in the original where the character it came from starts. */
  starts: number[];
  /** …and where it ends (exclusive). */
  ends: number[];
}

const toSimplifiedTw = OpenCC.Converter({ from: 'tw', to: 'cn' });
const toSimplifiedHk = OpenCC.Converter({ from: 'hk', to: 'cn' });

const HAN = /\p{Script=Han}/u;
const INVISIBLE = /\p{Cf}|\u00AD|\u034F|\u115F|\u1160|\u17B4|\u17B5|\u180E|\u3164|\uFFA0/u;
/** Characters someone puts between two Han characters to split a phrase; never clause punctuation (，。；). */
const SEPARATOR = /[\s/\\\-_.·•・‧∙*|~^+=#@'"`‘’“”…—–丶]/u;
const hasHan = /\p{Script=Han}/u;

/** Traditional → simplified, character for character; whole-string when that keeps the length (it nearly always does). */
function simplified(text: string): string {
  if (!hasHan.test(text)) return text;
  const converted = toSimplifiedHk(toSimplifiedTw(text));
  if (converted.length === text.length) return converted;
  // A converter changed a length (a phrase entry): fall back to one character at a time, keeping offsets.
  let out = '';
  for (const ch of text) {
    const c = HAN.test(ch) ? toSimplifiedHk(toSimplifiedTw(ch)) : ch;
    out += Array.from(c).length === 1 && c.length === ch.length ? c : ch;
  }
  return out;
}

interface Unit {
  ch: string;
  start: number;
  end: number;
}

/** NFKC per character, invisible characters dropped. */
function unitsOf(original: string): Unit[] {
  const source = simplified(original);
  const units: Unit[] = [];
  let offset = 0;
  for (const ch of source) {
    const start = offset;
    offset += ch.length;
    if (INVISIBLE.test(ch)) continue;
    const folded = ch.normalize('NFKC');
    for (const f of folded) if (!INVISIBLE.test(f)) units.push({ ch: f, start, end: offset });
  }
  return units;
}

const isLetter = (u: Unit | undefined): boolean => u !== undefined && /^[A-Za-z]$/.test(u.ch);
const isGap = (u: Unit | undefined): boolean => u !== undefined && SEPARATOR.test(u.ch);
/** Between spelt-out letters; never an apostrophe, or "I'm a court officer" would read "Ima court officer". */
const isLetterGap = (u: Unit | undefined): boolean => isGap(u) && !/['‘’`]/u.test((u as Unit).ch);

/** Drops separators between Han characters; joins spelt-out words (three or more single letters). */
function collapse(units: Unit[]): Unit[] {
  const out: Unit[] = [];
  let i = 0;
  while (i < units.length) {
    const u = units[i] as Unit;
    if (isGap(u)) {
      let j = i;
      while (isGap(units[j])) j++;
      const before = out[out.length - 1];
      const after = units[j];
      if (before && after && HAN.test(before.ch) && HAN.test(after.ch)) {
        i = j;
        continue;
      }
      // One space for any run of white space, so "will  tell" reads as "will tell".
      if (/\s/.test(u.ch) && units.slice(i, j).every((g) => /\s/.test(g.ch))) {
        out.push({ ch: ' ', start: u.start, end: (units[j - 1] as Unit).end });
        i = j;
        continue;
      }
    }
    // j a i l / j.a.i.l / j-a-i-l: single letters with one separator between them, at least three.
    if (isLetter(u) && !isLetter(units[i - 1]) && isLetterGap(units[i + 1]) && isLetter(units[i + 2]) && !isLetter(units[i + 3])) {
      let j = i;
      const letters: Unit[] = [];
      while (isLetter(units[j]) && !isLetter(units[j + 1])) {
        letters.push(units[j] as Unit);
        if (isLetterGap(units[j + 1]) && isLetter(units[j + 2]) && !isLetter(units[j + 3])) j += 2;
        else break;
      }
      if (letters.length >= 3) {
        out.push(...letters);
        i = j + 1;
        continue;
      }
    }
    out.push(u);
    i++;
  }
  return out;
}

export function normaliseForMatching(original: string): NormalisedText {
  const units = collapse(unitsOf(original));
  let text = '';
  const starts: number[] = [];
  const ends: number[] = [];
  for (const u of units) {
    text += u.ch;
    for (let k = 0; k < u.ch.length; k++) {
      starts.push(u.start);
      ends.push(u.end);
    }
  }
  return { text, starts, ends };
}

/** The original span of a match [from, to) in the normalised text. */
export function originalSpan(n: NormalisedText, from: number, to: number): { index: number; end: number } {
  return { index: n.starts[from] ?? 0, end: n.ends[to - 1] ?? n.starts[from] ?? 0 };
}
