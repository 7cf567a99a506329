import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/domain/case';
import { evaluatePromises } from '../../../../shared/fieldwork';
import { countOnce } from '../../../../shared/payments/countOnce';
import { useAppStore } from '../../state/appStore';
import { clock } from '../../state/clock';
import { formatFen, todayIn } from '../../ui/format';
import { graceDays } from '../graceDays';
import { PaymentForm } from './PaymentForm';

/** Promises with their state (payments matched oldest first), and recording a payment the debtor made. */
export function PromisesPanel({ caseRecord: c }: { caseRecord: Case }) {
  const { t } = useTranslation();
  const work = useAppStore((s) => s.caseWork);
  const today = todayIn(c.timeZone, clock.now());
  if (!work) return null;
  const counted = countOnce(work.payments);
  const countedIds = new Set(counted.map((p) => p.id));
  const evaluations = evaluatePromises(work.promises, counted, today, { graceDays: graceDays(), timeZone: c.timeZone });

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
      <PaymentForm caseRecord={c} today={today} />
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
