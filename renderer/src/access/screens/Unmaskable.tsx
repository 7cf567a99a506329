import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { mayUnmask, type CaseAssignment, type UnmaskableField } from '../../../../shared/domain/permissions';
import { recordUnmask } from '../actions';
import { useAppStore } from '../../state/appStore';

import { currentLimits } from '../../config/configInForce';
import { UnmaskForm } from './UnmaskForm';

interface Props {
  field: UnmaskableField;
  /** The record revealed: the phone's, address's or party's id (it goes in the access log, the value never). */
  subjectId: string;
  caseId: string;
  assignment: CaseAssignment;
  masked: string;
  full: string;
  testId: string;
}

/**
 * A masked value with, for a role allowed to, a control to reveal it: a reason from a list plus free text,
 * both required; the unmask is recorded (audit + outbox) BEFORE the value shows, and it masks again after
 * the unmask duration head office publishes (limits; built in: 60 s). A role that may not unmask sees the masked value and no control at all.
 */
export function Unmaskable({ field, subjectId, caseId, assignment, masked, full, testId }: Props) {
  const { t } = useTranslation();
  const operator = useAppStore((s) => s.operator);
  const act = useAppStore((s) => s.act);
  const [asking, setAsking] = useState(false);
  // When the revealed value masks again (ms since the epoch); null while masked.
  const [until, setUntil] = useState<number | null>(null);
  const [, tick] = useState(0);
  const [error, setError] = useState<string | null>(null);
  const allowed = mayUnmask(operator, field, assignment).ok;

  useEffect(() => {
    if (until === null) return;
    // One timer masks again at the deadline; another only refreshes the countdown shown.
    const hide = setTimeout(() => setUntil(null), Math.max(0, until - Date.now()));
    const countdown = setInterval(() => tick((n) => n + 1), 1000);
    return () => {
      clearTimeout(hide);
      clearInterval(countdown);
    };
  }, [until]);
  // A different operator (sign-out, another user) never inherits what was revealed.
  useEffect(() => setUntil(null), [operator.id]);

  const shown = until !== null;
  const left = until === null ? 0 : Math.max(0, Math.ceil((until - Date.now()) / 1000));

  const confirm = async (text: string) => {
    const result = await act(recordUnmask, { caseId, field, subjectId, reason: text });
    if (!result.ok) return setError(t('unmask.failed', { message: t(result.error.key, result.error.params) }));
    setError(null);
    setAsking(false);
    setUntil(Date.now() + currentLimits().unmaskSeconds * 1000);
  };

  return (
    <span className="unmaskable" data-testid={`${testId}-unmask`}>
      <span className="mono" data-testid={testId} data-shown={shown ? 'full' : 'masked'}>
        {shown ? full : masked}
      </span>
      {allowed && !shown && !asking && (
        <button type="button" className="small link" onClick={() => setAsking(true)} aria-label={t('unmask.showLabel', { field: t(`unmask.field.${field}`) })} data-testid={`${testId}-show`}>
          {t('unmask.show')}
        </button>
      )}
      {shown && (
        <>
          {' '}
          <span className="muted small" role="status">{t('unmask.shownFor', { seconds: left })}</span>{' '}
          <button type="button" className="small link" onClick={() => setUntil(null)} data-testid={`${testId}-hide`}>
            {t('unmask.hide')}
          </button>
        </>
      )}
      {allowed && asking && <UnmaskForm label={t('unmask.showLabel', { field: t(`unmask.field.${field}`) })} testId={testId} onConfirm={confirm} onCancel={() => setAsking(false)} />}
      {error && (
        <span className="error small" role="alert">
          {error}
        </span>
      )}
    </span>
  );
}
