import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ActionError, ActionResult } from '../../state/fieldworkSlice';
import { ActionErrorText, FieldError } from './common';
import { charCount, RETIRE_REASON_MIN_LENGTH } from '../../../../../shared/records/limits';

interface Props {
  /** What is being retired, for the button's accessible name ("停用 138****0000"). */
  label: string;
  testId: string;
  retire: (reason: string) => Promise<ActionResult<unknown>>;
}

/** Retires a phone or address with a reason: it stays in the history, struck through, never deleted. */
export function RetireControl({ label, testId, retire }: Props) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ActionError | null>(null);
  const id = useId();
  const problem = charCount(reason) < RETIRE_REASON_MIN_LENGTH ? t('panels.contact.reasonTooShort', { min: RETIRE_REASON_MIN_LENGTH }) : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    setError(null);
    if (problem || busy) return;
    setBusy(true);
    const result = await retire(reason.trim());
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setOpen(false);
    setReason('');
    setTried(false);
  };

  if (!open) {
    return (
      <button type="button" className="small" onClick={() => setOpen(true)} aria-label={t('panels.contact.retireLabel', { what: label })} data-testid={testId}>
        {t('panels.contact.retire')}
      </button>
    );
  }
  return (
    <form className="row gap" onSubmit={submit} noValidate data-testid={`${testId}-form`}>
      <label htmlFor={`${id}-reason`} className="small">
        {t('panels.contact.retireReason')}
      </label>
      <input id={`${id}-reason`} autoFocus value={reason} maxLength={200} onChange={(e) => setReason(e.target.value)} onKeyDown={(e) => e.key === 'Escape' && setOpen(false)} aria-invalid={tried && problem ? true : undefined} aria-describedby={`${id}-err`} data-testid="retire-reason" />
      <button type="submit" className="primary small" disabled={busy} data-testid="retire-confirm">
        {t('panels.contact.confirmRetire')}
      </button>
      <button type="button" className="small" onClick={() => setOpen(false)}>
        {t('common.cancel')}
      </button>
      <FieldError id={`${id}-err`} message={tried ? problem : null} />
      <ActionErrorText error={error} />
    </form>
  );
}
