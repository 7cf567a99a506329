import { useTranslation } from 'react-i18next';
import { formatShare, type WaiverBreakdown } from '../../../../shared/approvals/waiver';
import { formatFen } from '../../ui/format';

/** A waiver per component: what is owed now, what is waived and its share (shared/approvals/waiver.ts). */
export function WaiverTable({ waiver, testId }: { waiver: WaiverBreakdown; testId: string }) {
  const { t } = useTranslation();
  return (
    <>
      <table className="waiver-table" data-testid={testId}>
        <thead>
          <tr>
            <th>{t('approvals.plan.component')}</th>
            <th className="num">{t('approvals.plan.owed')}</th>
            <th className="num">{t('approvals.plan.waived')}</th>
            <th className="num">{t('approvals.plan.share')}</th>
          </tr>
        </thead>
        <tbody>
          {waiver.components.map((c) => (
            <tr key={c.component} data-testid={`${testId}-${c.component}`} className={c.waivedFen > 0 ? 'waived' : undefined}>
              <td>{t(`approvals.components.${c.component}`)}</td>
              <td className="num">{formatFen(c.owedFen)}</td>
              <td className="num">{formatFen(c.waivedFen)}</td>
              <td className="num">{formatShare(c.shareBps)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {waiver.unallocatedFen > 0 && <p className="warning small">{t('approvals.plan.unallocated', { amount: formatFen(waiver.unallocatedFen) })}</p>}
    </>
  );
}
