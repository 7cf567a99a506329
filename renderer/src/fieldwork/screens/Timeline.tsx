import { useTranslation } from 'react-i18next';
import { OUTCOME_LABELS } from '../../../../shared/fieldwork';
import { agencyOfDevice } from '../../../../shared/outsourcing/agency';
import { useAppStore } from '../../state/appStore';
import { formatFen, formatInstant } from '../../ui/format';

interface Entry {
  at: string;
  kind: string;
  text: string;
  detail: string[];
  id: string;
}

/** Everything recorded on the case, newest first: the collector's memory and the bank's proof. */
export function Timeline({ timeZone }: { timeZone: string }) {
  const { t, i18n } = useTranslation();
  const work = useAppStore((s) => s.caseWork);
  const staff = useAppStore((s) => s.staff);
  if (!work) return null;
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const nameOf = (id: string) => staff.find((s) => s.id === id)?.name ?? id;
  const entries: Entry[] = [
    ...work.activities.map((a) => ({
      id: a.id,
      at: a.at,
      kind: 'activity',
      text: t('fieldwork.timeline.activity', { channel: t(`fieldwork.channel.${a.channel}`), outcome: OUTCOME_LABELS[lang][a.outcome] }),
      detail: [
        a.notes,
        a.nextAction ? t('fieldwork.timeline.next', { action: a.nextAction, date: a.nextActionDate ?? '' }) : '',
        a.override ? t('overrides.timeline', { by: nameOf(a.override.supervisorId), rules: a.override.ruleIds.join(', '), reason: a.override.reason }) : '',
        // Records an agency's results file made (docs/records.md): say so, not the admin who imported the file.
        agencyOfDevice(a.deviceId) !== null ? t('fieldwork.timeline.byAgency') : t('fieldwork.timeline.by', { name: nameOf(a.userId) }),
      ].filter(Boolean),
    })),
    ...work.promises.map((p) => ({ id: p.id, at: p.createdAt, kind: 'promise', text: t('fieldwork.timeline.promise', { amount: formatFen(p.amountFen), dueDate: p.dueDate }), detail: agencyOfDevice(p.deviceId) !== null ? [t('fieldwork.timeline.byAgency')] : [] })),
    ...work.payments.map((p) => ({ id: p.id, at: p.recordedAt, kind: 'payment', text: t('fieldwork.timeline.payment', { amount: formatFen(p.amountFen), paidOn: p.paidOn }), detail: p.source === 'agency' ? [t('fieldwork.timeline.byAgency')] : [] })),
    ...work.receipts.map((r) => ({
      id: r.id,
      at: r.receivedAt,
      kind: 'receipt',
      text: t('fieldwork.timeline.receipt', { number: r.number, amount: formatFen(r.amountFen) }),
      detail: r.voided ? [`${t('detail.retired')}: ${r.voided.reason}`] : [],
    })),
    ...work.visits.map((v) => ({ id: v.id, at: v.recordedAt, kind: 'visit', text: t('fieldwork.timeline.visit', { date: v.plannedFor }), detail: [v.staff.join(t('common.listSeparator')), v.peopleMet ?? '', v.notes].filter(Boolean) })),
    ...work.plans.map((p) => ({ id: p.id, at: p.createdAt, kind: 'plan', text: t('fieldwork.timeline.plan', { amount: formatFen(p.agreedTotalFen) }), detail: [] })),
    ...work.disputes.map((d) => ({ id: d.id, at: d.openedAt, kind: 'dispute', text: t('fieldwork.timeline.dispute', { kind: t(`holdReason.${d.kind}`), description: d.description }), detail: [] })),
    ...work.disputes.flatMap((d) =>
      d.resolvedAt && d.outcome
        ? [{ id: `${d.id}:resolved`, at: d.resolvedAt, kind: 'dispute', text: t('fieldwork.timeline.disputeResolved', { kind: t(`holdReason.${d.kind}`), outcome: t(`panels.dispute.resolve.outcomes.${d.outcome}`) }), detail: [d.resolution ?? ''].filter(Boolean) }]
        : [],
    ),
  ].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));

  return (
    <section className="timeline" data-testid="timeline">
      <h3>{t('fieldwork.timeline.title')}</h3>
      {entries.length === 0 && <p className="muted">{t('fieldwork.timeline.empty')}</p>}
      <ol>
        {entries.map((e) => (
          <li key={`${e.kind}-${e.id}`} className={`tl tl-${e.kind}`} data-kind={e.kind}>
            <time className="muted small">{formatInstant(e.at, i18n.language, timeZone)}</time> <span>{e.text}</span>
            {e.detail.map((d, i) => (
              <div key={i} className="muted small">
                {d}
              </div>
            ))}
          </li>
        ))}
      </ol>
    </section>
  );
}
