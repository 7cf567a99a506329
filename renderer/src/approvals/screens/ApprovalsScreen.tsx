import type { ComponentType } from 'react';
import { useTranslation } from 'react-i18next';
import { INBOX_KINDS, inboxCounts } from '../../../../shared/approvals/inbox';
import { useInbox } from '../state/useInbox';
import { InboxItemCard } from './InboxItemCard';
import { DisputeInbox } from './DisputeInbox';
import { OverrideRequests } from './OverrideRequests';
import { ConductInbox } from '../../conduct/screens/ConductInbox';
import { OutsourcingInbox } from '../../outsourcing/screens/OutsourcingInbox';

/**
 * Sections of the inbox that list requests of their own (each reads and decides its kind), shown after the
 * requests by deadline. Override requests (OverrideRequests.tsx), dispute resolutions (DisputeInbox.tsx) and
 * conduct exceptions to review (conduct/screens/ConductInbox.tsx) are added here.
 */
const MORE_SECTIONS: readonly { id: string; Section: ComponentType }[] = [
  { id: 'overrides', Section: OverrideRequests },
  { id: 'disputes', Section: DisputeInbox },
  { id: 'conduct', Section: ConductInbox },
  { id: 'outsourcing', Section: OutsourcingInbox },
];

/** 待办审批 (issue 13 §3): every request of the branch waiting for a supervisor, soonest deadline first. */
export function ApprovalsScreen() {
  const { t } = useTranslation();
  const items = useInbox();
  if (!items) return <p className="muted pad">{t('common.loading')}</p>;
  const counts = inboxCounts(items);
  return (
    <section className="pad approvals" data-testid="approvals">
      <h1>{t('approvals.title')}</h1>
      <p className="muted">{t('approvals.subtitle')}</p>
      <div className="row gap inbox-counts" data-testid="approvals-counts">
        <strong data-testid="approvals-total">{t('approvals.total', { count: counts.total })}</strong>
        {counts.overdue > 0 && (
          <span className="pill urgency-overdue" data-testid="approvals-overdue">
            {t('approvals.overdue', { count: counts.overdue })}
          </span>
        )}
        {INBOX_KINDS.map((kind) => (
          <span key={kind} className={`pill kind-${kind}`} data-testid={`approvals-count-${kind}`}>
            {t('approvals.count', { label: t(`approvals.kind.${kind}`), count: counts.byKind[kind] })}
          </span>
        ))}
      </div>
      {items.length === 0 ? (
        <p data-testid="approvals-empty">{t('approvals.empty')}</p>
      ) : (
        <ol className="inbox-list" data-testid="approvals-list">
          {items.map((item) => (
            <InboxItemCard key={`${item.kind}-${item.id}`} item={item} />
          ))}
        </ol>
      )}
      {MORE_SECTIONS.map(({ id, Section }) => (
        <Section key={id} />
      ))}
    </section>
  );
}
