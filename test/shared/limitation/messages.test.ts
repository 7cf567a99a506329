import { describe, expect, it } from 'vitest';
import {
  GUARANTOR_LETTER_CODES,
  HISTORY_EFFECTS,
  LIMITATION_EVENT_KINDS,
  LIMITATION_MESSAGES,
  LIMITATION_NOTE_KEYS,
  LIMITATION_RULE_IDS,
  LIMITATION_SOURCES,
} from '../../../shared/limitation';

const params = (template: string) => [...template.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('LIMITATION_MESSAGES', () => {
  const zh = LIMITATION_MESSAGES['zh-CN'].limitation;
  const en = LIMITATION_MESSAGES.en.limitation;

  it('both languages have the same keys with the same {{params}}', () => {
    const flat = (tree: object, prefix = ''): [string, string][] =>
      Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[`${prefix}${k}`, v] as [string, string]] : flat(v as object, `${prefix}${k}.`)));
    const zhFlat = new Map(flat(zh));
    const enFlat = new Map(flat(en));
    expect([...zhFlat.keys()].sort()).toEqual([...enFlat.keys()].sort());
    for (const [key, text] of zhFlat) {
      expect(text.trim(), key).not.toBe('');
      expect(params(text), key).toEqual(params(enFlat.get(key)!));
    }
  });

  it('covers every note, effect, event kind and letter code', () => {
    expect(Object.keys(zh.note).sort()).toEqual([...LIMITATION_NOTE_KEYS].sort());
    expect(Object.keys(zh.effect).sort()).toEqual([...HISTORY_EFFECTS].sort());
    expect(Object.keys(zh.event).sort()).toEqual([...LIMITATION_EVENT_KINDS, 'start'].sort());
    expect(Object.keys(zh.letter).sort()).toEqual([...GUARANTOR_LETTER_CODES].sort());
  });

  it('the templates use the params the engine gives', () => {
    expect(params(en.note.lateDemand)).toEqual(['date', 'expiry']);
    expect(params(en.note.guarantorLimitation)).toEqual(['expiry', 'from']);
    expect(params(en.letter.close_to_lapse)).toEqual(['daysLeft', 'deliverBy']);
    expect(params(zh.alert.guarantee)).toEqual(['date', 'daysLeft']);
  });

  it('the general-guarantee refusal says a demand letter alone does not preserve it', () => {
    expect(zh.letter.general_without_lawsuit).toContain('仅发催收函不能保全保证责任');
    expect(en.letter.general_without_lawsuit).toContain('a demand letter alone does not preserve it');
  });
});

describe('LIMITATION_SOURCES', () => {
  it('every rule id has a source', () => {
    expect(Object.keys(LIMITATION_SOURCES).sort()).toEqual([...LIMITATION_RULE_IDS].sort());
  });
});
