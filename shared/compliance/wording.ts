import { sourcesOf, type WordingFinding } from './decision';
import type { Pack, WordingRule } from './packSchema';

export interface WordingContext {
  /**
   * Whether the debt the text is about is statute-barred. Unknown (undefined) applies the statute-barred
   * rules too: a forgotten argument must not switch a check off.
   */
  statuteBarred?: boolean;
}

const compiled = new WeakMap<WordingRule, RegExp[]>();

function regexesOf(rule: WordingRule): RegExp[] {
  let regexes = compiled.get(rule);
  if (!regexes) {
    regexes = rule.patterns.map((p) => new RegExp(p.source, `${p.flags}g`));
    compiled.set(rule, regexes);
  }
  return regexes;
}

/**
 * Prohibited wording in letter text or a note, before it is printed or saved. Every match is reported with
 * its rule, category, the exact phrase and where it stands, sorted by position. The same phrase matched by two
 * patterns of one rule is reported once; phrases of different rules may overlap and are all reported.
 */
export function checkWording(pack: Pack, text: string, context: WordingContext = {}): WordingFinding[] {
  const findings: WordingFinding[] = [];
  const seen = new Set<string>();
  for (const rule of pack.wording) {
    if (rule.appliesWhen === 'statute_barred' && context.statuteBarred === false) continue;
    for (const regex of regexesOf(rule)) {
      for (const match of text.matchAll(regex)) {
        const phrase = match[0];
        if (phrase === '') continue;
        const key = `${rule.id}|${match.index}|${phrase.length}`;
        if (seen.has(key)) continue;
        seen.add(key);
        findings.push({
          ruleId: rule.id,
          category: rule.category,
          phrase,
          index: match.index,
          action: rule.action,
          messageKey: `compliance.wording.${rule.category}`,
          sources: sourcesOf(pack, rule.sourceIds),
        });
      }
    }
  }
  return findings.sort((a, b) => a.index - b.index || a.ruleId.localeCompare(b.ruleId));
}
