import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Case } from '../../../../shared/domain/case';
import { missingItems } from '../../../../shared/legal/checklist';
import { legalCasesOf, type LegalCaseSummary } from '../../../../shared/legal/view';
import type { LegalReferral } from '../../../../shared/records/legalReferral';
import { Permitted } from '../../access/screens/Permitted';
import { currentCalendar } from '../../config/configInForce';
import { DecisionForm, type Decision } from '../../approvals/screens/DecisionForm';
import type { ActionError } from '../../fieldwork/state/fieldworkSlice';
import { useAppStore } from '../../state/appStore';
import { clock } from '../../state/clock';
import { formatFen, formatInstant } from '../../ui/format';
import { decideLegalReferral } from '../actions';
import { useCaseLegal } from '../state/useCaseLegal';
import { ReferralForm } from './ReferralForm';
import { BundlePanel } from './BundlePanel';
import type { LegalBundleRecord } from '../../../../shared/records/legalBundle';

/** 法律诉讼 on the case: referrals and their decisions, legal cases with their steps and enforcement deadline, and a form to refer. */
export function LegalCard({ caseRecord: c }: { caseRecord: Case }) {
  const { t } = useTranslation();
  const data = useCaseLegal(c.id);
  const [open, setOpen] = useState(false);
  const today = clock.today(c.timeZone);
  const legalCases = useMemo(() => (data ? legalCasesOf(data.steps, today, currentCalendar()) : []), [data, today]);
  if (!data) return null;
  const pending = data.referrals.some((r) => r.status === 'proposed' || r.status === 'approved');
  return (
    <section className="card legal" data-testid="legal-card" aria-label={t('legal.heading')}>
      <h2>{t('legal.heading')}</h2>
      {legalCases.map((lc) => (
        <LegalCaseView key={lc.id} legalCase={lc} caseRecord={c} bundles={data.bundles.filter((b) => b.legalCaseId === lc.id)} />
      ))}
      {data.referrals.length === 0 && legalCases.length === 0 && <p className="muted">{t('legal.none')}</p>}
      <ul className="plain">
        {data.referrals.map((r) => (
          <ReferralRow key={r.id} referral={r} caseRecord={c} />
        ))}
      </ul>
      {!pending && (
        <Permitted action="refer_legal" target={c.assignment}>
          {open ? (
            <ReferralForm caseRecord={c} onDone={() => setOpen(false)} />
          ) : (
            <button type="button" onClick={() => setOpen(true)} data-testid="legal-open-form">
              {t('legal.form.open')}
            </button>
          )}
        </Permitted>
      )}
    </section>
  );
}

function ReferralRow({ referral: r, caseRecord: c }: { referral: LegalReferral; caseRecord: Case }) {
  const { t, i18n } = useTranslation();
  const staff = useAppStore((s) => s.staff);
  const nameOf = (id: string) => staff.find((s) => s.id === id)?.name ?? id;
  const missing = missingItems(r.checklist);
  return (
    <li className={`referral status-${r.status}`} data-testid={`legal-referral-${r.id}`}>
      <div className="row gap">
        <strong>{t(`legal.proceeding.${r.proceeding}`)}</strong>
        <span className={`pill status-${r.status}`} data-testid="legal-referral-status">
          {t(`legal.referralStatus.${r.status}`)}
        </span>
        <span>{t('legal.claim', { amount: formatFen(r.claimFen), date: r.claimAsOf })}</span>
      </div>
      <p className="prewrap small">{r.reasons}</p>
      <ul className="plain small" data-testid="legal-checklist">
        {r.checklist.map((e) => (
          <li key={e.item} className={e.refs.length === 0 ? 'warning' : ''}>
            {t(`legal.evidence.${e.item}`)}: {e.refs.length === 0 ? t('legal.missing') : t('legal.count', { count: e.refs.length })}
          </li>
        ))}
      </ul>
      {missing.length > 0 && <p className="warning small">{t('legal.missingBanner', { items: missing.map((m) => t(`legal.evidence.${m}`)).join('、') })}</p>}
      <p className="muted small">{t('legal.referredBy', { maker: nameOf(r.makerId), at: formatInstant(r.referredAt, i18n.language, c.timeZone) })}</p>
      {r.supervisorDecision && <p className="small">{t('legal.supervisorDecided', { by: nameOf(r.supervisorDecision.by), reason: r.supervisorDecision.reason })}</p>}
      {r.headOfficeDecision && <p className="small">{t('legal.headOfficeDecided', { reason: r.headOfficeDecision.reason })}</p>}
      {r.status === 'proposed' && (
        <Permitted action="approve_plan" target={c.assignment} quiet>
          <ReferralDecision referral={r} />
        </Permitted>
      )}
    </li>
  );
}

