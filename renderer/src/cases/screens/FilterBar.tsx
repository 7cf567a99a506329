import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { BUCKETS } from '../../../../shared/domain/buckets';
import { CASE_STATUSES, CLASSIFICATIONS, PRODUCTS, RISKS } from '../../../../shared/domain/case';
import { parseYuanToFen } from '../../../../shared/domain/money';
import type { CaseListFilters } from '../../../../shared/domain/caseQuery';
import { useAppStore } from '../../state/appStore';
import { MultiSelect } from '../../ui/MultiSelect';
import { SEGMENT_IDS } from '../../../../shared/segments/ids';

/** Whole-number input that reads empty as "no bound". */
function parseWhole(text: string): number | null | 'invalid' {
  if (text.trim() === '') return null;
  return /^\d+$/.test(text.trim()) ? Number(text.trim()) : 'invalid';
}

function parseAmount(text: string): number | null | 'invalid' {
  if (text.trim() === '') return null;
  try {
    return parseYuanToFen(text);
  } catch {
    return 'invalid';
  }
}

/** A bound input that keeps what the user typed and applies it only when it parses. */
function BoundInput({
  label,
  initial,
  parse,
  onValid,
  errorText,
  testId,
}: {
  label: string;
  initial: string;
  parse: (text: string) => number | null | 'invalid';
  onValid: (value: number | null) => void;
  errorText: string;
  testId: string;
}) {
  const [text, setText] = useState(initial);
  const parsed = parse(text);
  return (
    <label className="bound">
      <span className="sr-only">{label}</span>
      <input
        value={text}
        placeholder={label}
        inputMode="decimal"
        aria-invalid={parsed === 'invalid'}
        title={parsed === 'invalid' ? errorText : undefined}
        data-testid={testId}
        onChange={(e) => {
          setText(e.target.value);
          const p = parse(e.target.value);
          if (p !== 'invalid') onValid(p);
        }}
      />
    </label>
  );
}

const yuan = (fen: number | null) => (fen === null ? '' : String(fen / 100));

export function FilterBar() {
  const { t } = useTranslation();
  const filters = useAppStore((s) => s.filters);
  const rows = useAppStore((s) => s.rows);
  const setFilter = useAppStore((s) => s.setFilter);
  const officers = useMemo(() => {
    const byId = new Map<string, string>();
    for (const r of rows) if (r.officerId && !byId.has(r.officerId)) byId.set(r.officerId, r.officerName ?? r.officerId);
    // Unassigned cases match the officer '' (caseQuery); the team view opens the list filtered so.
    if (rows.some((r) => r.officerId === null)) byId.set('', t('team.unassigned'));
    return [...byId.entries()];
  }, [rows, t]);
  const set = <K extends keyof CaseListFilters>(key: K) => (value: CaseListFilters[K]) => setFilter(key, value);
  // Remount bound inputs when filters are cleared or a view is applied, so they show the new values.
  const epoch = useAppStore((s) => s.filtersEpoch);

  return (
    <div className="filter-bar" key={epoch}>
      <MultiSelect label={t('filter.bucket')} options={BUCKETS.map((b) => ({ value: b, label: b }))} value={filters.buckets} onChange={set('buckets')} testId="filter-bucket" anyLabel={t('filter.any')} />
      <fieldset className="range">
        <legend>{t('filter.dpd')}</legend>
        <BoundInput label={t('filter.min')} initial={filters.dpdMin?.toString() ?? ''} parse={parseWhole} onValid={set('dpdMin')} errorText={t('filter.invalidAmount')} testId="filter-dpd-min" />
        <span>–</span>
        <BoundInput label={t('filter.max')} initial={filters.dpdMax?.toString() ?? ''} parse={parseWhole} onValid={set('dpdMax')} errorText={t('filter.invalidAmount')} testId="filter-dpd-max" />
      </fieldset>
      <fieldset className="range">
        <legend>{t('filter.amount')}</legend>
        <BoundInput label={t('filter.min')} initial={yuan(filters.amountMinFen)} parse={parseAmount} onValid={set('amountMinFen')} errorText={t('filter.invalidAmount')} testId="filter-amount-min" />
        <span>–</span>
        <BoundInput label={t('filter.max')} initial={yuan(filters.amountMaxFen)} parse={parseAmount} onValid={set('amountMaxFen')} errorText={t('filter.invalidAmount')} testId="filter-amount-max" />
      </fieldset>
      <MultiSelect label={t('filter.product')} options={PRODUCTS.map((p) => ({ value: p, label: t(`product.${p}`) }))} value={filters.products} onChange={set('products')} testId="filter-product" anyLabel={t('filter.any')} />
      <MultiSelect label={t('filter.status')} options={CASE_STATUSES.map((s) => ({ value: s, label: t(`caseStatus.${s}`) }))} value={filters.statuses} onChange={set('statuses')} testId="filter-status" anyLabel={t('filter.any')} />
      <MultiSelect label={t('filter.classification')} options={CLASSIFICATIONS.map((c) => ({ value: c, label: t(`classification.${c}`) }))} value={filters.classifications} onChange={set('classifications')} testId="filter-classification" anyLabel={t('filter.any')} />
      <MultiSelect label={t('filter.risk')} options={RISKS.map((r) => ({ value: r, label: t(`risk.${r}`) }))} value={filters.risks} onChange={set('risks')} testId="filter-risk" anyLabel={t('filter.any')} />
      <MultiSelect label={t('column.segment')} options={SEGMENT_IDS.map((id) => ({ value: id, label: t(`customer.segment.${id}`) }))} value={filters.segments ?? []} onChange={set('segments')} testId="filter-segment" anyLabel={t('filter.any')} />
      <MultiSelect label={t('filter.officer')} options={officers.map(([id, name]) => ({ value: id, label: name }))} value={filters.officerIds} onChange={set('officerIds')} testId="filter-officer" anyLabel={t('filter.any')} />
    </div>
  );
}
