import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useAppStore } from '../../state/appStore';
import type { ActionResult } from '../../fieldwork/state/fieldworkSlice';
import { recordLetterAcknowledgement, recordLetterDelivery, voidLetter } from '../actions';
import type { RegisteredLetter } from '../repository/register';
import { usePermission } from '../../access/screens/usePermission';
import { charCount, DELIVERY_EVIDENCE_MAX_LENGTH, SIGNER_TYPES, TRACKING_NUMBER_MAX_LENGTH, VOID_REASON_MIN_LENGTH, type DELIVERY_METHODS } from '../../../../shared/records/limits';

type Mode = null | 'delivery' | 'ack' | 'void';
const METHODS = ['registered_mail', 'ems', 'courier', 'hand_delivery'] as const satisfies readonly (typeof DELIVERY_METHODS)[number][];
const SIGNERS = SIGNER_TYPES;

/** Register a tracking number, delivery or return, the signed 回执, or void the letter with a reason. */
export function LetterActions({ letter }: { letter: RegisteredLetter }) {
  const { t } = useTranslation();
  const act = useAppStore((s) => s.act);
  // By role only: the register lists letters, not their cases' assignment; head office checks the case.
  const mayRegister = usePermission('register_delivery').ok;
  const mayVoid = usePermission('issue_letter').ok;
  const [mode, setMode] = useState<Mode>(null);
  const [method, setMethod] = useState<(typeof METHODS)[number]>(letter.delivery.method && letter.delivery.method !== 'sms' && letter.delivery.method !== 'email' ? letter.delivery.method : 'ems');
  const [tracking, setTracking] = useState(letter.delivery.trackingNumber ?? '');
  const [status, setStatus] = useState<'sent' | 'delivered' | 'returned'>(letter.delivery.status === 'not_sent' ? 'sent' : 'delivered');
  const [evidence, setEvidence] = useState('');
  const [signedOn, setSignedOn] = useState('');
  const [signer, setSigner] = useState<(typeof SIGNERS)[number]>('self');
  const [reason, setReason] = useState('');
  const [error, setError] = useState<string | null>(null);

  const done = (result: ActionResult<unknown>) => {
    if (!result.ok) return setError(t(result.error.key, result.error.params));
    setMode(null);
    setError(null);
  };

  if (mode === null) {
    return (
      <span className="row gap">
        {mayRegister && (
          <>
            <button className="small" onClick={() => setMode('delivery')} data-testid={`letter-delivery-${letter.number}`}>
              {t('letters.actions.delivery')}
            </button>
            <button className="small" onClick={() => setMode('ack')} data-testid={`letter-ack-${letter.number}`}>
              {t('letters.actions.ack')}
            </button>
          </>
        )}
        {mayVoid && (
          <button className="small" onClick={() => setMode('void')}>
            {t('letters.actions.void')}
          </button>
        )}
      </span>
    );
  }
  return (
    <form
      className="inline-form"
      onSubmit={(e) => {
        e.preventDefault();
        if (mode === 'delivery') {
          if (status === 'delivered' && !evidence.trim()) return setError(t('letters.actions.evidenceNeeded'));
          void act(recordLetterDelivery, { caseId: letter.caseId, letterId: letter.id, method, trackingNumber: tracking.trim() || null, status, evidence: evidence.trim() || null }).then(done);
        } else if (mode === 'ack') {
          if (!/^\d{4}-\d{2}-\d{2}$/.test(signedOn)) return setError(t('letters.actions.dateNeeded'));
          void act(recordLetterAcknowledgement, { caseId: letter.caseId, letterId: letter.id, signedOn, signerType: signer }).then(done);
        } else {
          if (charCount(reason) < VOID_REASON_MIN_LENGTH) return setError(t('letters.actions.reasonNeeded'));
          void act(voidLetter, { caseId: letter.caseId, letterId: letter.id, reason }).then(done);
        }
      }}
    >
      {mode === 'delivery' && (
        <>
          <select value={method} onChange={(e) => setMethod(e.target.value as (typeof METHODS)[number])}>
            {METHODS.map((m) => (
              <option key={m} value={m}>
                {t(`letters.method.${m}`)}
              </option>
            ))}
          </select>
          <input value={tracking} placeholder={t('letters.actions.tracking')} maxLength={TRACKING_NUMBER_MAX_LENGTH} onChange={(e) => setTracking(e.target.value)} data-testid="letter-tracking" />
          <select value={status} onChange={(e) => setStatus(e.target.value as typeof status)} data-testid="letter-delivery-status">
            {(['sent', 'delivered', 'returned'] as const).map((s) => (
              <option key={s} value={s}>
                {t(`letters.delivery.${s}`)}
              </option>
            ))}
          </select>
          {status === 'delivered' && <input value={evidence} placeholder={t('letters.actions.evidence')} maxLength={DELIVERY_EVIDENCE_MAX_LENGTH} onChange={(e) => setEvidence(e.target.value)} />}
        </>
      )}
      {mode === 'ack' && (
        <>
          <input type="date" value={signedOn} onChange={(e) => setSignedOn(e.target.value)} data-testid="letter-ack-date" />
          <select value={signer} onChange={(e) => setSigner(e.target.value as (typeof SIGNERS)[number])} data-testid="letter-ack-signer">
            {SIGNERS.map((s) => (
              <option key={s} value={s}>
                {t(`letters.signer.${s}`)}
              </option>
            ))}
          </select>
        </>
      )}
      {mode === 'void' && <input value={reason} placeholder={t('letters.actions.reason')} onChange={(e) => setReason(e.target.value)} />}
      <button type="submit" className="small primary" data-testid="letter-action-save">
        {t('common.save')}
      </button>
      <button type="button" className="small" onClick={() => setMode(null)}>
        {t('common.cancel')}
      </button>
      {error && <span className="error">{error}</span>}
    </form>
  );
}
