import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { toChineseCapitals } from '../../../../../shared/domain/capitals';
import { MIN_VOID_REASON_LENGTH } from '../../../../../shared/fieldwork/receipts';
import type { Receipt } from '../../../../../shared/fieldwork/records';
import { useAppStore } from '../../../state/appStore';
import { voidReceipt } from '../../actions';
import type { ActionError } from '../../state/fieldworkSlice';
import { formatFen, formatInstant } from '../../../ui/format';
import { ActionErrorText, FieldError } from './common';
import { charCount } from './money';
import type { CaseAssignment } from '../../../../../shared/domain/permissions';
import { usePermission } from '../../../access/screens/usePermission';

/** A receipt in the case's list; a wrong one is voided with a reason, never deleted (the paper is out there). */
export function ReceiptRow({ receipt: r, timeZone, assignment }: { receipt: Receipt; timeZone: string; assignment?: CaseAssignment }) {
  const { t, i18n } = useTranslation();
  // Only a supervisor voids (permissions table); others see the receipt without the control.
  const mayVoid = usePermission('void_receipt', assignment).ok;
  const act = useAppStore((s) => s.act);
  const [voiding, setVoiding] = useState(false);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ActionError | null>(null);
  const id = useId();
  const reasonError = tried && charCount(reason) < MIN_VOID_REASON_LENGTH ? t('fieldwork.error.reason_too_short') : null;

  const submitVoid = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    if (charCount(reason) < MIN_VOID_REASON_LENGTH || busy) return;
    setBusy(true);
    const result = await act(voidReceipt, { caseId: r.caseId, receiptId: r.id, reason: reason.trim() });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setVoiding(false);
  };

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
        <form className="row gap" onSubmit={submitVoid} noValidate data-testid={`receipt-void-form-${r.id}`}>
          <label htmlFor={`${id}-reason`}>{t('panels.receipt.voidReason')}</label>
          <input id={`${id}-reason`} autoFocus value={reason} maxLength={500} onChange={(e) => setReason(e.target.value)} aria-invalid={reasonError ? true : undefined} aria-describedby={`${id}-reason-err`} data-testid="receipt-void-reason" onKeyDown={(e) => e.key === 'Escape' && setVoiding(false)} />
          <button type="submit" className="primary" disabled={busy} data-testid="receipt-void-confirm">
            {t('panels.receipt.confirmVoid')}
          </button>
          <button type="button" onClick={() => setVoiding(false)}>
            {t('common.cancel')}
          </button>
          <FieldError id={`${id}-reason-err`} message={reasonError} />
        </form>
      )}
      <ActionErrorText error={error} />
    </li>
  );
}
