import { describe, expect, it } from 'vitest';
import { NoteSchema, PersonNameSchema, ReasonSchema, isPlainLine, isPlainText, isStorableText, toStorableText, unstorableTextPath } from '../../../shared/sync/primitives';

describe('text PostgreSQL can store, and text a person types (shared/sync/primitives.ts)', () => {
  it.each([
    ['plain Chinese', '本人接听，承诺月底前还款', true, true, true],
    ['an emoji (a surrogate pair)', '好的😀', true, true, true],
    ['a line break and a tab', '第一行\n第二行\t备注\r\n', true, true, false],
    ['a NUL', 'abc\u0000', false, false, false],
    ['a lone high surrogate at the end', 'abc\uD83D', false, false, false],
    ['a lone high surrogate before text', '\uD83Dabc', false, false, false],
    ['a lone low surrogate', '\uDE00abc', false, false, false],
    ['two high surrogates', '\uD83D\uD83D\uDE00', false, false, false],
    ['a bell (C0)', 'a\u0007b', true, false, false],
    ['DEL', 'a\u007fb', true, false, false],
    ['a C1 control', 'a\u0085b', true, false, false],
    ['a right-to-left override', '张\u202E三', true, true, false],
    ['a left-to-right isolate', '张\u2066三', true, true, false],
  ])('%s: storable %s, multi-line text %s, one line %s', (_what, s, storable, text, line) => {
    expect(isStorableText(s)).toBe(storable);
    expect(isPlainText(s)).toBe(text);
    expect(isPlainLine(s)).toBe(line);
  });

  it('replaces only what cannot be stored, keeping pairs whole', () => {
    expect(toStorableText('a\u0000b\uD800c😀\uDC00')).toBe('a\uFFFDb\uFFFDc😀\uFFFD');
    expect(toStorableText('好的')).toBe('好的');
  });

  it('finds the first unstorable string or key anywhere in JSON data, with its path', () => {
    expect(unstorableTextPath({ a: [1, 'ok', { b: 'x\u0000' }] })).toEqual(['a', 2, 'b']);
    expect(unstorableTextPath({ args: { ['k\uD800']: 1 } })).toEqual(['args', '(key)']);
    expect(unstorableTextPath({ a: ['ok', null, 3, true, { b: '😀' }] })).toBeNull();
  });

  it('the shared schemas refuse it with a bilingual message', () => {
    expect(NoteSchema.safeParse('备注\n第二行').success).toBe(true);
    expect(NoteSchema.safeParse('备注\u0000').error?.issues[0]?.message).toMatch(/控制字符/);
    expect(ReasonSchema.safeParse('  ').success).toBe(false);
    expect(ReasonSchema.safeParse('空号\u0007').success).toBe(false);
    expect(PersonNameSchema.parse(' 张三 ')).toBe('张三');
    expect(PersonNameSchema.safeParse('张\u202E三').success).toBe(false);
    expect(PersonNameSchema.safeParse('张\n三').success).toBe(false);
    expect(PersonNameSchema.safeParse('   ').success).toBe(false);
  });
});
