import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/domain/case';
import { LEGAL_PROCEEDINGS, LegalTextSchema, type LegalProceeding } from '../../../../shared/records/legalReferral';
import { LEGAL_REASONS_MIN_LENGTH, LEGAL_TEXT_MAX_LENGTH } from '../../../../shared/records/limits';
import { ActionErrorText, FieldError } from '../../fieldwork/screens/panels/common';
import type { ActionError } from '../../fieldwork/state/fieldworkSlice';
import { useAppStore } from '../../state/appStore';
import { referLegal } from '../actions';

/** 诉讼申请: what action and why; the checklist and the claim are filled from the case by the action. */
export function ReferralForm({ caseRecord, onDone }: { caseRecord: Case; onDone: () => void }) {
  const { t } = useTranslation();
  const act = useAppStore((s) => s.act);
  const [proceeding, setProceeding] = useState<LegalProceeding>('suit');
  const [reasons, setReasons] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ActionError | null>(null);
  const id = useId();
  const short = tried && !LegalTextSchema.safeParse(reasons).success ? t('legal.form.reasonsTooShort', { min: LEGAL_REASONS_MIN_LENGTH }) : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    setError(null);
    if (!LegalTextSchema.safeParse(reasons).success || busy) return;
    setBusy(true);
    const result = await act(referLegal, { caseId: caseRecord.id, proceeding, reasons });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onDone();
  };

  return (
    <form className="card panel-form" onSubmit={submit} noValidate data-testid="legal-referral-form" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('legal.form.title')}</h3>
      <div className="form-grid">
        <label htmlFor={`${id}-kind`}>{t('legal.form.proceeding')}</label>
        <select id={`${id}-kind`} value={proceeding} onChange={(e) => setProceeding(e.target.value as LegalProceeding)} data-testid="legal-proceeding">
          {LEGAL_PROCEEDINGS.map((p) => (
            <option key={p} value={p}>
              {t(`legal.proceeding.${p}`)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-reasons`}>{t('legal.form.reasons')}</label>
        <div>
          <textarea id={`${id}-reasons`} rows={3} maxLength={LEGAL_TEXT_MAX_LENGTH} value={reasons} onChange={(e) => setReasons(e.target.value)} aria-invalid={short ? true : undefined} aria-describedby={`${id}-reasons-err`} data-testid="legal-reasons" />
          <FieldError id={`${id}-reasons-err`} message={short} />
        </div>
      </div>
      <p className="muted small">{t('legal.form.checklistNote')}</p>
      <ActionErrorText error={error} testId="legal-referral-error" />
      <div className="row gap">
        <button type="submit" disabled={busy} data-testid="legal-referral-submit">
          {t('legal.form.submit')}
        </button>
        <button type="button" onClick={onDone}>
          {t('legal.form.cancel')}
        </button>
      </div>
    </form>
  );
}
