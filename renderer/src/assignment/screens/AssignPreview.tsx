import { useTranslation } from 'react-i18next';
import type { AssignmentPlan } from '../../../../shared/assignment/planner';
import type { Staff } from '../../../../shared/domain/staff';
import { formatFen } from '../../ui/format';

/** Count and amount per collector, before → after: what the supervisor confirms. */
export function AssignPreview({ plan, staff }: { plan: AssignmentPlan; staff: readonly Staff[] }) {
  const { t } = useTranslation();
  const nameOf = (id: string) => staff.find((s) => s.id === id)?.name ?? id;
  const rows = plan.totals.filter((r) => r.countBefore !== r.countAfter || r.countAfter > 0 || r.countBefore > 0);
  return (
    <table className="grid small" data-testid="assign-preview">
      <thead>
        <tr>
          <th>{t('assignment.previewCollector')}</th>
          <th className="num">{t('assignment.previewCount')}</th>
          <th className="num">{t('assignment.previewAmount')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.officerId} data-officer-id={r.officerId}>
            <td>{nameOf(r.officerId)}</td>
            <td className="num">
              {r.countBefore} → <strong>{r.countAfter}</strong>
            </td>
            <td className="num">
              {formatFen(r.totalBeforeFen)} → <strong>{formatFen(r.totalAfterFen)}</strong>
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
