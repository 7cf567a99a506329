import { useTranslation } from 'react-i18next';
import { ARREARS_REASONS, CustomerFactsFieldsSchema, INCOME_BANDS, SCALE_MAX, type CustomerFactsFields } from '../../../../shared/records/customerFacts';

/** What the form holds as typed: '' is "not learned this time". */
export interface FactsDraft {
  reason: string;
  ability: string;
  willingness: string;
  employer: string;
  occupation: string;
  incomeBand: string;
  payday: string;
  household: string;
}

export const EMPTY_DRAFT: FactsDraft = { reason: '', ability: '', willingness: '', employer: '', occupation: '', incomeBand: '', payday: '', household: '' };

const PartialFacts = CustomerFactsFieldsSchema.partial();

/** The facts to record: only what was filled in, checked by the record's schema; or the first field it refuses. */
export function factsOfDraft(d: FactsDraft): { ok: true; facts: Partial<CustomerFactsFields> } | { ok: false; field: keyof FactsDraft } {
  const raw: Record<string, unknown> = {};
  for (const key of Object.keys(d) as (keyof FactsDraft)[]) {
    const v = d[key].trim();
    if (v !== '') raw[key] = key === 'ability' || key === 'willingness' || key === 'payday' ? Number(v) : v;
  }
  const parsed = PartialFacts.safeParse(raw);
  return parsed.success ? { ok: true, facts: parsed.data } : { ok: false, field: parsed.error.issues[0]!.path[0] as keyof FactsDraft };
}

export const isEmptyDraft = (d: FactsDraft): boolean => Object.values(d).every((v) => v.trim() === '');

const SCALE = Array.from({ length: SCALE_MAX + 1 }, (_, i) => String(i));

/** The fields of what a collector learns: on the contact form (optional) and on the case's customer card. */
export function LearnedFields({ value, onChange, compact = false }: { value: FactsDraft; onChange: (d: FactsDraft) => void; compact?: boolean }) {
  const { t } = useTranslation();
  const set = (key: keyof FactsDraft) => (e: { target: { value: string } }) => onChange({ ...value, [key]: e.target.value });
  const select = (key: keyof FactsDraft, options: readonly string[], label: (o: string) => string) => (
    <label>
      {t(`customer.fact.${key}`)}
      <select value={value[key]} onChange={set(key)} data-testid={`fact-${key}`}>
        <option value="">{t('customer.notSet')}</option>
        {options.map((o) => (
          <option key={o} value={o}>
            {label(o)}
          </option>
        ))}
      </select>
    </label>
  );
  return (
    <div className="form-grid" data-testid="learned-fields">
      {select('reason', ARREARS_REASONS, (o) => t(`customer.reason.${o}`))}
      {select('ability', SCALE, (o) => `${o} ${t(`customer.scale.${o}`)}`)}
      {select('willingness', SCALE, (o) => `${o} ${t(`customer.scale.${o}`)}`)}
      <label>
        {t('customer.fact.payday')}
        <input type="number" min={1} max={31} value={value.payday} onChange={set('payday')} data-testid="fact-payday" />
      </label>
      {!compact && (
        <>
          {select('incomeBand', INCOME_BANDS, (o) => t(`customer.income.${o}`))}
          <label>
            {t('customer.fact.employer')}
            <input value={value.employer} maxLength={100} onChange={set('employer')} data-testid="fact-employer" />
          </label>
          <label>
            {t('customer.fact.occupation')}
            <input value={value.occupation} maxLength={100} onChange={set('occupation')} data-testid="fact-occupation" />
          </label>
          <label className="wide">
            {t('customer.fact.household')}
            <input value={value.household} maxLength={200} onChange={set('household')} data-testid="fact-household" />
          </label>
        </>
      )}
    </div>
  );
}
