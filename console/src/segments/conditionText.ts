import type { TFunction } from 'i18next';
import type { Condition } from '../../../shared/segments/table';

/** One condition of a decision-table row in words ("还款能力 ≥ 2", "账龄 属于 M4、M5"), for head office to read. */
export function conditionText(t: TFunction, c: Condition): string {
  const fact = t(`segments.fact.${c.fact}`);
  switch (c.test) {
    case 'range':
      if (c.min !== undefined && c.max !== undefined) return c.min === c.max ? `${fact} = ${c.min}` : `${fact} ${c.min}–${c.max}`;
      return c.min !== undefined ? `${fact} ≥ ${c.min}` : `${fact} ≤ ${c.max}`;
    case 'oneOf':
      return t('segments.cond.oneOf', { fact, values: c.values.map((v) => valueText(t, c.fact, v)).join(t('segments.cond.sep')) });
    case 'is':
      return t('segments.cond.is', { fact, value: t(c.value ? 'common.yes' : 'common.no') });
    case 'unknown':
      return t('segments.cond.unknown', { fact });
  }
}

function valueText(t: TFunction, fact: 'reason' | 'bucket' | 'riskGrade', v: string): string {
  if (fact === 'bucket') return v;
  return t(`segments.${fact === 'reason' ? 'reason' : 'risk'}.${v}`, { defaultValue: v });
}
