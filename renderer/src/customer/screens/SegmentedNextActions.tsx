import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/appStore';
import { casesFor } from '../../myDay/computeMyDay';
import { groupNextActions } from '../groupNextActions';
import { useNextActionsOf } from '../state/useNextActionsOf';
import { NextActionBody } from './NextActionView';

/** Cases still being worked: a settled or closed case has no next action. */
const OPEN = (status: string) => status !== 'settled' && status !== 'closed';

/**
 * My day's next action for every open case of the collector (a supervisor: the branch's), by segment: a case
 * nothing was learned about still has a segment from its bucket, promises, lost contact and core banking's grade
 * (the decision table), so none is left without a proposal. Each action is one the rule pack allows at its time
 * (shared/strategy/nextAction.ts); a case where no step is allowed says so.
 */
export function SegmentedNextActions() {
  const { t } = useTranslation();
  const rows = useAppStore((s) => s.rows);
  const operator = useAppStore((s) => s.operator);
  const openCase = useAppStore((s) => s.openCase);
  const mine = useMemo(() => casesFor(operator, rows).filter((r) => OPEN(r.status)), [operator, rows]);
  const ids = useMemo(() => mine.map((r) => r.id), [mine]);
  const list = useNextActionsOf(ids);
  const groups = useMemo(() => (list ? groupNextActions(list) : []), [list]);
  if (mine.length === 0) return null;
  const byId = new Map(mine.map((r) => [r.id, r]));
  return (
    <section className="card" data-testid="myday-next-actions">
      <h2>{t('customer.next.myDayTitle')}</h2>
      {!list ? (
        <p className="muted">{t('common.loading')}</p>
      ) : (
        <>
          <p className="muted small" data-testid="next-actions-count">
            {t('nextActions.count', { n: list.length, proposed: list.filter((n) => n.action !== null).length })}
          </p>
          {groups.map((g) => (
            <details key={g.segment} open={g.items.length <= OPEN_UP_TO || groups.length === 1} data-testid={`next-group-${g.segment}`}>
              <summary>
                <strong>{t(`customer.segment.${g.segment}`)}</strong> · {t('nextActions.cases', { n: g.items.length })}
              </summary>
              <ol className="myday-list">
                {g.items.map((n) => {
                  const r = byId.get(n.caseId);
                  return (
                    <li key={n.caseId} data-testid={`next-${n.caseId}`}>
                      <div className="row gap">
                        <strong>{r?.borrowerName}</strong>
                        <span className="muted">{r?.caseNumber}</span>
                        <span className="spacer" />
                        <button onClick={() => openCase(n.caseId)}>{t('fieldwork.myDay.open')}</button>
                      </div>
                      <NextActionBody next={n} compact />
                    </li>
                  );
                })}
              </ol>
            </details>
          ))}
        </>
      )}
    </section>
  );
}

/** A group this small is shown open; larger ones start folded so My day stays readable. */
const OPEN_UP_TO = 20;
