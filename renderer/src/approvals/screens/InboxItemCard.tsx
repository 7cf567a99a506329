import { useTranslation } from 'react-i18next';
import type { InboxItem } from '../../../../shared/approvals/inbox';
import { useAppStore } from '../../state/appStore';
import { formatInstant } from '../../ui/format';
import { ArrangementRequest } from './ArrangementRequest';
import { PlanRequest } from './PlanRequest';

const SHOWN_URGENCY = new Set(['overdue', 'due_today', 'due_soon']);

/** One request: what is asked, on which case and debtor, by whom and when, its deadline; then its own body and decision. */
export function InboxItemCard({ item }: { item: InboxItem }) {
  const { t, i18n } = useTranslation();
  const staff = useAppStore((s) => s.staff);
  const operator = useAppStore((s) => s.operator);
  const openCase = useAppStore((s) => s.openCase);
  const maker = staff.find((s) => s.id === item.makerId)?.name ?? item.makerId;
  // Maker-checker is the actions' rule (and head office's); the card only says so up front.
  const own = item.makerId === operator.id;
  return (
    <li className={`card inbox-item urgency-${item.urgency}`} data-testid={`inbox-${item.kind}-${item.id}`}>
      <header>
        <span className={`pill kind-${item.kind}`}>{t(`approvals.kind.${item.kind}`)}</span>
        <strong>{item.debtorName}</strong>
        <span className="muted">{item.caseNumber}</span>
        <span className="spacer" />
        {SHOWN_URGENCY.has(item.urgency) && <span className={`pill urgency-${item.urgency}`}>{t(`approvals.urgency.${item.urgency}`)}</span>}
        <span className="pill" data-testid={`inbox-${item.kind}-${item.id}-deadline`}>
          {item.deadline ? t('approvals.deadline', { date: item.deadline }) : t('approvals.noDeadline')}
        </span>
        <button type="button" onClick={() => openCase(item.caseId)} data-testid={`inbox-${item.kind}-${item.id}-open`}>
          {t('approvals.openCase')}
        </button>
      </header>
      <p className="muted small">{t('approvals.askedBy', { maker, at: formatInstant(item.askedAt, i18n.language) })}</p>
      {item.kind === 'plan' ? <PlanRequest item={item} mayDecide={!own} /> : <ArrangementRequest item={item} mayDecide={!own} />}
      {own && <p className="muted small">{t('approvals.decision.ownRequest')}</p>}
    </li>
  );
}
