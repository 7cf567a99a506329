import { useMemo, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Case } from '../../../../shared/domain/case';
import { PAYMENT_REFERENCE_MAX_LENGTH } from '../../../../shared/records/limits';
import { useAppStore } from '../../state/appStore';
import { DateField, FormButtons, FormFields, TextField, dateText, useZodForm } from '../../ui/form';
import { recordPayment } from '../actions';
import { yuanText } from './panels/money';

type Translate = ReturnType<typeof useTranslation>['t'];

// A payment the debtor already made: a positive amount, on a day that has come (not after today in the case's zone).
const paymentSchema = (t: Translate, today: string) =>
  z.object({
    amount: yuanText(t, { positive: true }),
    paidOn: dateText(t, { max: today }),
    reference: z.string().trim().max(PAYMENT_REFERENCE_MAX_LENGTH),
  });

/** Records a payment the debtor made (seen on a statement, told by the debtor); head office matches it later. */
export function PaymentForm({ caseRecord: c, today }: { caseRecord: Case; today: string }) {
  const { t } = useTranslation();
  const act = useAppStore((s) => s.act);
  const schema = useMemo(() => paymentSchema(t, today), [t, today]);
  const form = useZodForm(schema, { amount: '', paidOn: today, reference: '' });
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const submit = form.handleSubmit(async (v) => {
    setMessage(null);
    const result = await act(recordPayment, { caseId: c.id, amountFen: v.amount, paidOn: v.paidOn, reference: v.reference || null });
    if (!result.ok) return setMessage({ ok: false, text: t(result.error.key, result.error.params) });
    form.reset({ amount: '', paidOn: v.paidOn, reference: '' });
    setMessage({ ok: true, text: t('fieldwork.promises.paymentSaved') });
  });

  return (
    <FormProvider {...form}>
      <form className="card panel-form" data-testid="payment-form" onSubmit={submit} noValidate aria-label={t('fieldwork.promises.recordPayment')}>
        <h3>{t('fieldwork.promises.recordPayment')}</h3>
        <FormFields>
          <TextField name="amount" label={t('fieldwork.promises.paymentAmount')} inputMode="decimal" autoComplete="off" required testId="payment-amount" />
          <DateField name="paidOn" label={t('fieldwork.promises.paidOn')} max={today} required testId="payment-date" />
          <TextField name="reference" label={t('fieldwork.promises.reference')} maxLength={PAYMENT_REFERENCE_MAX_LENGTH} testId="payment-reference" />
        </FormFields>
        <FormButtons>
          <button type="submit" className="primary" disabled={form.formState.isSubmitting} data-testid="payment-submit">
            {t('common.save')}
          </button>
          {message && (
            <span className={message.ok ? 'ok' : 'error'} role={message.ok ? 'status' : 'alert'}>
              {message.text}
            </span>
          )}
        </FormButtons>
      </form>
    </FormProvider>
  );
}
