import type { LetterLanguage, LetterType } from '../types';
import { CN_DEMAND_NOTICE_EN, CN_DEMAND_NOTICE_ZH } from './demandNotice';
import { CN_FIELD_RECEIPT_EN, CN_FIELD_RECEIPT_ZH } from './fieldReceipt';
import { CN_FINAL_DEMAND_EN, CN_FINAL_DEMAND_ZH } from './finalDemand';
import { CN_GUARANTOR_DEMAND_EN, CN_GUARANTOR_DEMAND_ZH } from './guarantorDemand';
import { CN_PLAN_CONFIRMATION_EN, CN_PLAN_CONFIRMATION_ZH } from './planConfirmation';
import { CN_OUTSOURCING_NOTICE_EN, CN_OUTSOURCING_NOTICE_ZH } from './outsourcingNotice';
import { CN_REMINDER_EN, CN_REMINDER_ZH } from './reminder';
import type { LetterTemplate } from './types';
import { withArrangementInForce } from './arrangement';

export * from './types';
export { LETTER_LABELS, type LetterLabels } from './labels';

/** 2026.2: the borrower's demands mention a promise or plan in force. */
const V2026_2 = '2026.2';

/** The built-in templates in force, Chinese first. Head office may publish newer versions as data (same shape). */
export const TEMPLATES: readonly LetterTemplate[] = [
  withArrangementInForce(CN_REMINDER_ZH, V2026_2),
  withArrangementInForce(CN_DEMAND_NOTICE_ZH, V2026_2),
  CN_GUARANTOR_DEMAND_ZH,
  CN_PLAN_CONFIRMATION_ZH,
  withArrangementInForce(CN_FINAL_DEMAND_ZH, V2026_2),
  CN_FIELD_RECEIPT_ZH,
  withArrangementInForce(CN_REMINDER_EN, V2026_2),
  withArrangementInForce(CN_DEMAND_NOTICE_EN, V2026_2),
  CN_GUARANTOR_DEMAND_EN,
  CN_PLAN_CONFIRMATION_EN,
  withArrangementInForce(CN_FINAL_DEMAND_EN, V2026_2),
  CN_FIELD_RECEIPT_EN,
  CN_OUTSOURCING_NOTICE_ZH,
  CN_OUTSOURCING_NOTICE_EN,
];

/** Built-in versions no longer in force, kept so that a copy of a letter issued under one prints the same text. */
export const PREVIOUS_TEMPLATES: readonly LetterTemplate[] = [CN_REMINDER_ZH, CN_DEMAND_NOTICE_ZH, CN_FINAL_DEMAND_ZH, CN_REMINDER_EN, CN_DEMAND_NOTICE_EN, CN_FINAL_DEMAND_EN];

/** A built-in template of exactly this version (in force or previous); undefined if the app never had it. */
export function builtInTemplate(type: LetterType, language: LetterLanguage, version: string): LetterTemplate | undefined {
  return [...TEMPLATES, ...PREVIOUS_TEMPLATES].find((t) => t.type === type && t.language === language && t.version === version);
}

/** The template for a type and language (the latest version when a registry holds several); undefined if none. */
export function getTemplate(type: LetterType, language: LetterLanguage, registry: readonly LetterTemplate[] = TEMPLATES): LetterTemplate | undefined {
  const matches = registry.filter((t) => t.type === type && t.language === language);
  return matches.sort((a, b) => b.version.localeCompare(a.version, 'en', { numeric: true }))[0];
}
