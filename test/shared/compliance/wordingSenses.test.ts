import { describe, expect, it } from 'vitest';
import { CN_2026, UK_FCA, US_REGF } from '../../../shared/compliance/packs';
import type { Pack, WordingRule } from '../../../shared/compliance/packSchema';
import { checkWording } from '../../../shared/compliance/wording';
import { SENSE_LIST } from '../../../shared/compliance/wording/senses';

/** Every sense's own examples, under every built-in pack rule that names it. */
const uses: [Pack, WordingRule, (typeof SENSE_LIST)[number]][] = [];
for (const pack of [CN_2026, UK_FCA, US_REGF]) {
  for (const rule of pack.wording) for (const id of rule.senses ?? []) {
    const sense = SENSE_LIST.find((s) => s.id === id);
    if (sense) uses.push([pack, rule, sense]);
  }
}

describe('every sense is used by a pack', () => {
  it.each(SENSE_LIST.map((s) => [s.id]))('%s', (id) => {
    expect(uses.some(([, , s]) => s.id === id)).toBe(true);
  });
});

describe.each(uses.map(([pack, rule, sense]) => [`${pack.meta.id} ${rule.id} (${sense.id})`, pack, rule, sense] as const))('%s', (_, pack, rule, sense) => {
  it.each(sense.examples.flag.map((t) => [t]))('flags %s', (text) => {
    const findings = checkWording(pack, text, { statuteBarred: true }).filter((f) => f.ruleId === rule.id);
    expect(findings.length).toBeGreaterThan(0);
    for (const f of findings) expect(text.slice(f.index, f.index + f.phrase.length)).toBe(f.phrase);
  });
  it.each(sense.examples.allow.map((t) => [t]))('allows %s', (text) => {
    expect(checkWording(pack, text, { statuteBarred: true }).filter((f) => f.ruleId === rule.id)).toEqual([]);
  });
});
