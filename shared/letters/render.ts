import type { LetterLanguage } from './types';

/** Placeholder values of a letter; every {{name}} a template uses must have a non-empty value. */
export type LetterVars = Record<string, string>;

const PLACEHOLDER = /\{\{\s*([a-zA-Z][a-zA-Z0-9]*)\s*\}\}/g;

/** Fills {{name}} placeholders; lists the names that had no value (left as they were, so a check can see them). */
export function fill(text: string, vars: LetterVars): { text: string; unfilled: string[] } {
  const unfilled: string[] = [];
  const out = text.replace(PLACEHOLDER, (whole, name: string) => {
    const v = Object.hasOwn(vars, name) ? vars[name] : undefined;
    if (v === undefined || v.trim() === '') {
      unfilled.push(name);
      return whole;
    }
    return v;
  });
  return { text: out, unfilled };
}

/** Fill for fixed labels: a missing value is a programming error, shown as the empty string. */
export const label = (text: string, vars: LetterVars): string => text.replace(PLACEHOLDER, (_w, name: string) => vars[name] ?? '');

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/** 2027-01-07 → 2027年1月7日 / 7 January 2027. */
export function formatLetterDate(date: string, language: LetterLanguage): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  return language === 'zh-CN' ? `${y}年${m}月${d}日` : `${d} ${MONTHS[m - 1]} ${y}`;
}

/** Joins a list the way each language writes one. */
export const joinList = (items: readonly string[], language: LetterLanguage): string => items.join(language === 'zh-CN' ? '；' : '; ');
export const joinShort = (items: readonly string[], language: LetterLanguage): string => items.join(language === 'zh-CN' ? '、' : ', ');
