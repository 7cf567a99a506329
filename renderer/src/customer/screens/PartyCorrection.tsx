import { useMemo, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { RETIRE_REASON_MIN_LENGTH } from '../../../../shared/records/limits';
import { RELATED_PARTY_KINDS, type RelatedParty } from '../../../../shared/records/customerFacts';
import { useAppStore } from '../../state/appStore';
import { ChoiceField, FormButtons, FormFields, TextField, useZodForm } from '../../ui/form';
import { retireRelatedParty } from '../actions';
import { correctionSchema, RETIRE_REASON_MAX } from './partyForm';

/**
 * Corrects a person around the debtor (the form starts from what was recorded: fix the number or the name and save)
 * or retires them without a replacement. Either way the person recorded stays on the case, retired.
 */
export function PartyCorrection({ party, onDone }: { party: RelatedParty; onDone: () => void }) {
  const { t } = useTranslation();
  const act = useAppStore((s) => s.act);
  const form = useZodForm(useMemo(() => correctionSchema(t), [t]), { replace: true, kind: party.kind, name: party.name, relation: party.relation ?? '', phone: party.phone ?? '', reason: '' });
  const [error, setError] = useState<string | null>(null);

  const submit = (replace: boolean) => {
    form.setValue('replace', replace);
    return form.handleSubmit(async (v) => {
      setError(null);
      const replacement = v.replace ? { kind: v.kind, name: v.name.trim(), relation: v.relation.trim() || null, phone: v.phone.trim() || null } : null;
      const result = await act(retireRelatedParty, { caseId: party.caseId, partyId: party.id, reason: v.reason, replacement });
      if (!result.ok) return setError(result.error.message);
      onDone();
    })();
  };

  return (
    <FormProvider {...form}>
      <form
        className="card stack"
        data-testid="party-correction"
        aria-label={t('relatedParty.correctTitle', { name: party.name })}
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          void submit(true);
        }}
      >
        <strong>{t('relatedParty.correctTitle', { name: party.name })}</strong>
        <FormFields compact>
          <ChoiceField name="kind" label={t('formRule.partyKind')} choices={RELATED_PARTY_KINDS.map((k) => ({ value: k, label: t(`customer.partyKind.${k}`) }))} testId="correct-kind" />
          <TextField name="name" label={t('customer.partyName')} maxLength={60} required testId="correct-name" />
          <TextField name="relation" label={t('customer.partyRelation')} maxLength={30} testId="correct-relation" />
          <TextField name="phone" label={t('customer.partyPhone')} maxLength={20} inputMode="tel" testId="correct-phone" />
          <TextField name="reason" label={t('relatedParty.reason', { min: RETIRE_REASON_MIN_LENGTH })} maxLength={RETIRE_REASON_MAX} required wide testId="correct-reason" />
        </FormFields>
        <FormButtons>
          <button type="submit" disabled={form.formState.isSubmitting} data-testid="correct-save">
            {t('relatedParty.saveCorrection')}
          </button>
          <button type="button" disabled={form.formState.isSubmitting} onClick={() => void submit(false)} data-testid="correct-retire">
            {t('relatedParty.retireOnly')}
          </button>
          <button type="button" onClick={onDone}>
            {t('relatedParty.cancel')}
          </button>
        </FormButtons>
        {error && (
          <p className="error" role="alert">
            {error}
          </p>
        )}
      </form>
    </FormProvider>
  );
}
