import { sourcesOf, type WordingFinding } from './decision';
import type { Pack, WordingRule } from './packSchema';
import { compileSense, type CompiledPattern } from './wording/compile';
import { isDisowned, sentenceEndOf, sentenceStartOf } from './wording/negation';
import { normaliseForMatching, originalSpan, type NormalisedText } from './wording/normalise';
import type { Sense, SenseLanguage } from './wording/sense';
import { SENSES } from './wording/senses';

export interface WordingContext {
  /**
   * Whether the debt the text is about is statute-barred. Unknown (undefined) applies the statute-barred
   * rules too: a forgotten argument must not switch a check off.
   */
  statuteBarred?: boolean;
}

interface Matcher {
  regex: RegExp;
  /** Used when the text has no Latin letter (no pinyin or initials to find). */
  hanOnly: RegExp;
  /**
   * The same two without the g and d flags, asked first whether they match at all: most texts match nothing, and
   * a test() is several times cheaper than collecting matches with their indices (flag d).
   */
  probe: RegExp;
  hanProbe: RegExp;
  headGroup: number;
  /** null: judged by the script of what matched (a pack's own patterns may be Chinese or English). */
  language: SenseLanguage | null;
  debtorMayAct: boolean;
  lawfulWhen: RegExp | null;
}

const compiled = new WeakMap<WordingRule, Matcher[]>();

/** A regular expression's source and flags, without g and d: the same matches, found once and without indices. */
const probeOf = (regex: RegExp) => new RegExp(regex.source, regex.flags.replace(/[gd]/g, ''));

function probes(regex: RegExp, hanOnly: RegExp): { probe: RegExp; hanProbe: RegExp } {
  const probe = probeOf(regex);
  return { probe, hanProbe: hanOnly === regex ? probe : probeOf(hanOnly) };
}

function fromSense(sense: Sense, p: CompiledPattern): Matcher {
  return { regex: p.regex, hanOnly: p.hanOnly, ...probes(p.regex, p.hanOnly), headGroup: p.headGroup, language: sense.language, debtorMayAct: sense.debtorMayAct ?? false, lawfulWhen: sense.lawfulWhen ? new RegExp(sense.lawfulWhen, 'iu') : null };
}

function matchersOf(rule: WordingRule): Matcher[] {
  let matchers = compiled.get(rule);
  if (!matchers) {
    matchers = [
      ...rule.patterns.map((p) => {
        const regex = new RegExp(p.source, `${p.flags}dg`);
        return { regex, hanOnly: regex, ...probes(regex, regex), headGroup: 0, language: null, debtorMayAct: false, lawfulWhen: null };
      }),
      ...(rule.senses ?? []).flatMap((id) => {
        const sense = SENSES[id];
        return sense ? compileSense(sense).map((p) => fromSense(sense, p)) : [];
      }),
    ];
    compiled.set(rule, matchers);
  }
  return matchers;
}

const HAN = /\p{Script=Han}/u;
const LATIN = /[a-z]/i;

/** The spans (in the normalised text) where a rule's matchers find what the rule forbids, said as ours. */
function spansOf(n: NormalisedText, rule: WordingRule): [number, number][] {
  const spans: [number, number][] = [];
  const latin = LATIN.test(n.text);
  for (const m of matchersOf(rule)) {
    // Every English term has a Latin letter: a text without one has nothing for an English sense to find.
    if (!latin && m.language === 'en') continue;
    if (!(latin ? m.probe : m.hanProbe).test(n.text)) continue;
    const regex = latin ? m.regex : m.hanOnly;
    regex.lastIndex = 0;
    for (const match of n.text.matchAll(regex)) {
      const start = match.index;
      const end = start + match[0].length;
      if (end === start) continue;
      const head = match.indices?.[m.headGroup]?.[0] ?? start;
      const language = m.language ?? (HAN.test(match[0]) ? 'zh' : 'en');
      if (isDisowned(n.text, language, start, head, end, m.debtorMayAct)) continue;
      if (m.lawfulWhen && m.lawfulWhen.test(n.text.slice(sentenceStartOf(n.text, start), sentenceEndOf(n.text, end)))) continue;
      spans.push([start, end]);
    }
  }
  // One finding per stretch of text: overlapping matches of one rule are one phrase.
  spans.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const merged: [number, number][] = [];
  for (const s of spans) {
    const last = merged[merged.length - 1];
    if (last && s[0] < last[1]) last[1] = Math.max(last[1], s[1]);
    else merged.push([s[0], s[1]]);
  }
  return merged;
}

/**
 * Prohibited wording in letter text or a note, before it is printed, sent or saved. The text is normalised first
 * (wording/normalise.ts: traditional characters, full-width forms, spaced and zero-width-split phrases), each rule
 * is judged by its own patterns and by its senses (wording/senses: term groups by meaning, negation handled), and
 * every finding points at the ORIGINAL text: `phrase` is exactly `text.slice(index, index + phrase.length)`.
 * Sorted by position; phrases of different rules may overlap and are all reported.
 */
export function checkWording(pack: Pack, text: string, context: WordingContext = {}): WordingFinding[] {
  const normalised = normaliseForMatching(text);
  const findings: WordingFinding[] = [];
  for (const rule of pack.wording) {
    if (rule.appliesWhen === 'statute_barred' && context.statuteBarred === false) continue;
    for (const [from, to] of spansOf(normalised, rule)) {
      const { index, end } = originalSpan(normalised, from, to);
      findings.push({
        ruleId: rule.id,
        category: rule.category,
        phrase: text.slice(index, end),
        index,
        action: rule.action,
        messageKey: `compliance.wording.${rule.category}`,
        sources: sourcesOf(pack, rule.sourceIds),
      });
    }
  }
  return findings.sort((a, b) => a.index - b.index || a.ruleId.localeCompare(b.ruleId));
}

/** Whether any finding refuses the text (a block); warnings let it through. */
export function wordingBlocks(findings: readonly WordingFinding[]): boolean {
  return findings.some((f) => f.action === 'block');
}
