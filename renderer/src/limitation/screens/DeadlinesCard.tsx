import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/domain/case';
import type { LimitationNote, LimitationResult } from '../../../../shared/limitation';
import { useAppStore } from '../../state/appStore';
import { clock } from '../../state/clock';
import { caseDeadlines } from '../caseDeadlines';
import { useCaseLegal } from '../../legal/state/useCaseLegal';

const CALENDAR_NOTES: ReadonlySet<string> = new Set(['limitation.note.lastDayNotWorking', 'limitation.note.calendarNotCovered']);

/** 诉讼时效 and 保证期间 per party and account, from the events recorded on this device, with days left. */
export function DeadlinesCard({ caseRecord: c }: { caseRecord: Case }) {
  const { t } = useTranslation();
  const work = useAppStore((s) => s.caseWork);
  const today = clock.today(c.timeZone);
  const legal = useCaseLegal(c.id);
  const result = useMemo(() => (work && work.caseId === c.id ? caseDeadlines(c, { ...work, legalSteps: legal?.steps ?? [] }, today) : null), [c, work, today, legal]);
  if (!result) return null;
  const nameOf = (id: string) => c.parties.find((p) => p.id === id)?.name ?? id;
  const days = (n: number | null) => (n === null || n < 0 ? '' : t('limitationUi.daysLeft', { n }));
  // A last day on a holiday, or in a year without holiday data, is said beside the date.
  const calendarNotes = (notes: readonly LimitationNote[]) =>
    notes
      .filter((n) => CALENDAR_NOTES.has(n.key))
      .map((n) => (
        <div key={n.key} className="warning small" data-testid="deadline-calendar-note">
          {t(n.key, n.params)}
        </div>
      ));
  const lawsuitLine = (r: LimitationResult): string | null => {
    const last = [...r.history].reverse().find((h) => (h.kind === 'lawsuit' && h.effect === 'suspended') || (h.kind === 'lawsuit_ended' && h.effect.startsWith('restarted')));
    if (!last) return null;
    const params = { date: last.date, number: last.evidence ?? '', expiry: last.expiryAfter ?? '' };
    return last.kind === 'lawsuit' ? t('limitationLawsuit.suspended', params) : t('limitationLawsuit.restarted', params);
  };
  return (
    <article className="card" data-testid="deadlines">
      <h3>{t('limitationUi.title')}</h3>
      <table className="grid small">
        <tbody>
          {result.limitation.map((r) => (
            <Fragment key={`l-${r.partyId}-${r.accountId}`}>
              <tr data-testid="deadline-limitation" className={r.status === 'expired' || ((r.status === 'running' || r.status === 'waived_by_acknowledgement') && r.daysLeft !== null && r.daysLeft <= 90) ? 'soon' : ''}>
                <td>{nameOf(r.partyId)}</td>
                <td>{t('limitationUi.limitation')}</td>
                <td>{t(`limitation.status.${r.status}`)}</td>
                <td>
                  {r.expiry ?? '—'}
                  {calendarNotes(r.notes)}
                </td>
                <td>{r.status === 'running' || r.status === 'waived_by_acknowledgement' ? days(r.daysLeft) : ''}</td>
              </tr>
              {/* A suit under its row: the interruption by the filing, or the restart when its proceedings ended (art. 195). */}
              {lawsuitLine(r) ? (
                <tr>
                  <td colSpan={5}>
                    <div className="small" data-testid="deadline-lawsuit">
                      {lawsuitLine(r)}
                    </div>
                  </td>
                </tr>
              ) : null}
              {/* The waiver under its row, across the card: it names the signed 回执 (docs/compliance.md). */}
              {r.waiver ? (
                <tr>
                  <td colSpan={5}>
                    <div className="warning small" data-testid="deadline-waiver">
                      {t('limitation.note.waivedByAcknowledgement', { date: r.waiver.date, evidence: r.waiver.evidence ?? '' })}
                    </div>
                  </td>
                </tr>
              ) : null}
            </Fragment>
          ))}
          {result.guarantee.map((g) => (
            <tr key={`g-${g.partyId}-${g.accountId}`} className={g.daysLeft !== null && g.daysLeft <= 90 && g.status === 'running' ? 'soon' : ''}>
              <td>{nameOf(g.partyId)}</td>
              <td>
                {t('limitationUi.guarantee')} · {t(`limitation.guaranteeType.${g.guaranteeType}`)}
              </td>
              <td>{t(`limitation.guaranteeStatus.${g.status}`)}</td>
              <td>
                {g.expiry ?? '—'}
                {calendarNotes(g.notes)}
              </td>
              <td>{g.status === 'running' ? days(g.daysLeft) : ''}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted small">{t('limitationUi.basis')}</p>
    </article>
  );
}
