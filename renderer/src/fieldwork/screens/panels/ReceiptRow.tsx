import { useMemo, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { toChineseCapitals } from '../../../../../shared/domain/capitals';
import { MIN_VOID_REASON_LENGTH } from '../../../../../shared/fieldwork/receipts';
import type { Receipt } from '../../../../../shared/fieldwork/records';
import { useAppStore } from '../../../state/appStore';
import { voidReceipt } from '../../actions';
import type { ActionError } from '../../state/fieldworkSlice';
import { formatFen, formatInstant } from '../../../ui/format';
import { ActionErrorText } from './common';
import { FormButtons, FormFields, TextField, useZodForm } from '../../../ui/form';
import { charCount } from './money';
import type { CaseAssignment } from '../../../../../shared/domain/permissions';
import { usePermission } from '../../../access/screens/usePermission';

type Translate = ReturnType<typeof useTranslation>['t'];
const voidSchema = (t: Translate) => z.object({ reason: z.string().trim().max(500).refine((r) => charCount(r) >= MIN_VOID_REASON_LENGTH, t('fieldwork.error.reason_too_short')) });

/** A receipt in the case's list; a wrong one is voided with a reason, never deleted (the paper is out there). */
export function ReceiptRow({ receipt: r, timeZone, assignment }: { receipt: Receipt; timeZone: string; assignment?: CaseAssignment }) {
  const { t, i18n } = useTranslation();
  // Only a supervisor voids (permissions table); others see the receipt without the control.
  const mayVoid = usePermission('void_receipt', assignment).ok;
  const act = useAppStore((s) => s.act);
  const [voiding, setVoiding] = useState(false);
  const form = useZodForm(useMemo(() => voidSchema(t), [t]), { reason: '' });
  const [error, setError] = useState<ActionError | null>(null);

  const submitVoid = form.handleSubmit(async (v) => {
    const result = await act(voidReceipt, { caseId: r.caseId, receiptId: r.id, reason: v.reason });
    if (!result.ok) return setError(result.error);
    setVoiding(false);
  });

  return (
    <li className={r.voided ? 'receipt voided' : 'receipt'} data-testid={`receipt-row-${r.number}`}>
      <div className="row gap">
        <strong className="mono">{r.number}</strong>
        <span className="num">{formatFen(r.amountFen)}</span>
        <span className="small muted">{toChineseCapitals(r.amountFen)}</span>
        <span className="pill">{t(`panels.receipt.methods.${r.method}`)}</span>
        {r.chequeNumber && <span className="small">{t('panels.receipt.chequeNo', { number: r.chequeNumber })}</span>}
        <span className="small muted">
          {r.payerName} · {formatInstant(r.receivedAt, i18n.language, timeZone)}
        </span>
        {r.voided ? (
          <span className="pill voided" data-testid={`receipt-voided-${r.id}`}>
            {t('panels.receipt.voidedAt', { date: formatInstant(r.voided.at, i18n.language, timeZone), reason: r.voided.reason })}
          </span>
        ) : (
          mayVoid &&
          !voiding && (
            <button type="button" className="small" onClick={() => setVoiding(true)} data-testid={`receipt-void-${r.id}`}>
              {t('panels.receipt.void')}
            </button>
          )
        )}
      </div>
      {mayVoid && voiding && !r.voided && (
        <FormProvider {...form}>
          <form className="receipt-void-form" onSubmit={submitVoid} onKeyDown={(e) => e.key === 'Escape' && setVoiding(false)} noValidate data-testid={`receipt-void-form-${r.id}`} aria-label={t('panels.receipt.void')}>
            <FormFields compact>
              <TextField name="reason" label={t('panels.receipt.voidReason')} maxLength={500} autoFocus required wide testId="receipt-void-reason" />
            </FormFields>
            <FormButtons>
              <button type="submit" className="primary" disabled={form.formState.isSubmitting} data-testid="receipt-void-confirm">
                {t('panels.receipt.confirmVoid')}
              </button>
              <button type="button" onClick={() => setVoiding(false)}>
                {t('common.cancel')}
              </button>
            </FormButtons>
          </form>
        </FormProvider>
      )}
      <ActionErrorText error={error} />
    </li>
  );
}
