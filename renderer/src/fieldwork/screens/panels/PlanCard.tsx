import { useTranslation } from 'react-i18next';
import { toChineseCapitals } from '../../../../../shared/domain/capitals';
import { planProgress } from '../../../../../shared/fieldwork/plans';
import { countOnce } from '../../../../../shared/payments/countOnce';
import type { Payment, RepaymentPlan } from '../../../../../shared/fieldwork/records';
import { useAppStore } from '../../../state/appStore';
import { formatFen, formatInstant } from '../../../ui/format';
import { graceDays } from '../../graceDays';
import { PlanDecision } from './PlanDecision';

interface Props {
  plan: RepaymentPlan;
  payments: readonly Payment[];
  today: string;
  timeZone: string;
}

/** One plan: its status from the payments made so far, each instalment's state, and the approval trail. */
export function PlanCard({ plan, payments, today, timeZone }: Props) {
  const { t, i18n } = useTranslation();
  const staff = useAppStore((s) => s.staff);
  const progress = planProgress(plan, countOnce(payments), today, { graceDays: graceDays(), timeZone });
  const nameOf = (id: string | null) => (id ? (staff.find((s) => s.id === id)?.name ?? id) : '');
  const { approval } = plan;
  return (
    <article className="card plan" data-testid={`plan-${plan.id}`}>
      <header>
        <strong>{t('panels.plan.title', { date: formatInstant(plan.createdAt, i18n.language, timeZone) })}</strong>
        <span className={`pill plan-status-${progress.status}`} data-testid={`plan-status-${plan.id}`}>
          {t(`panels.plan.status.${progress.status}`)}
        </span>
      </header>
      <dl className="kv">
        <dt>{t('panels.plan.agreedTotal')}</dt>
        <dd className="num">{formatFen(plan.agreedTotalFen)}</dd>
        <dt>{t('panels.plan.waiver')}</dt>
        <dd>
          <span className="num">{formatFen(plan.waiverFen)}</span> <span className="small muted">{toChineseCapitals(plan.waiverFen)}</span>
        </dd>
        <dt>{t('panels.plan.paid')}</dt>
        <dd className="num">
          {formatFen(progress.paidFen)} / {t('panels.plan.remaining', { amount: formatFen(progress.remainingFen) })}
        </dd>
        <dt>{t('panels.plan.maker')}</dt>
        <dd>{nameOf(plan.makerId)}</dd>
        {approval.decidedAt && (
          <>
            <dt>{t(`panels.plan.decided.${approval.status}`)}</dt>
            <dd>
              {nameOf(approval.approverId)} · {formatInstant(approval.decidedAt, i18n.language, timeZone)}
              {approval.reason && <span className="muted"> · {approval.reason}</span>}
            </dd>
          </>
        )}
        {progress.brokenOn && (
          <>
            <dt>{t('panels.plan.brokenOn')}</dt>
            <dd className="error">{progress.brokenOn}</dd>
          </>
        )}
      </dl>
      <table className="amounts">
        <thead>
          <tr>
            <th>{t('panels.plan.seq')}</th>
            <th>{t('panels.plan.dueDate')}</th>
            <th className="num">{t('panels.plan.amount')}</th>
            <th className="num">{t('panels.plan.paid')}</th>
            <th>{t('panels.plan.state')}</th>
          </tr>
        </thead>
        <tbody>
          {progress.instalments.map((i) => (
            <tr key={i.seq} data-testid={`plan-${plan.id}-instalment-${i.seq}`}>
              <td>{i.seq === 0 ? t('panels.plan.downPaymentRow') : t('panels.plan.seqN', { seq: i.seq })}</td>
              <td>{i.dueDate}</td>
              <td className="num">{formatFen(i.amountFen)}</td>
              <td className="num">{formatFen(i.paidFen)}</td>
              <td>
                <span className={`pill instalment-${i.state}`}>{t(`panels.plan.instalmentState.${i.state}`)}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {approval.status === 'pending' && <PlanDecision plan={plan} />}
    </article>
  );
}
