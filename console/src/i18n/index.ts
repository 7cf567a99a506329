import i18next from 'i18next';
import { initReactI18next, useTranslation } from 'react-i18next';
import { ConsoleError } from '../api/client';
import { MODULES } from './modules';
import { setZodLocale } from '../../../shared/i18n/zodLocale';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];
const LANGUAGE_KEY = 'recovery-desk.console.language';

type Tree = { [key: string]: string | Tree };

function merge(...trees: object[]): Tree {
  const out: Tree = {};
  for (const tree of trees) {
    for (const [k, v] of Object.entries(tree)) {
      const prev = out[k];
      out[k] = typeof v === 'object' && v !== null && typeof prev === 'object' ? merge(prev, v) : (v as string | Tree);
    }
  }
  return out;
}

export function savedLanguage(): Language {
  return localStorage.getItem(LANGUAGE_KEY) === 'en' ? 'en' : 'zh-CN';
}

export async function initI18n(): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: merge(...MODULES.map((m) => m['zh-CN'])) }, en: { translation: merge(...MODULES.map((m) => m.en)) } },
    lng: savedLanguage(),
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
  });
  document.documentElement.lang = i18next.language;
  setZodLocale(i18next.language);
  i18next.on('languageChanged', setZodLocale);
}

export async function switchLanguage(): Promise<void> {
  const next: Language = i18next.language === 'en' ? 'zh-CN' : 'en';
  localStorage.setItem(LANGUAGE_KEY, next);
  await i18next.changeLanguage(next);
  document.documentElement.lang = next;
}

export { useTranslation };

/** A refusal in the reader's words: head office's code when the console knows it, else the code and text. */
export function errorText(t: (key: string, vars?: Record<string, unknown>) => string, error: unknown): string {
  if (error instanceof ConsoleError) {
    const vars = { message: error.message, code: error.code, until: String(error.detail.lockedUntil ?? ''), ...error.detail };
    return i18next.exists(`errors.${error.code}`) ? t(`errors.${error.code}`, vars) : t('errors.unknown', vars);
  }
  return t('errors.unknown', { code: 'client', message: error instanceof Error ? error.message : String(error) });
}
