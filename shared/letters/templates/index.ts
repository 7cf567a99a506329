import type { LetterLanguage, LetterType } from '../types';
import { CN_DEMAND_NOTICE_EN, CN_DEMAND_NOTICE_ZH } from './demandNotice';
import { CN_FIELD_RECEIPT_EN, CN_FIELD_RECEIPT_ZH } from './fieldReceipt';
import { CN_FINAL_DEMAND_EN, CN_FINAL_DEMAND_ZH } from './finalDemand';
import { CN_GUARANTOR_DEMAND_EN, CN_GUARANTOR_DEMAND_ZH } from './guarantorDemand';
import { CN_PLAN_CONFIRMATION_EN, CN_PLAN_CONFIRMATION_ZH } from './planConfirmation';
import { CN_OUTSOURCING_NOTICE_EN, CN_OUTSOURCING_NOTICE_ZH } from './outsourcingNotice';
import { CN_REMINDER_EN, CN_REMINDER_ZH } from './reminder';
import type { LetterTemplate } from './types';

export * from './types';
export { LETTER_LABELS, type LetterLabels } from './labels';

/** The built-in templates, Chinese first. Head office may publish newer versions as data (same shape). */
export const TEMPLATES: readonly LetterTemplate[] = [
  CN_REMINDER_ZH,
  CN_DEMAND_NOTICE_ZH,
  CN_GUARANTOR_DEMAND_ZH,
  CN_PLAN_CONFIRMATION_ZH,
  CN_FINAL_DEMAND_ZH,
  CN_FIELD_RECEIPT_ZH,
  CN_REMINDER_EN,
  CN_DEMAND_NOTICE_EN,
  CN_GUARANTOR_DEMAND_EN,
  CN_PLAN_CONFIRMATION_EN,
  CN_FINAL_DEMAND_EN,
  CN_FIELD_RECEIPT_EN,
  CN_OUTSOURCING_NOTICE_ZH,
  CN_OUTSOURCING_NOTICE_EN,
];

/** The template for a type and language (the latest version when a registry holds several); undefined if none. */
export function getTemplate(type: LetterType, language: LetterLanguage, registry: readonly LetterTemplate[] = TEMPLATES): LetterTemplate | undefined {
  const matches = registry.filter((t) => t.type === type && t.language === language);
  return matches.sort((a, b) => b.version.localeCompare(a.version, 'en', { numeric: true }))[0];
}
