import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/domain/case';
import { useAppStore } from '../../state/appStore';
import { useProposalInbox } from '../state/useOutsourcing';
import { ProposalRow } from './OutsourcingCard';

/** 委外申请 in the supervisor's inbox (待办审批): each proposal waiting, with its case, decided in place. */
export function OutsourcingInbox() {
  const { t } = useTranslation();
  const store = useAppStore((s) => s.store);
  const { list, reload } = useProposalInbox();
  const [cases, setCases] = useState<Map<string, Case>>(new Map());
  useEffect(() => {
    if (!store || !list) return;
    let live = true;
    void store.db.cases.bulkGet([...new Set(list.map((p) => p.caseId))]).then((found) => live && setCases(new Map(found.filter((c): c is Case => c !== undefined).map((c) => [c.id, c]))));
    return () => {
      live = false;
    };
  }, [store, list]);
  if (!list || list.length === 0) return null;
  return (
    <section data-testid="outsourcing-inbox">
      <h2>{t('outsourcing.inbox.title', { count: list.length })}</h2>
      <ol className="inbox-list">
        {list.map((p) => {
          const c = cases.get(p.caseId);
          return c ? (
            <li key={p.id} className="card">
              <strong>{c.caseNumber}</strong>
              <ul className="plain">
                <ProposalRow proposal={p} caseRecord={c} onDecided={reload} />
              </ul>
            </li>
          ) : null;
        })}
      </ol>
    </section>
  );
}
