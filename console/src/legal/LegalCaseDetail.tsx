import { useTranslation } from 'react-i18next';
import type { LegalCasesAnswer, LegalCaseView } from '../../../shared/legal/consoleApi';
import { formatFen } from '../../../shared/domain/money';
import { breakdownTotal } from '../../../shared/records/legalStep';
import { useApi } from '../api/useApi';
import { useMe } from '../layout/MeContext';
import { ErrorNote } from '../ui/ErrorNote';
import { acceptedReferrals, legalCasesOfCase } from './api';
import { BundleCheck } from './BundleCheck';
import { StepForm } from './StepForm';

type T = (key: string, params?: Record<string, unknown>) => string;

/** One case's legal cases at head office: parties, claim, costs, steps, enforcement period with its alert, bundle. */
export function LegalCaseDetail({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const { canChange } = useMe();
  const view = useApi(async () => {
    const [answer, accepted] = await Promise.all([legalCasesOfCase(caseId), acceptedReferrals()]);
    const filed = new Set(answer.legalCases.map((lc) => (lc.steps[0]?.step.kind === 'file' ? lc.steps[0].step.referralId : '')));
    return { answer, toFile: accepted.referrals.filter((r) => r.caseId === caseId && !filed.has(r.id)) };
  }, caseId);
  if (view.error) return <ErrorNote error={view.error} onRetry={view.reload} />;
  if (!view.data) return <p className="loading">{t('common.loading')}</p>;
  const { answer, toFile } = view.data;
  const nameOf = (id: string) => answer.parties.find((p) => p.id === id)?.name ?? id;
  return (
    <div data-testid="legal-case-detail">
      <h1>
        {t('legalCases.title')} · {answer.caseNumber} · {answer.branchCode}
      </h1>
      <h2>{t('legalCases.parties')}</h2>
      <ul className="plain" data-testid="legal-case-parties">
        {answer.parties.map((p) => (
          <li key={p.id}>
            {p.name}（{t(`legalCases.role.${p.role}`)}）
          </li>
        ))}
      </ul>
      {answer.legalCases.map((lc) => (
        <LegalCaseBlock key={lc.id} lc={lc} answer={answer} nameOf={nameOf} t={t} canChange={canChange} onChanged={view.reload} />
      ))}
      {canChange && toFile.length > 0 && <StepForm caseId={caseId} parties={answer.parties} referrals={toFile} legalCaseId={null} onDone={view.reload} />}
    </div>
  );
}

function LegalCaseBlock({ lc, answer, nameOf, t, canChange, onChanged }: { lc: LegalCaseView; answer: LegalCasesAnswer; nameOf: (id: string) => string; t: T; canChange: boolean; onChanged: () => void }) {
  const filing = lc.steps[0]?.step;
  if (filing?.kind !== 'file') return null;
  const e = lc.enforcement;
  return (
    <article className="card" data-testid={`legal-case-${lc.id}`}>
      <h2>
        {filing.forumName} {filing.caseNumber} · <span data-testid="legal-case-status">{t(`legalCases.status.${lc.status}`)}</span>
      </h2>
      <p>
        {filing.parties.map((p) => `${nameOf(p.partyId)}（${t(`legalCases.role.${p.role}`)}）`).join('、')}
      </p>
      <h3>{t('legalCases.claim')}</h3>
      <table className="grid" data-testid="legal-case-claim">
        <tbody>
          {(['principalFen', 'interestFen', 'penaltyFen', 'feesFen'] as const).map((k) => (
            <tr key={k}>
              <td>{t(`legalCases.amounts.${k}`)}</td>
              <td>{formatFen(filing.claim[k])}</td>
            </tr>
          ))}
          <tr>
            <td>
              <strong>{t('legalCases.amounts.total')}</strong>
            </td>
            <td>
              <strong>{formatFen(breakdownTotal(filing.claim))}</strong>
            </td>
          </tr>
        </tbody>
      </table>
      <p>{t('legalCases.costs', { court: formatFen(filing.costs.courtFeeFen), counsel: formatFen(filing.costs.counselFeeFen) })}</p>
      <h3>{t('legalCases.steps')}</h3>
      <ol data-testid="legal-case-steps">
        {lc.steps.map((s) => (
          <li key={s.id}>{stepText(s.step, t)}</li>
        ))}
      </ol>
      {e && (
        <p className={lc.alert ? 'error-note' : ''} data-testid="legal-case-enforcement">
          {t(`legalCases.enforcement.${e.status}`, { date: e.expiry, days: e.daysLeft })}
          {e.actBy ? ` ${t('legalCases.enforcement.actBy', { date: e.actBy })}` : ''}
          {lc.alert ? (
            <strong data-testid="legal-case-alert"> · {t('legalCases.alert', { days: lc.alert.daysLeft, threshold: lc.alert.threshold })}</strong>
          ) : null}
        </p>
      )}
      <BundleCheck bundles={answer.bundles.filter((b) => b.legalCaseId === lc.id)} />
      {canChange && lc.status !== 'closed' && <StepForm caseId={answer.caseId} parties={answer.parties} referrals={[]} legalCaseId={lc.id} prior={lc.steps.map((s) => s.step)} onDone={onChanged} />}
    </article>
  );
}

function stepText(step: LegalCaseView['steps'][number]['step'], t: T): string {
  switch (step.kind) {
    case 'file':
      return t('legalCases.step.file', { date: step.filedOn });
    case 'hearing':
      return t('legalCases.step.hearing', { date: step.on, time: step.time, place: step.place });
    case 'mediation':
      return t('legalCases.step.mediation', { date: step.effectiveOn, amount: formatFen(step.amountFen), performBy: step.performBy ?? '—' });
    case 'judgment':
      return t('legalCases.step.judgment', { date: step.effectiveOn, amount: formatFen(breakdownTotal(step.awarded)), performBy: step.performBy ?? '—' });
    case 'enforcement_application':
      return t('legalCases.step.enforcement_application', { date: step.appliedOn, number: step.enforcementCaseNumber });
    case 'enforcement_recovery':
      return t('legalCases.step.enforcement_recovery', { date: step.receivedOn, amount: formatFen(step.amountFen) });
    case 'enforcement_ended':
      return t('legalCases.step.enforcement_ended', { date: step.on, reason: step.reason });
    case 'closure':
      return t('legalCases.step.closure', { date: step.on, outcome: t(`legalCases.outcome.${step.outcome}`) });
  }
}
