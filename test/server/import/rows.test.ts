import { describe, expect, it } from 'vitest';
import { forbiddenCharacter, validateRow } from '../../../server/import/rows';
import { importMessage, IMPORT_MESSAGES, languageOf } from '../../../server/import/messages';
import { caseToRows, demoCases } from '../../fixtures/import/demoExtract';

describe('characters a name or free text may not hold', () => {
  it.each([
    ['张三', null],
    ['O’Brien-李', null],
    ['𠀋𠀍 (a surrogate pair)', null],
    ['tab\there', 'U+0009'],
    ['line\nbreak', 'U+000A'],
    ['NUL\u0000', 'U+0000'],
    ['DEL\u007F', 'U+007F'],
    ['C1\u0085', 'U+0085'],
    ['override \u202Eabc', 'U+202E'],
    ['isolate \u2067x\u2069', 'U+2067'],
    ['mark \u200F', 'U+200F'],
    ['Arabic mark \u061C', 'U+061C'],
    ['lone high \uD800 surrogate', 'U+D800'],
    ['lone low \uDC00', 'U+DC00'],
  ] as const)('%j → %s', (text, expected) => {
    expect(forbiddenCharacter(text)).toBe(expected);
  });

  it('rejects such a cell in any column, and says so once (not also as malformed)', () => {
    const row = caseToRows(demoCases(1, { seed: 'rows' })[0]!)[0]!;
    const result = validateRow({ rowNumber: 7, cells: { ...row, borrower_id_number: `${row.borrower_id_number}\u202E` } });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.rejections).toEqual([expect.objectContaining({ row: 7, field: 'borrower_id_number', code: 'forbidden_character' })]);
  });
});

describe('messages', () => {
  it('every message exists in zh-CN and English with the same placeholders', () => {
    const zh = IMPORT_MESSAGES['zh-CN'].import;
    const en = IMPORT_MESSAGES.en.import;
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
    const names = (t: string) => [...t.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const code of Object.keys(en) as (keyof typeof en)[]) expect(names(zh[code]), code).toEqual(names(en[code]));
  });

  it('fills in values and picks the language from a locale', () => {
    expect(importMessage('csv_ragged', { line: 3, found: 33, expected: 32 }, 'zh-CN')).toBe('第 3 行：有 33 个字段，表头有 32 个');
    expect(importMessage('csv_ragged', { line: 3, found: 33, expected: 32 })).toBe('line 3: 33 fields where the header has 32');
    expect([undefined, 'zh_CN.UTF-8', 'C.UTF-8', 'en_US.UTF-8', 'en'].map(languageOf)).toEqual(['zh-CN', 'zh-CN', 'zh-CN', 'en', 'en']);
  });
});
