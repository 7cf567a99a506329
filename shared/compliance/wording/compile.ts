import type { Sense, SensePattern } from './sense';
import { variantSource } from './variants';

/** A sense's patterns as regular expressions (flags dgiu: indices of the head slot are needed for negation). */
export interface CompiledPattern {
  regex: RegExp;
  /** The same without pinyin and initials, for a text with no Latin letter (the usual Chinese note): much faster. */
  hanOnly: RegExp;
  /** Capture group number of the head slot. */
  headGroup: number;
}

const HAN = /\p{Script=Han}/u;
const PLAIN_HAN = /^\p{Script=Han}+$/u;

function slotSource(sense: Sense, slot: string, latin: boolean): string {
  // 'GROUP?' is an optional group; an inline source may end in '?' itself and is taken as written.
  const optional = slot.endsWith('?') && Object.hasOwn(sense.groups, slot.slice(0, -1));
  const name = optional ? slot.slice(0, -1) : slot;
  const terms = sense.groups[name];
  const expand = sense.variants?.includes(name) ?? false;
  const sources = terms ? terms.map((t) => (expand && PLAIN_HAN.test(t) ? variantSource(t, latin) : t)) : [name];
  const alternation = `(?:${sources.join('|')})`;
  // English words stand whole: "arrest" is not in "arrears".
  const bounded = sense.language === 'en' && !HAN.test(alternation) ? `(?<![\\p{L}\\p{N}_'])${alternation}(?![\\p{L}\\p{N}_])` : alternation;
  return optional ? `(${bounded})?` : `(${bounded})`;
}

function gapSource(sense: Sense, pattern: SensePattern): string {
  const stops = pattern.acrossQuestion ? (sense.language === 'zh' ? '。！；!;\\n' : '.!;\\n') : sense.language === 'zh' ? '。！？；!?;\\n' : '.!?;\\n';
  const commas = pattern.acrossCommas ? '' : sense.language === 'zh' ? '，,' : ',';
  // Next to each other still allows one space: "bao guang 你", where a pinyin word meets a Han character.
  if (pattern.gap === 0) return '\\s?';
  return `[^${stops}${commas}]{0,${pattern.gap}}?`;
}

const cache = new WeakMap<Sense, CompiledPattern[]>();

export function compileSense(sense: Sense): CompiledPattern[] {
  const known = cache.get(sense);
  if (known) return known;
  const compiled = sense.patterns.map((pattern) => {
    const gap = gapSource(sense, pattern);
    const source = pattern.seq.map((slot) => slotSource(sense, slot, true)).join(gap);
    const hanSource = pattern.seq.map((slot) => slotSource(sense, slot, false)).join(gap);
    const regex = new RegExp(source, 'dgiu');
    return { regex, hanOnly: hanSource === source ? regex : new RegExp(hanSource, 'dgiu'), headGroup: (pattern.head ?? 0) + 1 };
  });
  cache.set(sense, compiled);
  return compiled;
}
