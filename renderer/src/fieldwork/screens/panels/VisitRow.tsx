import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../../shared/domain/case';
import { OUTCOME_LABELS } from '../../../../../shared/fieldwork/outcomes';
import type { Visit } from '../../../../../shared/fieldwork/records';
import { formatInstant } from '../../../ui/format';
import { formatDay } from '../../../i18n/dateStyle';
import { addressText, findAddress, shortHash } from './visitHelpers';
import { VisitRecordForm } from './VisitRecordForm';

/** A visit in the case's list; a planned one opens the form to record what happened. */
export function VisitRow({ visit: v, caseRecord }: { visit: Visit; caseRecord: Case }) {
  const { t, i18n } = useTranslation();
  const [recording, setRecording] = useState(false);
  const place = findAddress(caseRecord, v.addressId);
  const labels = OUTCOME_LABELS[i18n.language === 'en' ? 'en' : 'zh-CN'];
  return (
    <li className={`visit visit-${v.status}`} data-testid={`visit-record-${v.id}`}>
      <div className="row gap">
        <strong>{formatDay(v.plannedFor, i18n.language)}</strong>
        <span className="pill">{t(`panels.visit.status.${v.status}`)}</span>
        {v.outcome && <span className="pill">{labels[v.outcome]}</span>}
        <span>{place ? `${place.partyName} · ${addressText(place.address)}` : t('panels.visit.unknownAddress')}</span>
      </div>
      <div className="small muted">
        {t('panels.visit.staffList', { names: v.staff.join(t('common.listSeparator')) })}
        {v.status === 'done' && ` · ${t('panels.visit.recordedAt', { at: formatInstant(v.recordedAt, i18n.language, caseRecord.timeZone) })}`}
      </div>
      {v.peopleMet && <div>{t('panels.visit.metWho', { who: v.peopleMet })}</div>}
      {v.notes && <div className="small">{v.notes}</div>}
      {v.attachmentIds.length > 0 && (
        <div className="small muted">
          {t('panels.visit.attachments', { count: v.attachmentIds.length })}{' '}
          {v.attachmentIds.map((h) => (
            <span key={h} className="mono" title={h}>
              #{shortHash(h)}{' '}
            </span>
          ))}
        </div>
      )}
      {v.status === 'planned' &&
        (recording ? (
          <VisitRecordForm visit={v} timeZone={caseRecord.timeZone} onDone={() => setRecording(false)} />
        ) : (
          <button type="button" onClick={() => setRecording(true)} data-testid={`visit-record-open-${v.id}`}>
            {t('panels.visit.recordResult')}
          </button>
        ))}
    </li>
  );
}
