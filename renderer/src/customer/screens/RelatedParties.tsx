import { useMemo, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/domain/case';
import { maskPhone } from '../../../../shared/domain/masks';
import { RELATED_PARTY_KINDS, THIRD_PARTY_CLASS_OF, isContactable, type RelatedParty } from '../../../../shared/records/customerFacts';
import { Permitted } from '../../access/screens/Permitted';
import { useAppStore } from '../../state/appStore';
import { addRelatedParty } from '../actions';
import { PartyCorrection } from './PartyCorrection';
import { partySchema } from './partyForm';
import { ChoiceField, FormButtons, FormFields, TextField, useZodForm } from '../../ui/form';

const BLANK = { name: '', relation: '', phone: '' };

/** The people around the debtor, each with the third-party class the pack judges them by; a form to add one, and to correct or retire one. */
export function RelatedParties({ caseRecord, parties }: { caseRecord: Case; parties: readonly RelatedParty[] }) {
  const { t } = useTranslation();
  const act = useAppStore((s) => s.act);
  const form = useZodForm(useMemo(() => partySchema(t), [t]), { kind: 'emergency_contact', ...BLANK });
  const [error, setError] = useState<string | null>(null);
  const [correcting, setCorrecting] = useState<string | null>(null);
  const active = parties.filter(isContactable);
  const retired = parties.filter((p) => !isContactable(p));
  const byId = new Map(parties.map((p) => [p.id, p]));
  const add = form.handleSubmit(async (v) => {
    setError(null);
    const result = await act(addRelatedParty, { caseId: caseRecord.id, kind: v.kind, name: v.name.trim(), relation: v.relation.trim() || null, phone: v.phone.trim() || null });
    if (!result.ok) return setError(result.error.message);
    form.reset({ kind: v.kind, ...BLANK });
  });
  return (
    <div data-testid="related-parties">
      <h3>{t('customer.parties')}</h3>
      {active.length === 0 ? (
        <p className="muted small">{t('customer.noParties')}</p>
      ) : (
        <ul className="plain">
          {active.map((p) => (
            <li key={p.id} data-testid="related-party">
              <strong>{p.name}</strong> · {t(`customer.partyKind.${p.kind}`)}
              {p.relation ? `（${p.relation}）` : ''} {p.phone ? maskPhone(p.phone) : ''}
              <Permitted action="edit_contacts" target={caseRecord.assignment}>
                {' '}
                <button type="button" className="link" onClick={() => setCorrecting(p.id)} data-testid="party-correct">
                  {t('relatedParty.correct')}
                </button>
              </Permitted>
              <div className="muted small">{t('customer.partyClass', { cls: t(`customer.cls.${THIRD_PARTY_CLASS_OF[p.kind]}`) })}</div>
              {correcting === p.id && <PartyCorrection party={p} onDone={() => setCorrecting(null)} />}
            </li>
          ))}
        </ul>
      )}
      {retired.length > 0 && (
        <details data-testid="retired-parties">
          <summary className="muted small">
            {t('relatedParty.retiredList')}（{retired.length}）
          </summary>
          <ul className="plain">
            {retired.map((p) => (
              <li key={p.id} className="muted" data-testid="retired-party">
                <s>{p.name}</s> · {t(`customer.partyKind.${p.kind}`)} {p.phone ? maskPhone(p.phone) : ''} <span className="pill">{t('relatedParty.retired')}</span>
                <div className="small">
                  {t('relatedParty.retiredLine', { date: p.retired!.at.slice(0, 10), reason: p.retired!.reason })}
                  {p.retired!.replacedBy && byId.get(p.retired!.replacedBy) ? ` · ${t('relatedParty.replacedBy', { name: byId.get(p.retired!.replacedBy)!.name })}` : ''}
                </div>
              </li>
            ))}
          </ul>
        </details>
      )}
      <Permitted action="edit_contacts" target={caseRecord.assignment}>
        <FormProvider {...form}>
          <form onSubmit={add} noValidate aria-label={t('customer.addParty')}>
            <FormFields compact>
              <ChoiceField name="kind" label={t('formRule.partyKind')} choices={RELATED_PARTY_KINDS.map((k) => ({ value: k, label: t(`customer.partyKind.${k}`) }))} testId="party-kind" />
              <TextField name="name" label={t('customer.partyName')} maxLength={60} required testId="party-name" />
              <TextField name="relation" label={t('customer.partyRelation')} maxLength={30} testId="party-relation" />
              <TextField name="phone" label={t('customer.partyPhone')} maxLength={20} inputMode="tel" testId="party-phone" />
            </FormFields>
            <FormButtons>
              <button type="submit" disabled={form.formState.isSubmitting} data-testid="party-add">
                {t('customer.addParty')}
              </button>
              {error && (
                <span className="error" role="alert">
                  {error}
                </span>
              )}
            </FormButtons>
          </form>
        </FormProvider>
      </Permitted>
    </div>
  );
}
