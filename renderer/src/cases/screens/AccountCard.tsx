import { useTranslation } from 'react-i18next';
import type { Account } from '../../../../shared/domain/case';
import { totalOfAmounts } from '../../../../shared/domain/money';
import { formatFen, formatRateBps } from '../../ui/format';

/** One account: each amount on its own line, the total, and the snapshot date they are true as of. */
export function AccountCard({ account: a }: { account: Account }) {
  const { t } = useTranslation();
  const lines: [string, number][] = [
    ['principal', a.amounts.principalFen],
    ['interest', a.amounts.interestFen],
    ['penalty', a.amounts.penaltyFen],
    ['compound', a.amounts.compoundFen],
    ['fees', a.amounts.feesFen],
  ];
  return (
    <article className="card account" data-testid="account-card">
      <header>
        <strong>{t(`product.${a.product}`)}</strong>
        <span className="pill">{t(`classification.${a.classification}`)}</span>
      </header>
      <dl className="kv">
        <dt>{t('detail.contract')}</dt>
        <dd>{a.contractNumber}</dd>
        <dt>{t('detail.account')}</dt>
        <dd>{a.accountNumber}</dd>
        <dt>{t('detail.originalPrincipal')}</dt>
        <dd className="num">{formatFen(a.originalPrincipalFen)}</dd>
        <dt>{t('detail.contractRate')}</dt>
        <dd>{formatRateBps(a.contractRateBps)}</dd>
        <dt>{t('detail.penaltyRate')}</dt>
        <dd>{formatRateBps(a.penaltyRateBps)}</dd>
        <dt>{t('column.dpd')}</dt>
        <dd>{a.dpd}</dd>
        {a.overdueSince && (
          <>
            <dt>{t('detail.overdueSince')}</dt>
            <dd>{a.overdueSince}</dd>
          </>
        )}
        {a.maturityDate && (
          <>
            <dt>{t('detail.maturity')}</dt>
            <dd>{a.maturityDate}</dd>
          </>
        )}
      </dl>
      <table className="amounts">
        <tbody>
          {lines.map(([key, fen]) => (
            <tr key={key} data-testid={`amount-${key}`}>
              <th>{t(`detail.${key}`)}</th>
              <td className="num">{formatFen(fen)}</td>
            </tr>
          ))}
          <tr className="sum" data-testid="amount-total">
            <th>{t('detail.total')}</th>
            <td className="num">{formatFen(totalOfAmounts(a.amounts))}</td>
          </tr>
        </tbody>
      </table>
      <p className="muted small" data-testid="as-of">
        {t('detail.asOf', { date: a.snapshotDate })}
      </p>
    </article>
  );
}
