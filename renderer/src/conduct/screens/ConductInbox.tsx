import { useTranslation } from 'react-i18next';
import { openExceptions, type ConductException } from '../../../../shared/conduct';
import { Permitted } from '../../access/screens/Permitted';
import { useAppStore } from '../../state/appStore';
import { formatInstant } from '../../ui/format';
import { useConductExceptions } from '../state/useConductExceptions';
import { ConductReviewForm } from './ConductReviewForm';

const TIME_ZONE = 'Asia/Shanghai';

/**
 * 合规异常待复核: the approvals inbox's section of conduct exceptions head office found in the branch (issue 17 §6),
 * one item per open exception: the rule in words, its reference, the record, the collector and when; the
 * supervisor reviews it with a note (reviewConductException).
 */
export function ConductInbox() {
  const { t } = useTranslation();
  const branchCode = useAppStore((s) => s.operator.branchCode);
  const all = useConductExceptions();
  const open = all === null ? null : openExceptions(all, branchCode);
  return (
    <section className="card conduct-inbox" data-testid="conduct-inbox" aria-labelledby="conduct-inbox-title">
      <h2 id="conduct-inbox-title">{t('conductReview.title')}</h2>
      <p className="muted small">{t('conductReview.subtitle')}</p>
      {open === null ? (
        <p className="muted">{t('conductReview.loading')}</p>
      ) : open.length === 0 ? (
        <p className="muted" data-testid="conduct-inbox-empty">{t('conductReview.empty')}</p>
      ) : (
        <ol className="inbox-list">
          {open.map((x) => (
            <ExceptionItem key={x.id} x={x} />
          ))}
        </ol>
      )}
    </section>
  );
}

function ExceptionItem({ x }: { x: ConductException }) {
  const { t, i18n } = useTranslation();
  const staff = useAppStore((s) => s.staff);
  const when = (iso: string) => formatInstant(iso, i18n.language, TIME_ZONE);
  const name = staff.find((s) => s.id === x.userId)?.name ?? x.userId;

  return (
    <li className="inbox-item" data-testid={`conduct-item-${x.id}`}>
      <div className="row gap">
        <span className="pill">{t('conductReview.ref', { id: x.id })}</span>
        <span className="pill">{x.ruleId}</span>
        <strong data-testid="conduct-item-rule">{t(x.messageKey, x.params)}</strong>
      </div>
      <div className="small">{t('conductReview.record', { kind: t(`conductReview.kind.${x.recordKind}`), case: x.caseNumber ?? x.caseId })}</div>
      <div className="small" data-testid="conduct-item-collector">{t('conductReview.collector', { name })}</div>
      <div className="small">
        {t('conductReview.found', { when: when(x.foundAt) })} · {t(`conductReview.clock.${x.clock}`)}
      </div>
      <div className="muted small">{t('conductReview.times', { claimed: when(x.claimedAt), received: when(x.receivedAt), minutes: x.skewMinutes })}</div>
      <Permitted action="review_conduct" quiet>
        <ConductReviewForm exceptionId={x.id} />
      </Permitted>
    </li>
  );
}
