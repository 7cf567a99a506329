import { useMemo, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { AddressSchema, CONTACT_SOURCES } from '../../../../../shared/domain/case';
import { useAppStore } from '../../../state/appStore';
import { ChoiceField, FormButtons, FormFields, TextField, useZodForm } from '../../../ui/form';
import { addAddress } from '../../actions';
import type { ActionError } from '../../state/fieldworkSlice';
import { ActionErrorText } from './common';

const ADDRESS_KINDS = AddressSchema.shape.kind.options;
type Translate = ReturnType<typeof useTranslation>['t'];

const addressSchema = (t: Translate) => {
  const required = z.string().trim().min(1, t('panels.contact.required')).max(200);
  return z.object({
    kind: z.enum(ADDRESS_KINDS),
    province: required,
    city: required,
    district: z.string().trim().max(200),
    line: required,
    postcode: z.string().trim().regex(/^\d{6}$/, t('panels.contact.postcodeInvalid')),
    source: z.enum(CONTACT_SOURCES),
  });
};

/** Adds an address (new home, workplace found by skip tracing); old ones are retired, not edited. */
export function AddressForm({ caseId, partyId, onClose }: { caseId: string; partyId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const act = useAppStore((s) => s.act);
  const schema = useMemo(() => addressSchema(t), [t]);
  const form = useZodForm(schema, { kind: 'home', province: '', city: '', district: '', line: '', postcode: '', source: 'skip_trace' });
  const [error, setError] = useState<ActionError | null>(null);

  const submit = form.handleSubmit(async (address) => {
    setError(null);
    const result = await act(addAddress, { caseId, partyId, address });
    if (!result.ok) return setError(result.error);
    onClose();
  });

  return (
    <FormProvider {...form}>
      <form className="panel-form" onSubmit={submit} noValidate data-testid={`address-form-${partyId}`} aria-label={t('panels.contact.addAddress')}>
        <FormFields>
          <ChoiceField name="kind" label={t('panels.contact.addressKind')} choices={ADDRESS_KINDS.map((k) => ({ value: k, label: t(`addressKind.${k}`) }))} autoFocus testId="address-kind" />
          <TextField name="province" label={t('panels.contact.province')} maxLength={200} required testId="address-province" />
          <TextField name="city" label={t('panels.contact.city')} maxLength={200} required testId="address-city" />
          <TextField name="district" label={t('panels.contact.district')} maxLength={200} testId="address-district" />
          <TextField name="line" label={t('panels.contact.line')} maxLength={200} required testId="address-line" />
          <TextField name="postcode" label={t('panels.contact.postcode')} maxLength={6} inputMode="numeric" required testId="address-postcode" />
          <ChoiceField name="source" label={t('panels.contact.source')} choices={CONTACT_SOURCES.map((s) => ({ value: s, label: t(`source.${s}`) }))} testId="address-source" />
        </FormFields>
        <ActionErrorText error={error} testId="address-error" />
        <FormButtons>
          <button type="submit" className="primary" disabled={form.formState.isSubmitting} data-testid="address-add-submit">
            {t('panels.contact.addAddress')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </FormButtons>
      </form>
    </FormProvider>
  );
}
