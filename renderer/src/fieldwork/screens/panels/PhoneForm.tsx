import { useMemo, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { CONTACT_SOURCES, PhoneSchema } from '../../../../../shared/domain/case';
import { useAppStore } from '../../../state/appStore';
import { ChoiceField, FormButtons, FormFields, TextField, useZodForm } from '../../../ui/form';
import { addPhone } from '../../actions';
import type { ActionError } from '../../state/fieldworkSlice';
import { ActionErrorText } from './common';

const PHONE_KINDS = PhoneSchema.shape.kind.options;
/** The same pattern the Phone schema enforces, checked here first so the message is a translated one. */
const PHONE_RE = /^\+?[0-9-]{5,20}$/;
type Translate = ReturnType<typeof useTranslation>['t'];

const phoneSchema = (t: Translate) =>
  z.object({
    // People type spaces in numbers ("138 0000 0000"); they are not part of it.
    number: z
      .string()
      .transform((s) => s.replace(/\s+/g, ''))
      .pipe(z.string().min(1, t('panels.contact.phoneRequired')).regex(PHONE_RE, t('panels.contact.phoneInvalid'))),
    kind: z.enum(PHONE_KINDS),
    source: z.enum(CONTACT_SOURCES),
  });

/** Adds a number found by skip tracing or given by the customer; the old ones stay as history. */
export function PhoneForm({ caseId, partyId, onClose }: { caseId: string; partyId: string; onClose: () => void }) {
  const { t } = useTranslation();
  const act = useAppStore((s) => s.act);
  const schema = useMemo(() => phoneSchema(t), [t]);
  const form = useZodForm(schema, { number: '', kind: 'mobile', source: 'skip_trace' });
  const [error, setError] = useState<ActionError | null>(null);

  const submit = form.handleSubmit(async (phone) => {
    setError(null);
    const result = await act(addPhone, { caseId, partyId, phone });
    if (!result.ok) return setError(result.error);
    onClose();
  });

  return (
    <FormProvider {...form}>
      <form
        className="panel-form"
        onSubmit={submit}
        noValidate
        data-testid={`phone-form-${partyId}`}
        aria-label={t('panels.contact.addPhone')}
        // Esc closes the form only while nothing is typed: it never throws a number away.
        onKeyDown={(e) => e.key === 'Escape' && form.getValues('number').trim() === '' && onClose()}
      >
        <FormFields>
          <TextField name="number" label={t('panels.contact.number')} inputMode="tel" autoFocus required testId="phone-number-input" />
          <ChoiceField name="kind" label={t('panels.contact.phoneKind')} choices={PHONE_KINDS.map((k) => ({ value: k, label: t(`phoneKind.${k}`) }))} testId="phone-kind" />
          <ChoiceField name="source" label={t('panels.contact.source')} choices={CONTACT_SOURCES.map((s) => ({ value: s, label: t(`source.${s}`) }))} testId="phone-source" />
        </FormFields>
        <ActionErrorText error={error} testId="phone-error" />
        <FormButtons>
          <button type="submit" className="primary" disabled={form.formState.isSubmitting} data-testid="phone-add-submit">
            {t('panels.contact.addPhone')}
          </button>
          <button type="button" onClick={onClose}>
            {t('common.cancel')}
          </button>
        </FormButtons>
      </form>
    </FormProvider>
  );
}
