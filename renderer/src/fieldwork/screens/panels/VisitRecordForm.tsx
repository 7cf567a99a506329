import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { OutcomeCode } from '../../../../../shared/fieldwork/outcomes';
import { OUTCOME_LABELS, outcomesForChannel } from '../../../../../shared/fieldwork/outcomes';
import type { Attachment, Visit } from '../../../../../shared/fieldwork/records';
import { validateVisitRecord } from '../../../../../shared/fieldwork/visits';
import { useAppStore } from '../../../state/appStore';
import { recordVisit } from '../../actions';
import type { ActionError } from '../../state/fieldworkSlice';
import { ActionErrorText } from './common';
import { VisitAttachments } from './VisitAttachments';
import { WordingCheck, useWordingCheck } from '../WordingCheck';

const VISIT_OUTCOMES = outcomesForChannel('visit');

/** What happened on a planned visit: who was met, the outcome, notes and the photos taken. */
export function VisitRecordForm({ visit, onDone }: { visit: Visit; onDone: () => void }) {
  const { t, i18n } = useTranslation();
  const act = useAppStore((s) => s.act);
  const labels = OUTCOME_LABELS[i18n.language === 'en' ? 'en' : 'zh-CN'];
  const [peopleMet, setPeopleMet] = useState(visit.peopleMet ?? '');
  const [outcome, setOutcome] = useState<OutcomeCode | ''>(visit.outcome ?? '');
  const [notes, setNotes] = useState(visit.notes);
  const [attached, setAttached] = useState<Attachment[]>([]);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ActionError | null>(null);
  const id = useId();

  const record: Visit = {
    ...visit,
    status: 'done',
    peopleMet: peopleMet.trim() || null,
    outcome: outcome || null,
    notes: notes.trim(),
    attachmentIds: [...new Set([...visit.attachmentIds, ...attached.map((a) => a.id)])],
  };
  const problems = validateVisitRecord(record);
  const wording = useWordingCheck(notes);
  const problemOf = (field: string) => problems.filter((p) => p.field === field);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    setError(null);
    if (problems.length > 0 || wording.blocks || busy) return;
    setBusy(true);
    const result = await act(recordVisit, record);
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onDone();
  };

  const messages = (field: string) =>
    tried &&
    problemOf(field).map((p) => (
      <div key={p.code} className="error small" role="alert">
        {t(`fieldwork.error.${p.code}`, p.params)}
      </div>
    ));

  return (
    <form className="panel-form" onSubmit={submit} noValidate data-testid={`visit-result-form-${visit.id}`}>
      <div className="form-grid">
        <label htmlFor={`${id}-outcome`}>{t('panels.visit.outcome')}</label>
        <div>
          <select id={`${id}-outcome`} value={outcome} autoFocus onChange={(e) => setOutcome(e.target.value as OutcomeCode | '')} aria-invalid={tried && problemOf('outcome').length > 0 ? true : undefined} data-testid="visit-outcome">
            <option value="">{t('panels.visit.chooseOutcome')}</option>
            {VISIT_OUTCOMES.map((o) => (
              <option key={o} value={o}>
                {labels[o]}
              </option>
            ))}
          </select>
          {messages('outcome')}
        </div>
        <label htmlFor={`${id}-met`}>{t('panels.visit.peopleMet')}</label>
        <div>
          <input id={`${id}-met`} value={peopleMet} maxLength={200} placeholder={t('panels.visit.peopleMetPlaceholder')} onChange={(e) => setPeopleMet(e.target.value)} aria-invalid={tried && problemOf('peopleMet').length > 0 ? true : undefined} data-testid="visit-people-met" />
          {messages('peopleMet')}
        </div>
        <label htmlFor={`${id}-notes`}>{t('panels.visit.notes')}</label>
        <textarea id={`${id}-notes`} rows={3} maxLength={2000} value={notes} onChange={(e) => setNotes(e.target.value)} data-testid="visit-notes" />
      </div>
      <WordingCheck text={notes} findings={wording.findings} testId="visit-notes-wording" />
      {messages('staff')}
      <VisitAttachments caseId={visit.caseId} visitId={visit.id} attached={attached} onAttached={(a) => setAttached((list) => (list.some((x) => x.id === a.id) ? list : [...list, a]))} />
      <ActionErrorText error={error} testId="visit-record-error" />
      <div className="row gap">
        <button type="submit" className="primary" disabled={busy || wording.blocks} data-testid="visit-record-submit">
          {t('panels.visit.saveResult')}
        </button>
        <button type="button" onClick={onDone}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
