import { useTranslation } from 'react-i18next';
import { OUTCOME_LABELS } from '../../../../shared/fieldwork';
import type { TeamActivity } from '../repository/teamRepository';
import type { CaseRow } from '../../../../shared/domain/caseSummary';
import { formatInstant } from '../../ui/format';

/** At most this many rows: a week of a busy collector's calls is a few hundred. */
const SHOWN = 200;

export interface MemberTimelineProps {
  name: string;
  /** The person's activities of the last 7 days, newest first; null while they are read. */
  activities: readonly TeamActivity[] | null;
  caseOf: (caseId: string) => Pick<CaseRow, 'caseNumber' | 'borrowerName'> | undefined;
  onOpenCase: (caseId: string) => void;
  onClose: () => void;
}

/** One person's timeline: their contact attempts of the last 7 days, newest first (no notes: the case holds those). */
export function MemberTimeline({ name, activities, caseOf, onOpenCase, onClose }: MemberTimelineProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const sorted = activities ?? [];
  const shown = sorted.slice(0, SHOWN);
  return (
    <section className="card team-timeline" data-testid="team-timeline" aria-label={t('team.timelineTitle', { name, count: sorted.length })}>
      <header>
        <h2>{t('team.timelineTitle', { name, count: sorted.length })}</h2>
        <span className="spacer" />
        <button onClick={onClose}>{t('team.close')}</button>
      </header>
      {activities === null ? (
        <p className="muted">{t('team.loading')}</p>
      ) : sorted.length === 0 ? (
        <p className="muted">{t('team.timelineEmpty')}</p>
      ) : (
        <table className="grid">
          <thead>
            <tr>
              <th scope="col">{t('team.timelineCol.at')}</th>
              <th scope="col">{t('team.timelineCol.case')}</th>
              <th scope="col">{t('team.timelineCol.channel')}</th>
              <th scope="col">{t('team.timelineCol.outcome')}</th>
              <th scope="col">{t('team.timelineCol.override')}</th>
            </tr>
          </thead>
          <tbody>
            {shown.map((a) => {
              const c = caseOf(a.caseId);
              return (
                <tr key={a.id} data-testid="team-timeline-entry">
                  <td>{formatInstant(a.at, i18n.language)}</td>
                  <td>
                    <button className="link" onClick={() => onOpenCase(a.caseId)} aria-label={`${t('team.openCase')} ${c?.caseNumber ?? a.caseId}`}>
                      {c ? `${c.caseNumber} ${c.borrowerName}` : a.caseId}
                    </button>
                  </td>
                  <td>{t(`fieldwork.channel.${a.channel}`)}</td>
                  <td>{OUTCOME_LABELS[lang][a.outcome]}</td>
                  <td>{a.override ? t('team.overrideYes') : ''}</td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
      {sorted.length > SHOWN && <p className="muted small">{t('team.timelineMore', { count: SHOWN })}</p>}
    </section>
  );
}
