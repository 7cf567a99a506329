import { describe, expect, it } from 'vitest';
import { PASSWORD_RULES, PASSWORD_RULE_MESSAGES, describeProblems, passwordProblems, type PasswordRule } from '../../../shared/people/passwordPolicy';

const USER = 'zhang.wei-310115';

const TABLE: [string, { password: string; userId?: string; current?: string }, PasswordRule[]][] = [
  ['three classes, 10 characters', { password: 'Harbour7ab' }, []],
  ['four classes', { password: 'Ta1pei!2026x' }, []],
  ['upper, digit, symbol (no lower case)', { password: 'HARBOUR-7#Q' }, []],
  ['lower, digit, CJK as the fourth class', { password: 'qiantang7江潮' }, []],
  ['9 characters, three classes', { password: 'Harbour7a' }, ['too_short']],
  ['empty', { password: '' }, ['too_short', 'too_simple']],
  ['10 lower-case letters', { password: 'riverbanks' }, ['too_simple']],
  ['lower and digits only', { password: 'riverbank77' }, ['too_simple']],
  ['a long passphrase of lower case and spaces', { password: 'correct horse battery staple' }, []],
  ['a long Chinese passphrase', { password: '春眠不觉晓处处闻啼鸟夜来风雨声花落' }, []],
  ['16 characters but hardly any different ones', { password: 'aaaaaaaabbbbbbbb' }, ['too_simple']],
  ['contains the user id', { password: `X!${USER}9`, userId: USER }, ['contains_user_id']],
  ['contains the user id in other case', { password: `Q1!${USER.toUpperCase()}`, userId: USER }, ['contains_user_id']],
  ['common, with digits and a symbol after it', { password: 'Password123!' }, ['too_common']],
  ['common, all digits', { password: '1234567890' }, ['too_simple', 'too_common']],
  ['common keyboard walk', { password: '1qaz@WSX' }, ['too_short', 'too_common']],
  ['the demo password', { password: 'demo1234' }, ['too_short', 'too_simple', 'too_common']],
  ['the same as the current one', { password: 'Harbour7ab', current: 'Harbour7ab' }, ['same_as_current']],
  ['differs from the current one', { password: 'Harbour7ab', current: 'Harbour7ac' }, []],
];

describe('password policy', () => {
  it.each(TABLE)('%s', (_name, input, expected) => {
    expect(passwordProblems({ userId: USER, ...input })).toEqual(expected);
  });

  it('has a Chinese and an English message for every rule, and names each problem in the refusal', () => {
    for (const rule of PASSWORD_RULES) {
      expect(PASSWORD_RULE_MESSAGES[rule]['zh-CN']).toMatch(/[\u4e00-\u9fff]/);
      expect(PASSWORD_RULE_MESSAGES[rule].en).toMatch(/[a-z]/);
    }
    expect(describeProblems(['too_short', 'too_common'])).toBe('密码至少 10 个字符 / a password has at least 10 characters; 密码过于常见，容易被猜中 / the password is too common and easily guessed');
  });
});
