import { useMemo, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import { DEFAULT_TIME_ZONE, todayIn } from '../../../../shared/calendar';
import { useAppStore } from '../../state/appStore';
import { clock } from '../../state/clock';
import type { ActionResult } from '../../fieldwork/state/fieldworkSlice';
import { recordLetterAcknowledgement, recordLetterDelivery, voidLetter } from '../actions';
import type { RegisteredLetter } from '../repository/register';
import { usePermission } from '../../access/screens/usePermission';
import { ChoiceField, DateField, FormButtons, FormFields, TextField, dateText, useZodForm } from '../../ui/form';
import { charCount, DELIVERY_EVIDENCE_MAX_LENGTH, SIGNER_TYPES, TRACKING_NUMBER_MAX_LENGTH, VOID_REASON_MIN_LENGTH, type DELIVERY_METHODS } from '../../../../shared/records/limits';

type Mode = null | 'delivery' | 'ack' | 'void';
const METHODS = ['registered_mail', 'ems', 'courier', 'hand_delivery'] as const satisfies readonly (typeof DELIVERY_METHODS)[number][];
const STATUSES = ['sent', 'delivered', 'returned'] as const;
type Translate = ReturnType<typeof useTranslation>['t'];

/**
 * One schema for the three inline forms; only the open one's fields are checked. A 回执 is signed between the
 * day the letter went out and today, never before or after.
 */
const actionSchema = (t: Translate, mode: Mode, issuedOn: string, today: string) =>
  z
    .object({
      method: z.enum(METHODS),
      tracking: z.string().trim().max(TRACKING_NUMBER_MAX_LENGTH),
      status: z.enum(STATUSES),
      evidence: z.string().trim().max(DELIVERY_EVIDENCE_MAX_LENGTH),
      signedOn: z.string(),
      signer: z.enum(SIGNER_TYPES),
      reason: z.string().trim(),
    })
    .superRefine((v, ctx) => {
      if (mode === 'delivery' && v.status === 'delivered' && v.evidence === '') ctx.addIssue({ code: 'custom', path: ['evidence'], message: t('letters.actions.evidenceNeeded') });
      if (mode === 'ack') {
        const date = dateText(t, { min: issuedOn, max: today }).safeParse(v.signedOn);
        if (v.signedOn === '') ctx.addIssue({ code: 'custom', path: ['signedOn'], message: t('letters.actions.dateNeeded') });
        else if (!date.success) ctx.addIssue({ code: 'custom', path: ['signedOn'], message: date.error.issues[0]!.message });
      }
      if (mode === 'void' && charCount(v.reason) < VOID_REASON_MIN_LENGTH) ctx.addIssue({ code: 'custom', path: ['reason'], message: t('letters.actions.reasonNeeded') });
    });

/** Register a tracking number, delivery or return, the signed 回执, or void the letter with a reason. */
export function LetterActions({ letter }: { letter: RegisteredLetter }) {
  const { t } = useTranslation();
  const act = useAppStore((s) => s.act);
  // By role only: the register lists letters, not their cases' assignment; head office checks the case.
  const mayRegister = usePermission('register_delivery').ok;
  const mayVoid = usePermission('issue_letter').ok;
  const [mode, setMode] = useState<Mode>(null);
  const [error, setError] = useState<string | null>(null);
  const today = clock.today(DEFAULT_TIME_ZONE);
  const issuedOn = todayIn(DEFAULT_TIME_ZONE, new Date(letter.issuedAt));
  const schema = useMemo(() => actionSchema(t, mode, issuedOn, today), [t, mode, issuedOn, today]);
  const form = useZodForm(schema, {
    method: letter.delivery.method && letter.delivery.method !== 'sms' && letter.delivery.method !== 'email' ? letter.delivery.method : 'ems',
    tracking: letter.delivery.trackingNumber ?? '',
    status: letter.delivery.status === 'not_sent' ? 'sent' : 'delivered',
    evidence: '',
    signedOn: '',
    signer: 'self',
    reason: '',
  });
  const status = form.watch('status');

  // Each opening starts clean: a message left from the last form would point at a field no longer there.
  const open = (m: Mode) => {
    form.clearErrors();
    setError(null);
    setMode(m);
  };

  const done = (result: ActionResult<unknown>) => {
    if (!result.ok) return setError(t(result.error.key, result.error.params));
    setMode(null);
    setError(null);
  };

  const submit = form.handleSubmit(async (v) => {
    if (mode === 'delivery') done(await act(recordLetterDelivery, { caseId: letter.caseId, letterId: letter.id, method: v.method, trackingNumber: v.tracking || null, status: v.status, evidence: v.evidence || null }));
    else if (mode === 'ack') done(await act(recordLetterAcknowledgement, { caseId: letter.caseId, letterId: letter.id, signedOn: v.signedOn, signerType: v.signer }));
    else if (mode === 'void') done(await act(voidLetter, { caseId: letter.caseId, letterId: letter.id, reason: v.reason }));
  });

  if (mode === null) {
    return (
      <span className="row gap">
        {mayRegister && (
          <>
            <button className="small" onClick={() => open('delivery')} data-testid={`letter-delivery-${letter.number}`}>
              {t('letters.actions.delivery')}
            </button>
            <button className="small" onClick={() => open('ack')} data-testid={`letter-ack-${letter.number}`}>
              {t('letters.actions.ack')}
            </button>
          </>
        )}
        {mayVoid && (
          <button className="small" onClick={() => open('void')}>
            {t('letters.actions.void')}
          </button>
        )}
      </span>
    );
  }
  return (
    <FormProvider {...form}>
      <form className="letter-action-form" onSubmit={submit} noValidate aria-label={`${letter.number} ${t(`letters.actions.${mode}`)}`}>
        <FormFields compact>
          {mode === 'delivery' && (
            <>
              <ChoiceField name="method" label={t('letterForm.method')} choices={METHODS.map((m) => ({ value: m, label: t(`letters.method.${m}`) }))} />
              <TextField name="tracking" label={t('letters.actions.tracking')} maxLength={TRACKING_NUMBER_MAX_LENGTH} testId="letter-tracking" />
              <ChoiceField name="status" label={t('letterForm.status')} choices={STATUSES.map((s) => ({ value: s, label: t(`letters.delivery.${s}`) }))} testId="letter-delivery-status" />
              {status === 'delivered' && <TextField name="evidence" label={t('letters.actions.evidence')} maxLength={DELIVERY_EVIDENCE_MAX_LENGTH} required wide />}
            </>
          )}
          {mode === 'ack' && (
            <>
              <DateField name="signedOn" label={t('letterForm.signedOn')} min={issuedOn} max={today} required testId="letter-ack-date" />
              <ChoiceField name="signer" label={t('letterForm.signer')} choices={SIGNER_TYPES.map((s) => ({ value: s, label: t(`letters.signer.${s}`) }))} testId="letter-ack-signer" />
            </>
          )}
          {mode === 'void' && <TextField name="reason" label={t('letters.actions.reason')} required wide />}
        </FormFields>
        <FormButtons>
          <button type="submit" className="small primary" disabled={form.formState.isSubmitting} data-testid="letter-action-save">
            {t('common.save')}
          </button>
          <button type="button" className="small" onClick={() => open(null)}>
            {t('common.cancel')}
          </button>
          {error && (
            <span className="error" role="alert">
              {error}
            </span>
          )}
        </FormButtons>
      </form>
    </FormProvider>
  );
}
