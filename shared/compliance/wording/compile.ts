import type { Sense, SensePattern } from './sense';
import { variantSource } from './variants';

/** A sense's patterns as regular expressions (flags dgiu: indices of the head slot are needed for negation). */
export interface CompiledPattern {
  regex: RegExp;
  /** Capture group number of the head slot. */
  headGroup: number;
}

const HAN = /\p{Script=Han}/u;
const PLAIN_HAN = /^\p{Script=Han}+$/u;

function slotSource(sense: Sense, slot: string): string {
  // 'GROUP?' is an optional group; an inline source may end in '?' itself and is taken as written.
  const optional = slot.endsWith('?') && Object.hasOwn(sense.groups, slot.slice(0, -1));
  const name = optional ? slot.slice(0, -1) : slot;
  const terms = sense.groups[name];
  const expand = sense.variants?.includes(name) ?? false;
  const sources = terms ? terms.map((t) => (expand && PLAIN_HAN.test(t) ? variantSource(t) : t)) : [name];
  const alternation = `(?:${sources.join('|')})`;
  // English words stand whole: "arrest" is not in "arrears".
  const bounded = sense.language === 'en' && !HAN.test(alternation) ? `(?<![\\p{L}\\p{N}_'])${alternation}(?![\\p{L}\\p{N}_])` : alternation;
  return optional ? `(${bounded})?` : `(${bounded})`;
}

function gapSource(sense: Sense, pattern: SensePattern): string {
  const stops = sense.language === 'zh' ? '。！？；!?;\\n' : '.!?;\\n';
  const commas = pattern.acrossCommas ? '' : sense.language === 'zh' ? '，,' : ',';
  return `[^${stops}${commas}]{0,${pattern.gap}}?`;
}

const cache = new WeakMap<Sense, CompiledPattern[]>();

export function compileSense(sense: Sense): CompiledPattern[] {
  const known = cache.get(sense);
  if (known) return known;
  const compiled = sense.patterns.map((pattern) => {
    const gap = gapSource(sense, pattern);
    const source = pattern.seq.map((slot) => slotSource(sense, slot)).join(gap);
    return { regex: new RegExp(source, 'dgiu'), headGroup: (pattern.head ?? 0) + 1 };
  });
  cache.set(sense, compiled);
  return compiled;
}
