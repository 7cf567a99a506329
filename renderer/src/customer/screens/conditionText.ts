import type { TFunction } from 'i18next';
import type { ConditionMet } from '../../../../shared/segments/table';

const SCALED = new Set(['ability', 'willingness']);

/** A value as the case shows it: scale words for ability and willingness, reason and grade words, yes/no. */
export function factValue(t: TFunction, fact: string, value: string | number | boolean | null): string {
  if (value === null) return fact === 'riskGrade' ? t('customer.risk.none') : t('customer.unknownValue');
  if (typeof value === 'boolean') return value ? t('customer.yes') : t('customer.no');
  if (SCALED.has(fact)) return `${value}（${t(`customer.scale.${value}`)}）`;
  if (fact === 'reason') return t(`customer.reason.${value}`);
  if (fact === 'riskGrade') return t(`customer.risk.${value}`);
  return String(value);
}

/** One condition of a decision-table row in words, with the case's value. */
export function conditionText(t: TFunction, { condition: c, actual }: ConditionMet): string {
  const fact = t(`customer.fact.${c.fact}`);
  const tail = t('customer.cond.actual', { actual: factValue(t, c.fact, actual) });
  switch (c.test) {
    case 'range': {
      const range = c.min !== undefined && c.max !== undefined ? `${c.min}–${c.max}` : c.min !== undefined ? `≥ ${c.min}` : `≤ ${c.max}`;
      return t('customer.cond.range', { fact, range }) + tail;
    }
    case 'oneOf':
      return t('customer.cond.oneOf', { fact, values: c.values.map((v) => factValue(t, c.fact, v === 'none' ? null : v)).join('、') }) + tail;
    case 'is':
      return t('customer.cond.is', { fact, value: factValue(t, c.fact, c.value) }) + tail;
    case 'unknown':
      return t('customer.cond.unknown', { fact });
  }
}
