/**
 * The password policy head office enforces wherever a password is set: an admin's create or reset, and every
 * user's own change (docs/security.md, "Password policy"). Pure: the same rules run in the console and the
 * desktop app for an early answer, but head office's answer is the one that counts.
 *
 * - at least 10 characters;
 * - at least 3 of 4 classes (lower case, upper case, digits, anything else — CJK characters count as "else"),
 *   or a long passphrase: 16 characters or more with at least 8 different ones;
 * - not the user id, and not containing it;
 * - not one of the most common passwords (compared without case, and without the digits and symbols at its end);
 * - not the same as the current password.
 */

export const MIN_PASSWORD_LENGTH = 10;
export const PASSPHRASE_LENGTH = 16;
const PASSPHRASE_DISTINCT = 8;

export const PASSWORD_RULES = ['too_short', 'too_simple', 'contains_user_id', 'too_common', 'same_as_current'] as const;
export type PasswordRule = (typeof PASSWORD_RULES)[number];

/** Lower-cased; a password whose stem (letters before trailing digits and symbols) is one of these is refused. */
const COMMON = new Set([
  'password', 'passw0rd', 'p@ssword', 'p@ssw0rd', 'qwerty', 'qwertyuiop', 'qwerty123', 'asdfghjkl', 'zxcvbnm', 'abc123', 'abcdef',
  'abcdefg', 'abcdefgh', 'admin', 'administrator', 'welcome', 'letmein', 'iloveyou', 'monkey', 'dragon', 'sunshine', 'princess',
  'football', 'baseball', 'master', 'superman', 'trustno1', 'changeme', 'default', 'woaini', 'woaini1314', 'aini1314', 'qq123456',
  '1q2w3e4r', '1qaz2wsx', '1qaz@wsx', 'zaq12wsx', 'a1b2c3d4', '123456', '12345678', '123456789', '1234567890', '0123456789',
  '111111', '000000', '666666', '888888', '5201314', '1314520', 'demo', 'demo1234', 'test', 'test1234', 'bank', 'bank1234',
]);

/** The password without its trailing digits and symbols ("Password123!" → "password"), lower-cased. */
const stemOf = (password: string) => password.toLowerCase().replace(/[^\p{L}]+$/u, '');

function classesOf(password: string): number {
  let lower = 0, upper = 0, digit = 0, other = 0;
  for (const ch of password) {
    if (/\p{Ll}/u.test(ch)) lower = 1;
    else if (/\p{Lu}/u.test(ch)) upper = 1;
    else if (/\p{Nd}/u.test(ch)) digit = 1;
    else other = 1;
  }
  return lower + upper + digit + other;
}

export interface PasswordCandidate {
  password: string;
  userId: string;
  /** The current password when the user typed it (their own change); an admin's reset checks the stored hash instead. */
  current?: string;
}

/** The rules a password breaks, in the order above; empty when it may be used. */
export function passwordProblems({ password, userId, current }: PasswordCandidate): PasswordRule[] {
  const chars = [...password];
  const problems: PasswordRule[] = [];
  if (chars.length < MIN_PASSWORD_LENGTH) problems.push('too_short');
  const passphrase = chars.length >= PASSPHRASE_LENGTH && new Set(chars).size >= PASSPHRASE_DISTINCT;
  if (classesOf(password) < 3 && !passphrase) problems.push('too_simple');
  const id = userId.trim().toLowerCase();
  if (id.length > 0 && password.toLowerCase().includes(id)) problems.push('contains_user_id');
  const lower = password.toLowerCase();
  if (COMMON.has(lower) || COMMON.has(stemOf(password)) || COMMON.has(lower.replace(/^[^\p{L}]+/u, ''))) problems.push('too_common');
  if (current !== undefined && current === password) problems.push('same_as_current');
  return problems;
}

export const PASSWORD_RULE_MESSAGES: Record<PasswordRule, { 'zh-CN': string; en: string }> = {
  too_short: { 'zh-CN': `密码至少 ${MIN_PASSWORD_LENGTH} 个字符`, en: `a password has at least ${MIN_PASSWORD_LENGTH} characters` },
  too_simple: {
    'zh-CN': `密码须包含小写字母、大写字母、数字、符号中的至少三类，或使用不少于 ${PASSPHRASE_LENGTH} 个字符的长口令`,
    en: `a password mixes at least 3 of lower case, upper case, digits and symbols, or is a passphrase of ${PASSPHRASE_LENGTH} characters or more`,
  },
  contains_user_id: { 'zh-CN': '密码不能包含用户名', en: 'a password must not contain the user id' },
  too_common: { 'zh-CN': '密码过于常见，容易被猜中', en: 'the password is too common and easily guessed' },
  same_as_current: { 'zh-CN': '新密码不能与当前密码相同', en: 'the new password must differ from the current one' },
};

/** The problems in one line, Chinese first then English, for head office's refusal message. */
export function describeProblems(problems: readonly PasswordRule[]): string {
  return problems.map((p) => `${PASSWORD_RULE_MESSAGES[p]['zh-CN']} / ${PASSWORD_RULE_MESSAGES[p].en}`).join('; ');
}
