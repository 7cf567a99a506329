import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { zhCN } from './zh-CN';
import { en } from './en';

export const LANGUAGES = ['zh-CN', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

const LANGUAGE_KEY = 'recovery-desk.language';

export function savedLanguage(): Language {
  const saved = globalThis.localStorage?.getItem(LANGUAGE_KEY);
  return saved === 'en' ? 'en' : 'zh-CN';
}

export function rememberLanguage(language: Language): void {
  globalThis.localStorage?.setItem(LANGUAGE_KEY, language);
}

/** zh-CN first: it is the default and the fallback; English mirrors its keys (checked by the type of en). */
export async function initI18n(language: Language = savedLanguage()) {
  await i18next.use(initReactI18next).init({
    resources: { 'zh-CN': { translation: zhCN }, en: { translation: en } },
    lng: language,
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  return i18next;
}

export { i18next };
