import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/domain/case';
import { parseYuanToFen } from '../../../../shared/domain/money';
import { PAYMENT_REFERENCE_MAX_LENGTH } from '../../../../shared/records/limits';
import { evaluatePromises } from '../../../../shared/fieldwork';
import { countOnce } from '../../../../shared/payments/countOnce';
import { useAppStore } from '../../state/appStore';
import { recordPayment } from '../actions';
import { clock } from '../../state/clock';
import { formatFen, todayIn } from '../../ui/format';
import { graceDays } from '../graceDays';

/** Promises with their state (payments matched oldest first), and recording a payment the debtor made. */
export function PromisesPanel({ caseRecord: c }: { caseRecord: Case }) {
  const { t } = useTranslation();
  const work = useAppStore((s) => s.caseWork);
  const act = useAppStore((s) => s.act);
  const today = todayIn(c.timeZone, clock.now());
  const [amount, setAmount] = useState('');
  const [paidOn, setPaidOn] = useState(today);
  const [reference, setReference] = useState('');
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);
  if (!work) return null;
  const counted = countOnce(work.payments);
  const countedIds = new Set(counted.map((p) => p.id));
  const evaluations = evaluatePromises(work.promises, counted, today, { graceDays: graceDays(), timeZone: c.timeZone });

  const record = async () => {
    let amountFen: number;
    try {
      amountFen = parseYuanToFen(amount);
    } catch {
      return setMessage({ ok: false, text: t('fieldwork.log.promiseAmountInvalid') });
    }
    const result = await act(recordPayment, { caseId: c.id, amountFen, paidOn, reference: reference.trim() || null });
    if (!result.ok) return setMessage({ ok: false, text: t(result.error.key, result.error.params) });
    setAmount('');
    setReference('');
    setMessage({ ok: true, text: t('fieldwork.promises.paymentSaved') });
  };

  return (
    <section data-testid="promises-panel">
      <h3>
        {t('fieldwork.promises.title')} <span className="muted small">{t('fieldwork.promises.graceDays', { days: graceDays() })}</span>
      </h3>
      {evaluations.length === 0 && <p className="muted">{t('fieldwork.promises.none')}</p>}
      {evaluations.length > 0 && (
        <table className="grid">
          <thead>
            <tr>
              <th>{t('fieldwork.promises.amount')}</th>
              <th>{t('fieldwork.promises.due')}</th>
              <th>{t('fieldwork.promises.grace')}</th>
              <th>{t('fieldwork.promises.paid')}</th>
              <th>{t('fieldwork.promises.shortfall')}</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {evaluations.map((e) => (
              <tr key={e.promiseId} data-testid={`promise-${e.promiseId}`}>
                <td className="num">{formatFen(e.amountFen)}</td>
                <td>{e.dueDate}</td>
                <td>{e.graceEndsOn}</td>
                <td className="num">{formatFen(e.paidFen)}</td>
                <td className="num">{formatFen(e.shortfallFen)}</td>
                <td>
                  <span className={`pill state-${e.state}`} data-testid="promise-state">
                    {t(`fieldwork.promises.state.${e.state}`)}
                  </span>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <form
        className="card form-grid"
        data-testid="payment-form"
        onSubmit={(e) => {
          e.preventDefault();
          void record();
        }}
      >
        <strong className="wide">{t('fieldwork.promises.recordPayment')}</strong>
        <label>
          {t('fieldwork.promises.paymentAmount')}
          <input value={amount} onChange={(e) => setAmount(e.target.value)} inputMode="decimal" data-testid="payment-amount" />
        </label>
        <label>
          {t('fieldwork.promises.paidOn')}
          <input type="date" value={paidOn} max={today} onChange={(e) => setPaidOn(e.target.value)} data-testid="payment-date" />
        </label>
        <label>
          {t('fieldwork.promises.reference')}
          <input value={reference} maxLength={PAYMENT_REFERENCE_MAX_LENGTH} onChange={(e) => setReference(e.target.value)} />
        </label>
        <div className="row gap">
          <button type="submit" className="primary" data-testid="payment-submit">
            {t('common.save')}
          </button>
          {message && <span className={message.ok ? 'ok' : 'error'}>{message.text}</span>}
        </div>
      </form>
      {work.payments.length > 0 && (
        <>
          <h3>{t('fieldwork.promises.payments')}</h3>
          <ul>
            {work.payments.map((p) => (
              <li key={p.id}>
                {p.paidOn} · {formatFen(p.amountFen)} · {t(`fieldwork.promises.paymentSource.${p.source}`)}
                {p.reference ? ` · ${p.reference}` : ''}
                {countedIds.has(p.id) ? null : <span className="note" data-testid="payment-same-money"> · {t('fieldwork.promises.sameMoney')}</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
