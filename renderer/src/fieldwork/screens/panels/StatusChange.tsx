import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CASE_STATUSES, HOLD_REASONS, type Case, type CaseStatus } from '../../../../../shared/domain/case';
import { TRANSITIONS, transitionCase, type HoldReason } from '../../../../../shared/fieldwork/caseStatus';
import { useAppStore } from '../../../state/appStore';
import { setCaseStatus } from '../../actions';
import type { ActionError } from '../../state/fieldworkSlice';
import { ActionErrorText } from './common';
import { Field, FormButtons, FormFields } from '../../../ui/form';

/**
 * A status change by hand. Every status is listed (the allowed ones first) so a collector who looks for a
 * move the state machine forbids sees why, with the moves it does allow, instead of a missing option.
 */
export function StatusChange({ caseRecord }: { caseRecord: Case }) {
  const { t } = useTranslation();
  const act = useAppStore((s) => s.act);
  const from = caseRecord.status;
  const allowed = TRANSITIONS[from];
  const others = CASE_STATUSES.filter((s) => s !== from && !allowed.includes(s));
  const [to, setTo] = useState<CaseStatus | ''>('');
  const [holdReason, setHoldReason] = useState<HoldReason | ''>('');
  const [note, setNote] = useState('');
  const [tried, setTried] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ActionError | null>(null);
  const id = useId();
  const verdict = to ? transitionCase(from, to, { holdReason: to === 'on_hold' && holdReason ? holdReason : null }) : null;
  const allowedText = allowed.map((s) => t(`caseStatus.${s}`)).join(t('common.listSeparator')) || t('panels.status.nothing');
  // Refusing a forbidden target shows at once; a missing hold reason only once the user tries to save.
  const refusal = verdict && !verdict.ok && (verdict.code === 'invalid_transition' || tried) ? verdict : null;

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setTried(true);
    setError(null);
    if (!to || !verdict?.ok || busy) return;
    setBusy(true);
    const result = await act(setCaseStatus, { caseId: caseRecord.id, to: verdict.to, holdReason: verdict.holdReason, note: note.trim() });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    setTo('');
    setHoldReason('');
    setNote('');
    setTried(false);
  };

  if (allowed.length === 0) return <p className="muted" data-testid="status-final">{t('panels.status.final', { status: t(`caseStatus.${from}`) })}</p>;

  return (
    <form className="card panel-form" onSubmit={submit} noValidate data-testid="status-form" aria-labelledby={`${id}-title`}>
      <h3 id={`${id}-title`}>{t('panels.status.change')}</h3>
      <p className="small muted">{t('panels.status.allowedFrom', { from: t(`caseStatus.${from}`), allowed: allowedText })}</p>
      <FormFields>
        <Field label={t('panels.status.to')} required>
          {(ids) => (
            <select
              id={ids.control}
              value={to}
              onChange={(e) => {
                setTo(e.target.value as CaseStatus | '');
                setError(null);
              }}
              aria-describedby={`${id}-refusal`}
              data-testid="status-select"
            >
              <option value="">{t('panels.status.choose')}</option>
              <optgroup label={t('panels.status.allowedGroup')}>
                {allowed.map((s) => (
                  <option key={s} value={s}>
                    {t(`caseStatus.${s}`)}
                  </option>
                ))}
              </optgroup>
              {others.length > 0 && (
                <optgroup label={t('panels.status.notAllowedGroup')}>
                  {others.map((s) => (
                    <option key={s} value={s}>
                      {t('panels.status.notAllowedOption', { status: t(`caseStatus.${s}`) })}
                    </option>
                  ))}
                </optgroup>
              )}
            </select>
          )}
        </Field>
        {to === 'on_hold' && (
          <Field label={t('panels.status.holdReason')} required>
            {(ids) => (
              <select id={ids.control} value={holdReason} onChange={(e) => setHoldReason(e.target.value as HoldReason | '')} aria-invalid={refusal?.code === 'hold_reason_required' || undefined} data-testid="status-hold-reason">
                <option value="">{t('panels.status.choose')}</option>
                {HOLD_REASONS.map((r) => (
                  <option key={r} value={r}>
                    {t(`holdReason.${r}`)}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        <Field label={t('panels.status.note')}>{(ids) => <input id={ids.control} value={note} maxLength={200} onChange={(e) => setNote(e.target.value)} data-testid="status-note" />}</Field>
      </FormFields>
      <div id={`${id}-refusal`}>
        {refusal && (
          <p className="error" role="alert" data-testid="status-refusal">
            {t(`fieldwork.error.${refusal.code}`)}
            {refusal.code === 'invalid_transition' && ` ${t('panels.status.refusedExplain', { from: t(`caseStatus.${from}`), to: t(`caseStatus.${refusal.to}`), allowed: allowedText })}`}
          </p>
        )}
        {tried && !to && (
          <p className="error" role="alert">
            {t('panels.status.chooseFirst')}
          </p>
        )}
      </div>
      <ActionErrorText error={error} testId="status-error" />
      <FormButtons>
        <button type="submit" className="primary" disabled={busy} data-testid="status-submit">
          {t('panels.status.submit')}
        </button>
      </FormButtons>
    </form>
  );
}
