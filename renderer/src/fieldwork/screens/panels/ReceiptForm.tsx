import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../../shared/domain/case';
import { toChineseCapitals } from '../../../../../shared/domain/capitals';
import { CHEQUE_NUMBER_MAX_LENGTH, PAYER_NAME_MAX_LENGTH } from '../../../../../shared/records/limits';
import { RECEIPT_METHODS, type Receipt, type ReceiptMethod } from '../../../../../shared/fieldwork/records';
import { useAppStore } from '../../../state/appStore';
import { recordReceipt } from '../../actions';
import type { ActionError } from '../../state/fieldworkSlice';
import { formatFen } from '../../../ui/format';
import { ActionErrorText, FieldError, nowIso } from './common';
import { readYuan } from './money';

type Field = 'payer' | 'amount' | 'cheque';

/** Issues a receipt (收款收据) for money taken in the field; the number comes from this device's counter. */
export function ReceiptForm({ caseRecord }: { caseRecord: Case }) {
  const { t } = useTranslation();
  const act = useAppStore((s) => s.act);
  const borrower = caseRecord.parties.find((p) => p.role === 'borrower') ?? caseRecord.parties[0];
  const [payer, setPayer] = useState(borrower?.name ?? '');
  const [amount, setAmount] = useState('');
  const [method, setMethod] = useState<ReceiptMethod>('cash');
  const [cheque, setCheque] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ActionError | null>(null);
  const [issued, setIssued] = useState<Receipt | null>(null);
  const id = useId();

  const money = readYuan(amount, { positive: true });
  const errors: Partial<Record<Field, string>> = {};
  if (!payer.trim()) errors.payer = t('panels.receipt.payerRequired');
  else if ([...payer.trim()].length > PAYER_NAME_MAX_LENGTH) errors.payer = t('panels.receipt.payerTooLong');
  if (!money.ok) errors.amount = t(money.key);
  if (method === 'cheque' && !cheque.trim()) errors.cheque = t('panels.receipt.chequeRequired');
  else if (method === 'cheque' && cheque.trim().length > CHEQUE_NUMBER_MAX_LENGTH) errors.cheque = t('panels.receipt.chequeTooLong');
  const shown = (f: Field) => (tried ? (errors[f] ?? null) : null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    setError(null);
    if (Object.keys(errors).length > 0 || !money.ok || busy) return;
    const input = {
      caseId: caseRecord.id,
      payerName: payer.trim(),
      amountFen: money.fen,
      method,
      ...(method === 'cheque' ? { chequeNumber: cheque.trim() } : {}),
      receivedAt: nowIso(),
    };
    setBusy(true);
    const result = await act(recordReceipt, input);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setIssued(result.value);
    setAmount('');
    setCheque('');
    setTried(false);
  };

  return (
    <form className="card panel-form" onSubmit={submit} noValidate data-testid="receipt-form" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('panels.receipt.new')}</h3>
      <div className="field-grid">
        <label htmlFor={`${id}-payer`}>{t('panels.receipt.payer')}</label>
        <div>
          <input id={`${id}-payer`} value={payer} maxLength={60} onChange={(e) => setPayer(e.target.value)} aria-invalid={shown('payer') ? true : undefined} aria-describedby={`${id}-payer-err`} data-testid="receipt-payer" />
          <FieldError id={`${id}-payer-err`} message={shown('payer')} />
        </div>
        <label htmlFor={`${id}-amount`}>{t('panels.receipt.amountYuan')}</label>
        <div>
          <input id={`${id}-amount`} inputMode="decimal" autoComplete="off" value={amount} onChange={(e) => setAmount(e.target.value)} aria-invalid={shown('amount') ? true : undefined} aria-describedby={`${id}-amount-err ${id}-amount-caps`} data-testid="receipt-amount" />
          {money.ok && (
            <div id={`${id}-amount-caps`} className="small muted" data-testid="receipt-amount-capitals">
              {toChineseCapitals(money.fen)}
            </div>
          )}
          <FieldError id={`${id}-amount-err`} message={shown('amount')} />
        </div>
        <label htmlFor={`${id}-method`}>{t('panels.receipt.method')}</label>
        <select id={`${id}-method`} value={method} onChange={(e) => setMethod(e.target.value as ReceiptMethod)} data-testid="receipt-method">
          {RECEIPT_METHODS.map((m) => (
            <option key={m} value={m}>
              {t(`panels.receipt.methods.${m}`)}
            </option>
          ))}
        </select>
        {method === 'cheque' && (
          <>
            <label htmlFor={`${id}-cheque`}>{t('panels.receipt.chequeNumber')}</label>
            <div>
              <input id={`${id}-cheque`} value={cheque} maxLength={30} onChange={(e) => setCheque(e.target.value)} aria-invalid={shown('cheque') ? true : undefined} aria-describedby={`${id}-cheque-err`} data-testid="receipt-cheque" />
              <FieldError id={`${id}-cheque-err`} message={shown('cheque')} />
            </div>
          </>
        )}
      </div>
      <p className="muted small">{t('panels.receipt.receivedNow')}</p>
      <ActionErrorText error={error} testId="receipt-error" />
      {issued && (
        <div className="notice" role="status" data-testid="receipt-issued">
          <div>{t('panels.receipt.issued', { number: issued.number })}</div>
          <div>
            <span className="num" data-testid="receipt-issued-amount">{formatFen(issued.amountFen)}</span>{' '}
            <span data-testid="receipt-issued-capitals">{toChineseCapitals(issued.amountFen)}</span>
          </div>
        </div>
      )}
      <button type="submit" className="primary" disabled={busy} data-testid="receipt-submit">
        {t('panels.receipt.submit')}
      </button>
    </form>
  );
}
