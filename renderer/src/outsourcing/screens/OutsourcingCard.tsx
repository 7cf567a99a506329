import { useEffect, useId, useMemo, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { z } from 'zod';
import type { Case } from '../../../../shared/domain/case';
import { proposableAgencies } from '../../../../shared/outsourcing/published';
import { LegalTextSchema } from '../../../../shared/records/legalReferral';
import { LEGAL_REASONS_MIN_LENGTH, LEGAL_TEXT_MAX_LENGTH } from '../../../../shared/records/limits';
import { outsourcingStateOf, type OutsourcingHandover } from '../../../../shared/records/outsourcingHandover';
import type { OutsourcingProposal } from '../../../../shared/records/outsourcingProposal';
import { Permitted } from '../../access/screens/Permitted';
import { DecisionForm, type Decision } from '../../approvals/screens/DecisionForm';
import { ActionErrorText } from '../../fieldwork/screens/panels/common';
import type { ActionError } from '../../fieldwork/state/fieldworkSlice';
import { useAppStore } from '../../state/appStore';
import { clock } from '../../state/clock';
import { formatInstant } from '../../ui/format';
import { ChoiceField, FormButtons, FormFields, TextAreaField, useZodForm } from '../../ui/form';
import { decideOutsourcing, proposeOutsourcing } from '../actions';
import { useCaseHandovers, useCaseProposals, usePublishedAgencies } from '../state/useOutsourcing';

/**
 * 委外催收 on the case: its proposals and their decisions, a form to propose an agency from the list head office
 * published, and (a supervisor, not the maker) the decision. An approved proposal asks for the debtor's notice
 * letter (letters panel, 委外催收告知函) before head office hands the case over. Once head office has given the
 * case to the agency (or recalled it), its handover record says so at the top: an agency now calls the debtor.
 */
export function OutsourcingCard({ caseRecord: c }: { caseRecord: Case }) {
  const { t } = useTranslation();
  const proposals = useCaseProposals(c.id);
  const handovers = useCaseHandovers(c.id);
  const [open, setOpen] = useState(false);
  if (!proposals || !handovers) return null;
  const pending = proposals.some((p) => p.status === 'proposed');
  const state = outsourcingStateOf(handovers);
  // A proposal head office acted on is spent: a new one is made after a recall.
  const spent = new Set(handovers.flatMap((h) => (h.proposalId ? [h.proposalId] : [])));
  const waiting = proposals.some((p) => p.status === 'approved' && !spent.has(p.id));
  return (
    <section className="card outsourcing" data-testid="outsourcing-card" aria-label={t('outsourcing.heading')}>
      <h2>{t('outsourcing.heading')}</h2>
      {state && <HandoverNote handover={state} caseRecord={c} />}
      {proposals.length === 0 && <p className="muted">{t('outsourcing.none')}</p>}
      <ul className="plain">
        {proposals.map((p) => (
          <ProposalRow key={p.id} proposal={p} caseRecord={c} handedOver={spent.has(p.id)} />
        ))}
      </ul>
      {!pending && !waiting && state?.move !== 'give' && (
        <Permitted action="refer_legal" target={c.assignment}>
          {open ? (
            <ProposalForm caseRecord={c} onDone={() => setOpen(false)} />
          ) : (
            <button type="button" onClick={() => setOpen(true)} data-testid="outsourcing-open-form">
              {t('outsourcing.form.open')}
            </button>
          )}
        </Permitted>
      )}
    </section>
  );
}

/** Where the case stands with agencies, as head office last recorded it. */
function HandoverNote({ handover: h, caseRecord: c }: { handover: OutsourcingHandover; caseRecord: Case }) {
  const { t, i18n } = useTranslation();
  const agency = usePublishedAgencies().find((a) => a.id === h.agencyId)?.name ?? h.agencyId;
  const at = formatInstant(h.at, i18n.language, c.timeZone);
  return h.move === 'give' ? (
    <div className="notice" role="status" data-testid="outsourcing-handover">
      <p>
        <strong>{t('outsourcing.handover.given', { agency, at })}</strong>
      </p>
      <p className="small">{t('outsourcing.handover.reason', { reason: h.reason })}</p>
      <p className="small">{t('outsourcing.handover.givenHint')}</p>
    </div>
  ) : (
    <p className="small" role="status" data-testid="outsourcing-handover">
      {t('outsourcing.handover.recalled', { agency, at, reason: h.reason })}
    </p>
  );
}

export function ProposalRow({ proposal: p, caseRecord: c, onDecided, handedOver = false }: { proposal: OutsourcingProposal; caseRecord: Case; onDecided?: () => void; handedOver?: boolean }) {
  const { t, i18n } = useTranslation();
  const staff = useAppStore((s) => s.staff);
  const agencies = usePublishedAgencies();
  const act = useAppStore((s) => s.act);
  const nameOf = (id: string) => staff.find((s) => s.id === id)?.name ?? id;
  const agency = agencies.find((a) => a.id === p.agencyId);
  const decide = async (decision: Decision, reason: string): Promise<ActionError | null> => {
    const result = await act(decideOutsourcing, { caseId: p.caseId, proposalId: p.id, decision, reason });
    if (!result.ok) return result.error;
    onDecided?.();
    return null;
  };
  return (
    <li className={`proposal status-${p.status}`} data-testid={`outsourcing-proposal-${p.id}`}>
      <div className="row gap">
        <strong data-testid="outsourcing-agency">{agency?.name ?? p.agencyId}</strong>
        <span className={`pill status-${p.status}`} data-testid="outsourcing-status">
          {handedOver ? t('outsourcing.status.handedOver') : t(`outsourcing.status.${p.status}`)}
        </span>
      </div>
      <p className="prewrap small">{p.reason}</p>
      <p className="muted small">{t('outsourcing.proposedBy', { maker: nameOf(p.makerId), at: formatInstant(p.proposedAt, i18n.language, c.timeZone) })}</p>
      {p.decision && <p className="small">{t('outsourcing.decided', { by: nameOf(p.decision.by), reason: p.decision.reason })}</p>}
      {p.status === 'approved' && !handedOver && <p className="small" data-testid="outsourcing-next">{t('outsourcing.nextStep')}</p>}
      {p.status === 'proposed' && (
        <Permitted action="approve_plan" target={c.assignment} quiet>
          <DecisionForm testId="outsourcing" reasonFor={['approve', 'reject']} hint={t('outsourcing.decisionHint')} decide={decide} />
        </Permitted>
      )}
    </li>
  );
}

type Translate = (key: string, params?: Record<string, unknown>) => string;

// The record's own rule checks the reason, so the form says what the action would refuse.
export const proposalSchema = (t: Translate) =>
  z.object({
    agencyId: z.string().min(1, t('outsourcing.form.chooseAgency')),
    reason: z.string().refine((r) => LegalTextSchema.safeParse(r).success, t('outsourcing.form.reasonTooShort', { min: LEGAL_REASONS_MIN_LENGTH })),
  });

export function ProposalForm({ caseRecord: c, onDone }: { caseRecord: Case; onDone: () => void }) {
  const { t } = useTranslation();
  const act = useAppStore((s) => s.act);
  const agencies = proposableAgencies({ agencies: [...usePublishedAgencies()] }, clock.today(c.timeZone));
  const form = useZodForm(useMemo(() => proposalSchema(t), [t]), { agencyId: agencies[0]?.id ?? '', reason: '' });
  const [error, setError] = useState<ActionError | null>(null);
  const id = useId();

  // The published list arrives after the first render: the first agency is the default once it does.
  const firstAgency = agencies[0]?.id ?? '';
  useEffect(() => {
    if (firstAgency && !form.getValues('agencyId')) form.setValue('agencyId', firstAgency);
  }, [firstAgency, form]);

  const submit = form.handleSubmit(async (v) => {
    setError(null);
    const result = await act(proposeOutsourcing, { caseId: c.id, agencyId: v.agencyId, reason: v.reason });
    if (!result.ok) return setError(result.error);
    onDone();
  });

  if (agencies.length === 0) return <p className="muted" data-testid="outsourcing-no-agency">{t('outsourcing.form.noAgency')}</p>;
  return (
    <FormProvider {...form}>
      <form className="card panel-form" onSubmit={(e) => void submit(e)} noValidate data-testid="outsourcing-form" aria-labelledby={`${id}-title`}>
        <h3 id={`${id}-title`}>{t('outsourcing.form.title')}</h3>
        <FormFields>
          <ChoiceField name="agencyId" label={t('outsourcing.form.agency')} choices={agencies.map((a) => ({ value: a.id, label: t('outsourcing.form.agencyOption', { name: a.name, until: a.contractEnd }) }))} required testId="outsourcing-agency-select" />
          <TextAreaField name="reason" label={t('outsourcing.form.reason')} rows={3} maxLength={LEGAL_TEXT_MAX_LENGTH} required testId="outsourcing-reason" />
        </FormFields>
        <p className="muted small">{t('outsourcing.form.note')}</p>
        <ActionErrorText error={error} testId="outsourcing-error" />
        <FormButtons>
          <button type="submit" className="primary" disabled={form.formState.isSubmitting} data-testid="outsourcing-submit">
            {t('outsourcing.form.submit')}
          </button>
          <button type="button" onClick={onDone}>
            {t('common.cancel')}
          </button>
        </FormButtons>
      </form>
    </FormProvider>
  );
}
