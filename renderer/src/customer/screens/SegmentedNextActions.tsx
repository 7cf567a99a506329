import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/appStore';
import { useCasesWithFacts } from '../state/useCasesWithFacts';
import { NextActionView } from './NextActionView';

/** My day's section of the cases the collector has learned about: each one's next best action by its segment's strategy. */
export function SegmentedNextActions() {
  const { t } = useTranslation();
  const ids = useCasesWithFacts();
  const rows = useAppStore((s) => s.rows);
  const openCase = useAppStore((s) => s.openCase);
  if (!ids || ids.length === 0) return null;
  const byId = new Map(rows.map((r) => [r.id, r]));
  const shown = ids.filter((id) => byId.has(id));
  if (shown.length === 0) return null;
  return (
    <section className="card" data-testid="myday-next-actions">
      <h2>{t('customer.next.myDayTitle')}</h2>
      <ol className="myday-list">
        {shown.map((id) => {
          const r = byId.get(id)!;
          return (
            <li key={id} data-testid={`next-${id}`}>
              <div className="row gap">
                <strong>{r.borrowerName}</strong>
                <span className="muted">{r.caseNumber}</span>
                <span className="spacer" />
                <button onClick={() => openCase(id)}>{t('fieldwork.myDay.open')}</button>
              </div>
              <NextActionView caseId={id} compact />
            </li>
          );
        })}
      </ol>
    </section>
  );
}
