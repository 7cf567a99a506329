import { useTranslation } from 'react-i18next';
import type { Instalment } from '../../../../../shared/fieldwork/records';
import { formatFen } from '../../../ui/format';

/** A schedule as the borrower will sign it: seq 0 is the down payment; the sum row proves it adds up. */
export function ScheduleTable({ instalments, testId }: { instalments: readonly Instalment[]; testId?: string }) {
  const { t } = useTranslation();
  const sum = instalments.reduce((s, i) => s + i.amountFen, 0);
  return (
    <table className="amounts" data-testid={testId}>
      <thead>
        <tr>
          <th>{t('panels.plan.seq')}</th>
          <th>{t('panels.plan.dueDate')}</th>
          <th className="num">{t('panels.plan.amount')}</th>
        </tr>
      </thead>
      <tbody>
        {instalments.map((i) => (
          <tr key={i.seq}>
            <td>{i.seq === 0 ? t('panels.plan.downPaymentRow') : t('panels.plan.seqN', { seq: i.seq })}</td>
            <td>{i.dueDate}</td>
            <td className="num">{formatFen(i.amountFen)}</td>
          </tr>
        ))}
        <tr className="sum">
          <th colSpan={2}>{t('panels.plan.sum', { count: instalments.length })}</th>
          <td className="num" data-testid={testId ? `${testId}-sum` : undefined}>
            {formatFen(sum)}
          </td>
        </tr>
      </tbody>
    </table>
  );
}