// The decision's reason is required either way (the action's ReasonSchema), so both buttons ask for it.
export function ReferralDecision({ referral }: { referral: LegalReferral }) {
  const { t } = useTranslation();
  const act = useAppStore((s) => s.act);
  const decide = async (decision: Decision, reason: string): Promise<ActionError | null> => {
    const result = await act(decideLegalReferral, { caseId: referral.caseId, referralId: referral.id, decision, reason });
    return result.ok ? null : result.error;
  };
  return <DecisionForm testId="legal" reasonFor={['approve', 'reject']} hint={t('legal.decisionHint')} decide={decide} />;
}

function LegalCaseView({ legalCase: lc, caseRecord: c, bundles }: { legalCase: LegalCaseSummary; caseRecord: Case; bundles: readonly LegalBundleRecord[] }) {
  const { t } = useTranslation();
  const filing = lc.steps[0]?.step;
  const e = lc.enforcement;
  return (
    <article className="legal-case" data-testid={`legal-case-${lc.id}`}>
      {filing?.kind === 'file' && (
        <div className="row gap">
          <strong data-testid="legal-case-number">{filing.caseNumber}</strong>
          <span>{filing.forumName}</span>
          <span className={`pill status-${lc.status}`} data-testid="legal-case-status">
            {t(`legal.caseStatus.${lc.status}`)}
          </span>
        </div>
      )}
      <ol className="small" data-testid="legal-steps">
        {lc.steps.map((s) => (
          <li key={s.id}>{stepText(s.step, t, c)}</li>
        ))}
      </ol>
      {e && (
        <p className={e.status === 'running' && e.daysLeft <= 90 ? 'warning' : ''} data-testid="legal-enforcement">
          {t(`legal.enforcement.${e.status}`, { date: e.expiry, days: e.daysLeft })}
          {e.actBy ? ` ${t('legal.enforcement.actBy', { date: e.actBy })}` : ''}
          {e.uncoveredYears ? ` ${t('legal.enforcement.unchecked', { years: e.uncoveredYears })}` : ''}
        </p>
      )}
      <BundlePanel caseRecord={c} legalCaseId={lc.id} bundles={bundles} />
    </article>
  );
}

type T = (key: string, params?: Record<string, unknown>) => string;

function stepText(step: LegalCaseSummary['steps'][number]['step'], t: T, c: Case): string {
  const name = (id: string) => c.parties.find((p) => p.id === id)?.name ?? id;
  switch (step.kind) {
    case 'file':
      return t('legal.step.file', { date: step.filedOn, parties: step.parties.map((p) => name(p.partyId)).join('、'), amount: formatFen(step.claim.principalFen + step.claim.interestFen + step.claim.penaltyFen + step.claim.feesFen) });
    case 'hearing':
      return t('legal.step.hearing', { date: step.on, time: step.time, place: step.place });
    case 'mediation':
      return t('legal.step.mediation', { date: step.effectiveOn, amount: formatFen(step.amountFen), performBy: step.performBy ?? '—' });
    case 'judgment':
      return t('legal.step.judgment', { date: step.effectiveOn, amount: formatFen(step.awarded.principalFen + step.awarded.interestFen + step.awarded.penaltyFen + step.awarded.feesFen), performBy: step.performBy ?? '—' });
    case 'enforcement_application':
      return t('legal.step.enforcement_application', { date: step.appliedOn, number: step.enforcementCaseNumber });
    case 'enforcement_recovery':
      return t('legal.step.enforcement_recovery', { date: step.receivedOn, amount: formatFen(step.amountFen) });
    case 'enforcement_ended':
      return t('legal.step.enforcement_ended', { date: step.on, reason: step.reason });
    case 'closure':
      return t('legal.step.closure', { date: step.on, outcome: t(`legal.outcome.${step.outcome}`) });
  }
}
