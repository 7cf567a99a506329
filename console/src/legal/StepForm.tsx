import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { parseYuanToFen } from '../../../shared/domain/money';
import type { ReferralRow, StepBody } from '../../../shared/legal/consoleApi';
import { LEGAL_STEP_KINDS, type LegalStepKind } from '../../../shared/legal/status';
import { checkStepDate } from '../../../shared/legal/stepDates';
import type { LegalStep } from '../../../shared/records/legalStep';
import { ConsoleError } from '../api/client';
import { ErrorNote } from '../ui/ErrorNote';
import { recordStep } from './api';

type Party = { id: string; name: string; role: string };
const NEXT_KINDS = LEGAL_STEP_KINDS.filter((k) => k !== 'file');
const OUTCOMES = ['paid', 'settled', 'withdrawn', 'dismissed', 'uncollectable'] as const;

/** Thrown when an amount field does not parse: the field named in words. */
class BadAmount extends Error {}

/**
 * Records a step of a legal case at head office (POST /admin/legal/cases/:caseId/steps): the filing of an
 * accepted referral (legalCaseId null), or the next step of a filed one. Head office checks the status machine and
 * the steps' dates (server/sync/apply/legal.ts); the dates are checked here first against the case's steps so far
 * (`prior`, shared/legal/stepDates.ts), so the user reads which step's date it precedes before anything is sent.
 */
