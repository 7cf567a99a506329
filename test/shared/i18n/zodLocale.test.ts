import { afterAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { setZodLocale } from '../../../shared/i18n/zodLocale';

const messageOf = (schema: z.ZodType, value: unknown) => schema.safeParse(value).error?.issues[0]?.message ?? '';

describe('setZodLocale', () => {
  afterAll(() => setZodLocale('en'));

  it.each([
    ['zh-CN', z.string().min(3), 'ab', /[\u4e00-\u9fff]/],
    ['zh-CN', z.number(), 'x', /[\u4e00-\u9fff]/],
    ['en', z.string().min(3), 'ab', /^Too small/],
    ['en-GB', z.number(), 'x', /^Invalid input/],
  ])('%s: zod’s own message is in that language', (language, schema, value, pattern) => {
    setZodLocale(language);
    expect(messageOf(schema, value)).toMatch(pattern);
  });

  it('a message a schema sets itself is kept as written', () => {
    setZodLocale('zh-CN');
    expect(messageOf(z.string().min(3, 'at least three (至少三个字)'), 'ab')).toBe('at least three (至少三个字)');
  });
});
