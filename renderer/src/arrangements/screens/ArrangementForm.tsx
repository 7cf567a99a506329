import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/domain/case';
import { ArrangementTextSchema, type ArrangementKind } from '../../../../shared/records/arrangement';
import type { Attachment } from '../../../../shared/records/attachment';
import { ARRANGEMENT_KINDS, ARRANGEMENT_TEXT_MAX_LENGTH, ARRANGEMENT_TEXT_MIN_LENGTH } from '../../../../shared/records/limits';
import { ActionErrorText, FieldError, Notice } from '../../fieldwork/screens/panels/common';
import type { ActionError } from '../../fieldwork/state/fieldworkSlice';
import { useAppStore } from '../../state/appStore';
import { proposeArrangement } from '../actions';

/** Proposes a special-customer arrangement; it waits for a supervisor and does not apply before. */
export function ArrangementForm({ caseRecord, attachments, onDone }: { caseRecord: Case; attachments: Attachment[]; onDone: () => void }) {
  const { t } = useTranslation();
  const act = useAppStore((s) => s.act);
  const [kind, setKind] = useState<ArrangementKind>('hardship');
  const [proposal, setProposal] = useState('');
  const [reasons, setReasons] = useState('');
  const [decideBy, setDecideBy] = useState('');
  const [evidence, setEvidence] = useState<string[]>([]);
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ActionError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const id = useId();
  // The record's own rule checks the text, so the form says what the action would refuse.
  const short = (text: string) => (tried && !ArrangementTextSchema.safeParse(text).success ? t('arrangements.form.textTooShort', { min: ARRANGEMENT_TEXT_MIN_LENGTH }) : null);

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    setError(null);
    if (!ArrangementTextSchema.safeParse(proposal).success || !ArrangementTextSchema.safeParse(reasons).success || busy) return;
    setBusy(true);
    const result = await act(proposeArrangement, { caseId: caseRecord.id, kind, proposal, reasons, evidenceIds: evidence, decideBy: decideBy || null });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setSaved(t('arrangements.form.saved'));
    setProposal('');
    setReasons('');
    setDecideBy('');
    setEvidence([]);
    setTried(false);
    onDone();
  };

  return (
    <form className="card panel-form" onSubmit={submit} noValidate data-testid="arrangement-form" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('arrangements.form.title')}</h3>
      <div className="field-grid">
        <label htmlFor={`${id}-kind`}>{t('arrangements.form.kind')}</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as ArrangementKind)} data-testid="arrangement-kind">
          {ARRANGEMENT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`arrangements.kind.${k}`)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-proposal`}>{t('arrangements.form.proposal')}</label>
        <div>
          <textarea id={`${id}-proposal`} rows={2} maxLength={ARRANGEMENT_TEXT_MAX_LENGTH} value={proposal} onChange={(e) => setProposal(e.target.value)} aria-invalid={short(proposal) ? true : undefined} aria-describedby={`${id}-proposal-err`} data-testid="arrangement-proposal" />
          <FieldError id={`${id}-proposal-err`} message={short(proposal)} />
        </div>
        <label htmlFor={`${id}-reasons`}>{t('arrangements.form.reasons')}</label>
        <div>
          <textarea id={`${id}-reasons`} rows={3} maxLength={ARRANGEMENT_TEXT_MAX_LENGTH} value={reasons} onChange={(e) => setReasons(e.target.value)} aria-invalid={short(reasons) ? true : undefined} aria-describedby={`${id}-reasons-err`} data-testid="arrangement-reasons" />
          <FieldError id={`${id}-reasons-err`} message={short(reasons)} />
        </div>
        <label htmlFor={`${id}-by`}>{t('arrangements.form.decideBy')}</label>
        <input id={`${id}-by`} type="date" value={decideBy} onChange={(e) => setDecideBy(e.target.value)} data-testid="arrangement-decide-by" />
        <span>{t('arrangements.form.evidence')}</span>
        <div data-testid="arrangement-evidence">
          {attachments.length === 0 ? (
            <span className="muted small">{t('arrangements.form.noAttachments')}</span>
          ) : (
            attachments.map((a) => (
              <label key={a.id} className="row gap small">
                <input
                  type="checkbox"
                  checked={evidence.includes(a.id)}
                  onChange={(e) => setEvidence((list) => (e.target.checked ? [...list, a.id] : list.filter((x) => x !== a.id)))}
                />
                {a.fileName}
              </label>
            ))
          )}
        </div>
      </div>
      <ActionErrorText error={error} testId="arrangement-error" />
      <Notice text={saved} testId="arrangement-saved" />
      <div className="row gap">
        <button type="submit" className="primary" disabled={busy} data-testid="arrangement-submit">
          {t('arrangements.form.submit')}
        </button>
        <button type="button" onClick={onDone}>
          {t('arrangements.form.cancel')}
        </button>
      </div>
    </form>
  );
}