export function StepForm({ caseId, parties, referrals, legalCaseId, prior = [], onDone }: { caseId: string; parties: readonly Party[]; referrals: readonly ReferralRow[]; legalCaseId: string | null; prior?: readonly LegalStep[]; onDone: () => void }) {
  const { t } = useTranslation();
  const filing = legalCaseId === null;
  const [kind, setKind] = useState<LegalStepKind>(filing ? 'file' : 'hearing');
  const [f, setF] = useState<Record<string, string>>({ referralId: referrals[0]?.id ?? '', time: '09:30', outcome: 'paid' });
  const [sued, setSued] = useState<Set<string>>(new Set(parties.filter((p) => p.role !== 'mortgagor').map((p) => p.id)));
  const [error, setError] = useState<unknown>(null);
  const [done, setDone] = useState(false);
  const v = (k: string) => f[k] ?? '';
  const set = (k: string) => (e: { target: { value: string } }) => setF((x) => ({ ...x, [k]: e.target.value }));
  const fen = (k: string, label: string) => {
    try {
      return v(k).trim() === '' ? 0 : parseYuanToFen(v(k).trim());
    } catch {
      throw new BadAmount(t('legalCases.error.money', { field: label }));
    }
  };
  const field = (k: string, label: string, type = 'text') => (
    <label key={k}>
      {label} <input type={type} value={v(k)} onChange={set(k)} data-testid={`legal-step-${k}`} />
    </label>
  );

  const body = (): StepBody => {
    const performance = { effectiveOn: v('effectiveOn'), performBy: v('performBy') || null, instalmentDueDates: [] };
    switch (kind) {
      case 'file': {
        const referral = referrals.find((r) => r.id === v('referralId'));
        return {
          legalCaseId: null,
          step: {
            kind: 'file', referralId: v('referralId'), proceeding: referral?.proceeding ?? 'suit', forum: referral?.proceeding === 'arbitration' ? 'arbitration' : 'court',
            forumName: v('forumName'), caseNumber: v('caseNumber'), filedOn: v('filedOn'),
            parties: parties.filter((p) => sued.has(p.id)).map((p) => ({ partyId: p.id, role: p.role === 'borrower' ? 'defendant' : 'co_defendant' })),
            claim: { principalFen: fen('principal', t('legalCases.amounts.principalFen')), interestFen: fen('interest', t('legalCases.amounts.interestFen')), penaltyFen: fen('penalty', t('legalCases.amounts.penaltyFen')), feesFen: fen('fees', t('legalCases.amounts.feesFen')) },
            costs: { courtFeeFen: fen('courtFee', t('legalCases.record.courtFee')), counselFeeFen: fen('counselFee', t('legalCases.record.counselFee')) },
          },
        };
      }
      case 'hearing':
        return { legalCaseId, step: { kind, on: v('on'), time: v('time'), place: v('place'), attendeeIds: v('attendees').split(/[,，\s]+/).filter(Boolean) } };
      case 'judgment':
        return { legalCaseId, step: { kind, ...performance, awarded: { principalFen: fen('principal', t('legalCases.amounts.principalFen')), interestFen: fen('interest', t('legalCases.amounts.interestFen')), penaltyFen: fen('penalty', t('legalCases.amounts.penaltyFen')), feesFen: fen('fees', t('legalCases.amounts.feesFen')) } } };
      case 'mediation':
        return { legalCaseId, step: { kind, ...performance, amountFen: fen('amount', t('legalCases.record.amount')) } };
      case 'enforcement_application':
        return { legalCaseId, step: { kind, appliedOn: v('on'), enforcementCaseNumber: v('enforcementCaseNumber') } };
      case 'enforcement_recovery':
        return { legalCaseId, step: { kind, receivedOn: v('on'), amountFen: fen('amount', t('legalCases.record.amount')) } };
      case 'enforcement_ended':
        return { legalCaseId, step: { kind, on: v('on'), reason: v('reason') } };
      case 'closure':
        return { legalCaseId, step: { kind, on: v('on'), outcome: v('outcome') as (typeof OUTCOMES)[number], reason: v('reason') } };
    }
  };

  async function submit() {
    setError(null);
    setDone(false);
    try {
      const b = body();
      const early = checkStepDate(prior, b.step);
      if (early) {
        const after = early.after === 'effectiveOn' ? t('legalCases.record.effectiveOn') : t(`legalCases.record.kinds.${early.after}`);
        throw new ConsoleError(400, 'legal_date', 'a step dated before what it follows', { step: t(`legalCases.record.kinds.${early.kind}`), date: early.date, after, earliest: early.earliest });
      }
      await recordStep(caseId, b);
      setDone(true);
      onDone();
    } catch (err) {
      setError(err instanceof BadAmount ? new Error(err.message) : err);
    }
  }

  const amounts = (['principal', 'interest', 'penalty', 'fees'] as const).map((k) => field(k, `${t(`legalCases.amounts.${k}Fen`)}（元）`));
  return (
    <form className="card" data-testid={filing ? 'legal-file-form' : 'legal-step-form'} onSubmit={(e) => (e.preventDefault(), void submit())}>
      <h3>{t('legalCases.record.title')}</h3>
      {filing ? (
        <>
          <label>
            {t('legalCases.record.referral')}{' '}
            <select value={v('referralId')} onChange={set('referralId')} data-testid="legal-step-referral">
              {referrals.map((r) => (
                <option key={r.id} value={r.id}>
                  {r.caseNumber} · {r.reasons.slice(0, 20)}
                </option>
              ))}
            </select>
          </label>
          {field('forumName', t('legalCases.record.forumName'))}
          {field('caseNumber', t('legalCases.record.caseNumber'))}
          {field('filedOn', t('legalCases.record.filedOn'), 'date')}
          <fieldset>
            <legend>{t('legalCases.record.sued')}</legend>
            {parties.map((p) => (
              <label key={p.id}>
                <input type="checkbox" checked={sued.has(p.id)} onChange={(e) => setSued((s) => (e.target.checked ? new Set([...s, p.id]) : new Set([...s].filter((x) => x !== p.id))))} /> {p.name}（{t(`legalCases.role.${p.role}`)}）
              </label>
            ))}
          </fieldset>
          {amounts}
          {field('courtFee', t('legalCases.record.courtFee'))}
          {field('counselFee', t('legalCases.record.counselFee'))}
        </>
      ) : (
        <>
          <label>
            {t('legalCases.record.kind')}{' '}
            <select value={kind} onChange={(e) => setKind(e.target.value as LegalStepKind)} data-testid="legal-step-kind">
              {NEXT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`legalCases.record.kinds.${k}`)}
                </option>
              ))}
            </select>
          </label>
          {kind === 'hearing' && [field('on', t('legalCases.record.on'), 'date'), field('time', t('legalCases.record.time'), 'time'), field('place', t('legalCases.record.place')), field('attendees', t('legalCases.record.attendees'))]}
          {(kind === 'judgment' || kind === 'mediation') && [field('effectiveOn', t('legalCases.record.effectiveOn'), 'date'), field('performBy', t('legalCases.record.performBy'), 'date')]}
          {kind === 'judgment' && amounts}
          {(kind === 'mediation' || kind === 'enforcement_recovery') && field('amount', t('legalCases.record.amount'))}
          {(kind === 'enforcement_application' || kind === 'enforcement_recovery' || kind === 'enforcement_ended' || kind === 'closure') && field('on', t('legalCases.record.on'), 'date')}
          {kind === 'enforcement_application' && field('enforcementCaseNumber', t('legalCases.record.enforcementCaseNumber'))}
          {kind === 'closure' && (
            <label>
              {t('legalCases.record.outcome')}{' '}
              <select value={v('outcome')} onChange={set('outcome')} data-testid="legal-step-outcome">
                {OUTCOMES.map((o) => (
                  <option key={o} value={o}>
                    {t(`legalCases.outcome.${o}`)}
                  </option>
                ))}
              </select>
            </label>
          )}
          {(kind === 'enforcement_ended' || kind === 'closure') && field('reason', t('legalCases.record.reason'))}
        </>
      )}
      <button type="submit" data-testid="legal-step-submit">
        {t('legalCases.record.submit')}
      </button>
      {done && <span className="ok-note">{t('legalCases.record.done')}</span>}
      <ErrorNote error={error} />
    </form>
  );
}
