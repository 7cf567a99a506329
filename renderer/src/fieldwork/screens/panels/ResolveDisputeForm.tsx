import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { charCount, DISPUTE_OUTCOMES, DISPUTE_RESOLUTION_MIN_LENGTH, DISPUTE_TEXT_MAX_LENGTH } from '../../../../../shared/records/limits';
import type { Dispute, DisputeOutcome } from '../../../../../shared/records/dispute';
import { useAppStore } from '../../../state/appStore';
import { resolveDispute } from '../../actions';
import type { ActionError } from '../../state/fieldworkSlice';
import { ActionErrorText, FieldError, Notice } from './common';

/** A supervisor resolves an open dispute or complaint; the data layer lifts its hold in the same change. */
export function ResolveDisputeForm({ dispute }: { dispute: Dispute }) {
  const { t } = useTranslation();
  const act = useAppStore((s) => s.act);
  const [outcome, setOutcome] = useState<DisputeOutcome>('rejected');
  const [text, setText] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ActionError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);
  const id = useId();
  const kind = t(`panels.dispute.kinds.${dispute.kind}`);
  const length = charCount(text);
  const problem =
    length < DISPUTE_RESOLUTION_MIN_LENGTH
      ? t('panels.dispute.resolve.textTooShort', { min: DISPUTE_RESOLUTION_MIN_LENGTH })
      : length > DISPUTE_TEXT_MAX_LENGTH
        ? t('panels.dispute.resolve.textTooLong', { max: DISPUTE_TEXT_MAX_LENGTH })
        : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    setError(null);
    setSaved(null);
    if (problem || busy) return;
    setBusy(true);
    const result = await act(resolveDispute, { caseId: dispute.caseId, disputeId: dispute.id, outcome, resolution: text });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setSaved(t('panels.dispute.resolve.saved', { kind, outcome: t(`panels.dispute.resolve.outcomes.${outcome}`) }));
  };

  return (
    <form className="card panel-form" onSubmit={submit} noValidate data-testid={`dispute-resolve-${dispute.id}`} aria-labelledby={`${id}-title`}>
      <h4 id={`${id}-title`}>{t('panels.dispute.resolve.title', { kind })}</h4>
      <p className="small muted">{t('panels.dispute.resolve.liftsHold')}</p>
      <div className="field-grid">
        <label htmlFor={`${id}-outcome`}>{t('panels.dispute.resolve.outcome')}</label>
        <select id={`${id}-outcome`} value={outcome} onChange={(e) => setOutcome(e.target.value as DisputeOutcome)} data-testid="dispute-resolve-outcome">
          {DISPUTE_OUTCOMES.map((o) => (
            <option key={o} value={o}>
              {t(`panels.dispute.resolve.outcomes.${o}`)}
            </option>
          ))}
        </select>
        <label htmlFor={`${id}-text`}>{t('panels.dispute.resolve.text')}</label>
        <div>
          <textarea
            id={`${id}-text`}
            rows={3}
            maxLength={DISPUTE_TEXT_MAX_LENGTH}
            placeholder={t('panels.dispute.resolve.textHint', { min: DISPUTE_RESOLUTION_MIN_LENGTH })}
            value={text}
            onChange={(e) => setText(e.target.value)}
            aria-invalid={tried && problem ? true : undefined}
            aria-describedby={`${id}-text-err`}
            data-testid="dispute-resolve-text"
          />
          <FieldError id={`${id}-text-err`} message={tried ? problem : null} />
        </div>
      </div>
      <ActionErrorText error={error} testId="dispute-resolve-error" />
      <Notice text={saved} testId="dispute-resolve-saved" />
      <button type="submit" className="primary" disabled={busy} data-testid="dispute-resolve-submit">
        {t('panels.dispute.resolve.submit')}
      </button>
    </form>
  );
}
