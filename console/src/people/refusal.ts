import i18next from 'i18next';
import { PASSWORD_RULES, PASSWORD_RULE_MESSAGES, type PasswordRule } from '../../../shared/people/passwordPolicy';
import { ConsoleError } from '../api/client';
import { errorText } from '../i18n';

const isRule = (r: unknown): r is PasswordRule => (PASSWORD_RULES as readonly unknown[]).includes(r);

/**
 * A refusal in the reader's language; for a password the policy refused, each rule broken in the shared
 * policy's own words (shared/people/passwordPolicy.ts), so the screen names the rule.
 */
export function refusalText(t: (key: string, vars?: Record<string, unknown>) => string, error: unknown): string {
  if (error instanceof ConsoleError && error.code === 'weak_password' && Array.isArray(error.detail.rules)) {
    const lang = i18next.language === 'en' ? 'en' : 'zh-CN';
    const rules = error.detail.rules.filter(isRule).map((r) => PASSWORD_RULE_MESSAGES[r][lang]);
    if (rules.length > 0) return t('errors.weak_password', { message: rules.join(lang === 'en' ? '; ' : '；') });
  }
  return errorText(t, error);
}
