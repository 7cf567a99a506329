import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { ChoiceField, FormFields, TextField } from '../../ui/form';
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
type Translate = ReturnType<typeof useTranslation>['t'];

/** The draft as a field of a kit form (`facts`): what the record's schema refuses is shown on its own field. */
export const factsDraftSchema = (t: Translate) =>
  z
    .object({ reason: z.string(), ability: z.string(), willingness: z.string(), employer: z.string(), occupation: z.string(), incomeBand: z.string(), payday: z.string(), household: z.string() })
    .superRefine((d, ctx) => {
      const parsed = factsOfDraft(d);
      if (!parsed.ok) ctx.addIssue({ code: 'custom', path: [parsed.field], message: t('customer.error.badField', { field: t(`customer.fact.${parsed.field}`) }) });
    });

type WithFacts = { facts: FactsDraft };

/** The fields of what a collector learns, in a kit form holding `facts`: on the contact form (optional) and on the case's customer card. */
export function LearnedFields({ compact = false }: { compact?: boolean }) {
  const { t } = useTranslation();
  const select = (key: keyof FactsDraft, options: readonly string[], label: (o: string) => string) => (
    <ChoiceField<WithFacts> name={`facts.${key}`} label={t(`customer.fact.${key}`)} prompt={t('customer.notSet')} choices={options.map((o) => ({ value: o, label: label(o) }))} testId={`fact-${key}`} />
  );
  return (
    <div data-testid="learned-fields">
      <FormFields compact>
        {select('reason', ARREARS_REASONS, (o) => t(`customer.reason.${o}`))}
        {select('ability', SCALE, (o) => `${o} ${t(`customer.scale.${o}`)}`)}
        {select('willingness', SCALE, (o) => `${o} ${t(`customer.scale.${o}`)}`)}
        <TextField<WithFacts> name="facts.payday" type="number" min={1} max={31} label={t('customer.fact.payday')} testId="fact-payday" />
        {!compact && (
          <>
            {select('incomeBand', INCOME_BANDS, (o) => t(`customer.income.${o}`))}
            <TextField<WithFacts> name="facts.employer" label={t('customer.fact.employer')} maxLength={100} testId="fact-employer" />
            <TextField<WithFacts> name="facts.occupation" label={t('customer.fact.occupation')} maxLength={100} testId="fact-occupation" />
            <TextField<WithFacts> name="facts.household" label={t('customer.fact.household')} maxLength={200} wide testId="fact-household" />
          </>
        )}
      </FormFields>
    </div>
  );
}
