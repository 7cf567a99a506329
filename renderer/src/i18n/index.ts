import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import { zhCN } from './zh-CN';
import { en } from './en';
// Each rule set's messages file, not its index: the indexes bring the rules themselves (pinyin and
// Traditional-Chinese tables, letter templates, font coverage) into the first chunk (issue 18 §4).
import { COMPLIANCE_MESSAGES } from '../../../shared/compliance/messages';
import { FIELDWORK_MESSAGES, MYDAY_MESSAGES } from '../../../shared/fieldwork/messages';
import { MODULE_MESSAGES } from './modules';
import { LIMITATION_MESSAGES } from '../../../shared/limitation/messages';
import { LETTER_MESSAGES } from '../../../shared/letters/messages';
import { setZodLocale } from '../../../shared/i18n/zodLocale';
import { unitFormat } from './unitFormat';
import { localizeDates } from './dateStyle';

/** Every message's calendar dates in the language's one style (dateStyle.ts). */
const DATES = { type: 'postProcessor' as const, name: 'dates', process: (value: string, _key: unknown, options: { lng?: string }) => localizeDates(value, options.lng ?? i18next.language) };

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

type Tree = { [key: string]: string | Tree };

/** Deep merge of message trees: shared/ rule messages and feature modules each own a branch. */
export function mergeMessages(...trees: object[]): Tree {
  const out: Tree = {};
  for (const tree of trees) {
    for (const [k, v] of Object.entries(tree)) {
      const prev = out[k];
      out[k] = typeof v === 'object' && v !== null && typeof prev === 'object' ? mergeMessages(prev, v) : (v as string | Tree);
    }
  }
  return out;
}

export const RESOURCES = {
  'zh-CN': mergeMessages(zhCN, COMPLIANCE_MESSAGES['zh-CN'], FIELDWORK_MESSAGES['zh-CN'], MYDAY_MESSAGES['zh-CN'], LIMITATION_MESSAGES['zh-CN'], LETTER_MESSAGES['zh-CN'], ...MODULE_MESSAGES.map((m) => m['zh-CN'])),
  en: mergeMessages(en, COMPLIANCE_MESSAGES.en, FIELDWORK_MESSAGES.en, MYDAY_MESSAGES.en, LIMITATION_MESSAGES.en, LETTER_MESSAGES.en, ...MODULE_MESSAGES.map((m) => m.en)),
};

/** zh-CN first: it is the default and the fallback; English mirrors its keys (checked by the type of en). */
export async function initI18n(language: Language = savedLanguage()) {
  await i18next.use(initReactI18next).use(DATES).init({
    resources: { 'zh-CN': { translation: RESOURCES['zh-CN'] }, en: { translation: RESOURCES.en } },
    lng: language,
    fallbackLng: 'zh-CN',
    interpolation: { escapeValue: false },
    returnNull: false,
    postProcess: ['dates'],
  });
  i18next.services.formatter?.add('unit', unitFormat);
  setZodLocale(i18next.language);
  i18next.on('languageChanged', setZodLocale);
  return i18next;
}

export { i18next };
