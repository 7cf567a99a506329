import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../../shared/domain/case';
import { TRANSITIONS } from '../../../../../shared/fieldwork/caseStatus';
import { DISPUTE_TEXT_MAX_LENGTH } from '../../../../../shared/records/limits';
import type { Dispute } from '../../../../../shared/fieldwork/records';
import { useAppStore } from '../../../state/appStore';
import { openDispute } from '../../actions';
import type { ActionError } from '../../state/fieldworkSlice';
import { ActionErrorText, FieldError, Notice } from './common';

const MAX_DESCRIPTION = DISPUTE_TEXT_MAX_LENGTH;

/** Records a dispute (异议) or complaint (投诉); the data layer puts the case on hold in the same change. */
export function DisputeForm({ caseRecord }: { caseRecord: Case }) {
  const { t } = useTranslation();
  const act = useAppStore((s) => s.act);
  const [kind, setKind] = useState<Dispute['kind']>('dispute');
  const [description, setDescription] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ActionError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const id = useId();
  const problem = !description.trim() ? t('panels.dispute.descriptionRequired') : description.trim().length > MAX_DESCRIPTION ? t('panels.dispute.descriptionTooLong', { max: MAX_DESCRIPTION }) : null;
  const holds = caseRecord.status === 'on_hold' || TRANSITIONS[caseRecord.status].includes('on_hold');

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    setError(null);
    setSaved(null);
    if (problem || busy) return;
    setBusy(true);
    const result = await act(openDispute, { caseId: caseRecord.id, kind, description });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setSaved(t('panels.dispute.saved', { kind: t(`panels.dispute.kinds.${kind}`) }));
    setDescription('');
    setTried(false);
  };

  return (
    <form className="card panel-form" onSubmit={submit} noValidate data-testid="dispute-form" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('panels.dispute.new')}</h3>
      <p className="small muted">{holds ? t('panels.dispute.putsOnHold') : t('panels.dispute.cannotHold', { status: t(`caseStatus.${caseRecord.status}`) })}</p>
      <div className="form-grid">
        <label htmlFor={`${id}-kind`}>{t('panels.dispute.kind')}</label>
        <select id={`${id}-kind`} value={kind} onChange={(e) => setKind(e.target.value as Dispute['kind'])} data-testid="dispute-kind">
          <option value="dispute">{t('panels.dispute.kinds.dispute')}</option>
          <option value="complaint">{t('panels.dispute.kinds.complaint')}</option>
        </select>
        <label htmlFor={`${id}-desc`}>{t('panels.dispute.description')}</label>
        <div>
          <textarea id={`${id}-desc`} rows={3} maxLength={MAX_DESCRIPTION} value={description} onChange={(e) => setDescription(e.target.value)} aria-invalid={tried && problem ? true : undefined} aria-describedby={`${id}-desc-err`} data-testid="dispute-description" />
          <FieldError id={`${id}-desc-err`} message={tried ? problem : null} />
        </div>
      </div>
      <ActionErrorText error={error} testId="dispute-error" />
      <Notice text={saved} testId="dispute-saved" />
      <button type="submit" className="primary" disabled={busy} data-testid="dispute-submit">
        {t('panels.dispute.submit')}
      </button>
    </form>
  );
}
