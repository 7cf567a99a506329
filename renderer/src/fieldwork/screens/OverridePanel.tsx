import { useEffect, useMemo, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/domain/case';
import { latestRequestFor, overrideState, type OverrideNeed } from '../../../../shared/fieldwork/overrides';
import { charCount, OVERRIDE_REASON_MIN_LENGTH } from '../../../../shared/records/limits';
import { decideHere } from '../../approvals/state/overrideApprovals';
import { useAppStore } from '../../state/appStore';
import { formatInstant } from '../../ui/format';
import { requestOverride } from '../actions';
import { FormButtons, FormFields, TextField, useZodForm } from '../../ui/form';

type Translate = ReturnType<typeof useTranslation>['t'];

const requestSchema = (t: Translate) =>
  z.object({ reason: z.string().max(500).refine((r) => charCount(r) >= OVERRIDE_REASON_MIN_LENGTH, t('overrides.request.tooShort')) });
// A rejection says why (the collector reads it); an approval needs only the supervisor's own id and password.
const hereSchema = z.object({ supervisorId: z.string(), password: z.string(), rejectReason: z.string().max(500) });

/** HH:mm where the case is; the default window's end, midnight, reads as the end of the day (24:00). */
const timeOf = (iso: string, lang: string, timeZone: string) => {
  const hhmm = new Intl.DateTimeFormat(lang, { timeZone, hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(new Date(iso));
  return hhmm === '00:00' ? '24:00' : hhmm;
};

/**
 * Where a contact that a rule leaves to a supervisor stands: request an override with a reason; the supervisor
 * approves on their own device (it arrives at the next sync) or here with their own id and password; then the
 * state: requested, approved until HH:mm, rejected with the reason.
 */
export function OverridePanel({ caseRecord: c, need, phoneId, packId, now }: { caseRecord: Case; need: OverrideNeed; phoneId: string | null; packId: string; now: Date }) {
  const { t, i18n } = useTranslation();
  const caseWork = useAppStore((s) => s.caseWork);
  const staff = useAppStore((s) => s.staff);
  const act = useAppStore((s) => s.act);
  const [hereOpen, setHereOpen] = useState(false);
  // Two small forms of the kit inside the contact log's form: no <form> of their own (forms do not nest), their
  // buttons submit them.
  const requestForm = useZodForm(useMemo(() => requestSchema(t), [t]), { reason: '' });
  const hereForm = useZodForm(hereSchema, { supervisorId: '', password: '', rejectReason: '' });
  const [supervisorId, password, rejectReason] = hereForm.watch(['supervisorId', 'password', 'rejectReason']);
  const [message, setMessage] = useState<{ ok: boolean; text: string } | null>(null);

  const requests = caseWork?.caseId === c.id ? (caseWork.overrideRequests ?? []) : [];
  const used = new Set((caseWork?.activities ?? []).flatMap((a) => (a.override?.requestId ? [a.override.requestId] : [])));
  const latest = latestRequestFor(requests, need);
  const state = latest ? overrideState(latest, used.has(latest.id) ? latest.id : null, now) : null;
  const nameOf = (id: string) => staff.find((s) => s.id === id)?.name ?? id;
  const by = latest?.decision ? nameOf(latest.decision.decidedBy) : '';
  const how = latest?.decision ? t(`overrides.state.how.${latest.decision.how}`) : '';
  const stateNow = state?.state ?? 'none';
  // A message about a request that has since been used up or run out no longer applies.
  useEffect(() => {
    if (stateNow === 'used' || stateNow === 'expired') setMessage(null);
  }, [stateNow]);
  const canRequest = state === null || ['rejected', 'expired', 'used'].includes(state.state);

  const send = requestForm.handleSubmit(async ({ reason }) => {
    setMessage(null);
    const result = await act(requestOverride, { caseId: c.id, partyId: need.partyId, channel: need.channel, phoneId, packId, reason });
    if (!result.ok) return setMessage({ ok: false, text: t(result.error.key, result.error.params) });
    requestForm.reset({ reason: '' });
    setMessage({ ok: true, text: t('overrides.request.sent') });
  });

  const decide = async (decision: 'approve' | 'reject') => {
    if (!latest) return;
    setMessage(null);
    const result = await decideHere({ caseId: c.id, requestId: latest.id, decision, reason: decision === 'reject' ? rejectReason.trim() || null : null, validUntil: null, supervisorId, password });
    hereForm.setValue('password', '');
    if (!result.ok) return setMessage({ ok: false, text: t(result.error.key, result.error.params) });
    setHereOpen(false);
    hereForm.reset({ supervisorId: '', password: '', rejectReason: '' });
    setMessage({ ok: true, text: t('overrides.here.done') });
  };

  return (
    <div className="gate gate-override_required" data-testid="override-panel" data-state={state?.state ?? 'none'}>
      <strong>{t('overrides.title')}</strong>
      <p data-testid="override-state">
        {state === null && t('overrides.state.none')}
        {state?.state === 'requested' && t('overrides.state.requested', { at: formatInstant(latest!.requestedAt, i18n.language, c.timeZone) })}
        {state?.state === 'approved' && `${t('overrides.state.approved', { by, until: timeOf(state.until, i18n.language, c.timeZone) })} ${how}`}
        {state?.state === 'not_yet' && t('overrides.state.notYet', { from: formatInstant(state.from, i18n.language, c.timeZone) })}
        {state?.state === 'rejected' && `${t('overrides.state.rejected', { by, reason: state.reason })} ${how}`}
        {state?.state === 'expired' && t('overrides.state.expired', { until: formatInstant(state.until, i18n.language, c.timeZone) })}
        {state?.state === 'used' && t('overrides.state.used')}
      </p>
      {canRequest && (
        <FormProvider {...requestForm}>
          <FormFields compact>
            <TextField name="reason" label={t('overrides.request.reason')} maxLength={500} wide required testId="override-reason" />
          </FormFields>
          <FormButtons>
            <button type="button" onClick={() => void send()} disabled={requestForm.formState.isSubmitting} data-testid="override-request">
              {t('overrides.request.submit')}
            </button>
          </FormButtons>
        </FormProvider>
      )}
      {state?.state === 'requested' && !hereOpen && (
        <button type="button" onClick={() => setHereOpen(true)} data-testid="override-here-open">
          {t('overrides.here.open')}
        </button>
      )}
      {state?.state === 'requested' && hereOpen && (
        <FormProvider {...hereForm}>
          <fieldset className="override-here" data-testid="override-here" aria-label={t('overrides.here.title')}>
            <legend>{t('overrides.here.title')}</legend>
            <p className="muted small">{t('overrides.here.hint')}</p>
            <FormFields compact>
              <TextField name="supervisorId" label={t('overrides.here.userId')} autoComplete="off" testId="override-here-user" />
              <TextField name="password" type="password" label={t('overrides.here.password')} autoComplete="off" testId="override-here-password" />
              <TextField name="rejectReason" label={t('overrides.here.rejectReason')} maxLength={500} wide testId="override-here-reject-reason" />
            </FormFields>
            <FormButtons>
              <button type="button" className="primary" onClick={() => void decide('approve')} disabled={!supervisorId || !password} data-testid="override-here-approve">
                {t('overrides.here.approve')}
              </button>
              <button type="button" onClick={() => void decide('reject')} disabled={!supervisorId || !password || !rejectReason.trim()} data-testid="override-here-reject">
                {t('overrides.here.reject')}
              </button>
              <button type="button" onClick={() => setHereOpen(false)}>
                {t('overrides.here.cancel')}
              </button>
            </FormButtons>
          </fieldset>
        </FormProvider>
      )}
      {message && (
        <p className={message.ok ? 'ok' : 'error'} role={message.ok ? 'status' : 'alert'} data-testid="override-message">
          {message.text}
        </p>
      )}
    </div>
  );
}
