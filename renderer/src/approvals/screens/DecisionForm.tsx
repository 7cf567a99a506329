import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { REASON_MAX_LENGTH } from '../../../../shared/records/limits';
import type { ActionError } from '../../fieldwork/state/fieldworkSlice';
import { ActionErrorText } from '../../fieldwork/screens/panels/common';

export type Decision = 'approve' | 'reject';

/**
 * Approve or reject one request, with the decision note its rule asks for: `reasonFor` says which decisions
 * need one (a rejection always). The decision itself goes through the request's own action (`decide`).
 */
export function DecisionForm({ testId, reasonFor, hint, decide }: {
  testId: string;
  reasonFor: readonly Decision[];
  hint: string;
  decide: (decision: Decision, reason: string) => Promise<ActionError | null>;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ActionError | null>(null);
  const id = useId();
  const submit = async (decision: Decision) => {
    setError(null);
    if (reasonFor.includes(decision) && !reason.trim()) return setMissing(true);
    setBusy(true);
    const refused = await decide(decision, reason.trim());
    setBusy(false);
    if (refused) setError(refused);
  };
  return (
    <div className="inbox-decision" data-testid={`${testId}-decision`}>
      <label htmlFor={`${id}-reason`}>{t('approvals.decision.reason')}</label>
      <span className="muted small"> {hint}</span>
      <textarea
        id={`${id}-reason`}
        rows={2}
        maxLength={REASON_MAX_LENGTH}
        value={reason}
        aria-invalid={missing || undefined}
        aria-describedby={`${id}-err`}
        onChange={(e) => {
          setReason(e.target.value);
          setMissing(false);
        }}
        data-testid={`${testId}-decision-reason`}
      />
      {missing && (
        <span id={`${id}-err`} className="error small" role="alert">
          {t('approvals.decision.reasonRequired')}
        </span>
      )}
      <ActionErrorText error={error} testId={`${testId}-error`} />
      <div className="row gap">
        <button type="button" className="primary" disabled={busy} onClick={() => void submit('approve')} data-testid={`${testId}-approve`}>
          {t('approvals.decision.approve')}
        </button>
        <button type="button" disabled={busy} onClick={() => void submit('reject')} data-testid={`${testId}-reject`}>
          {t('approvals.decision.reject')}
        </button>
      </div>
    </div>
  );
}
