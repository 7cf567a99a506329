import { useMemo, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Case } from '../../../../../shared/domain/case';
import { toChineseCapitals } from '../../../../../shared/domain/capitals';
import { CHEQUE_NUMBER_MAX_LENGTH, PAYER_NAME_MAX_LENGTH } from '../../../../../shared/records/limits';
import { RECEIPT_METHODS, type Receipt } from '../../../../../shared/fieldwork/records';
import { useAppStore } from '../../../state/appStore';
import { ChoiceField, FormButtons, FormFields, TextField, useZodForm } from '../../../ui/form';
import { recordReceipt } from '../../actions';
import type { ActionError } from '../../state/fieldworkSlice';
import { formatFen } from '../../../ui/format';
import { ActionErrorText, nowIso } from './common';
import { readYuan, yuanText } from './money';

type Translate = ReturnType<typeof useTranslation>['t'];

// A cheque is named by its number; cash and transfers need none.
const receiptSchema = (t: Translate) =>
  z
    .object({
      payer: z
        .string()
        .trim()
        .min(1, t('panels.receipt.payerRequired'))
        .refine((s) => [...s].length <= PAYER_NAME_MAX_LENGTH, t('panels.receipt.payerTooLong')),
      amount: yuanText(t, { positive: true }),
      method: z.enum(RECEIPT_METHODS),
      cheque: z.string().trim(),
    })
    .superRefine((v, ctx) => {
      if (v.method !== 'cheque') return;
      if (v.cheque === '') ctx.addIssue({ code: 'custom', path: ['cheque'], message: t('panels.receipt.chequeRequired') });
      else if (v.cheque.length > CHEQUE_NUMBER_MAX_LENGTH) ctx.addIssue({ code: 'custom', path: ['cheque'], message: t('panels.receipt.chequeTooLong') });
    });

/** Issues a receipt (收款收据) for money taken in the field; the number comes from this device's counter. */
export function ReceiptForm({ caseRecord }: { caseRecord: Case }) {
  const { t } = useTranslation();
  const act = useAppStore((s) => s.act);
  const borrower = caseRecord.parties.find((p) => p.role === 'borrower') ?? caseRecord.parties[0];
  const schema = useMemo(() => receiptSchema(t), [t]);
  const form = useZodForm(schema, { payer: borrower?.name ?? '', amount: '', method: 'cash', cheque: '' });
  const [error, setError] = useState<ActionError | null>(null);
  const [issued, setIssued] = useState<Receipt | null>(null);
  const method = form.watch('method');
  // The amount in capitals (大写) as it is typed, as the receipt will print it.
  const money = readYuan(form.watch('amount') ?? '', { positive: true });

  const submit = form.handleSubmit(async (v) => {
    setError(null);
    const input = { caseId: caseRecord.id, payerName: v.payer, amountFen: v.amount, method: v.method, ...(v.method === 'cheque' ? { chequeNumber: v.cheque } : {}), receivedAt: nowIso() };
    const result = await act(recordReceipt, input);
    if (!result.ok) return setError(result.error);
    setIssued(result.value);
    form.reset({ payer: v.payer, amount: '', method: v.method, cheque: '' });
  });

  return (
    <FormProvider {...form}>
      <form className="card panel-form" onSubmit={submit} noValidate data-testid="receipt-form" aria-label={t('panels.receipt.new')}>
        <h3>{t('panels.receipt.new')}</h3>
        <FormFields>
          <TextField name="payer" label={t('panels.receipt.payer')} maxLength={60} required testId="receipt-payer" />
          <TextField
            name="amount"
            label={t('panels.receipt.amountYuan')}
            inputMode="decimal"
            autoComplete="off"
            required
            testId="receipt-amount"
            hint={money.ok ? <span data-testid="receipt-amount-capitals">{toChineseCapitals(money.fen)}</span> : undefined}
          />
          <ChoiceField name="method" label={t('panels.receipt.method')} choices={RECEIPT_METHODS.map((m) => ({ value: m, label: t(`panels.receipt.methods.${m}`) }))} testId="receipt-method" />
          {method === 'cheque' && <TextField name="cheque" label={t('panels.receipt.chequeNumber')} maxLength={30} required testId="receipt-cheque" />}
        </FormFields>
        <p className="muted small">{t('panels.receipt.receivedNow')}</p>
        <ActionErrorText error={error} testId="receipt-error" />
        {issued && (
          <div className="notice" role="status" data-testid="receipt-issued">
            <div>{t('panels.receipt.issued', { number: issued.number })}</div>
            <div>
              <span className="num" data-testid="receipt-issued-amount">{formatFen(issued.amountFen)}</span> <span data-testid="receipt-issued-capitals">{toChineseCapitals(issued.amountFen)}</span>
            </div>
          </div>
        )}
        <FormButtons>
          <button type="submit" className="primary" disabled={form.formState.isSubmitting} data-testid="receipt-submit">
            {t('panels.receipt.submit')}
          </button>
        </FormButtons>
      </form>
    </FormProvider>
  );
}
