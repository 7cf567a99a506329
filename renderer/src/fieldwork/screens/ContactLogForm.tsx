import { useEffect, useMemo, useState } from 'react';
import { FormProvider } from 'react-hook-form';
import { z } from 'zod';
import { useTranslation } from 'react-i18next';
import { checkContact, checkWording } from '../../../../shared/compliance';
import type { Case, Party } from '../../../../shared/domain/case';
import { isContactable, type RelatedParty } from '../../../../shared/records/customerFacts';
import { maskPhone } from '../../../../shared/domain/masks';
import { CHANNELS, OUTCOMES, OUTCOME_LABELS, outcomesForChannel, type OutcomeCode } from '../../../../shared/fieldwork';
import { useAppStore } from '../../state/appStore';
import { clock } from '../../state/clock';
import { todayIn } from '../../ui/format';
import { ChoiceField, DateField, FormButtons, FormFields, TextAreaField, TextField, optionalDateText, useZodForm } from '../../ui/form';
import { readYuan } from './panels/money';
import { ComplianceVerdict, WordingVerdict } from './ComplianceVerdict';
import { MarkedText } from './MarkedText';
import { currentPack } from '../compliancePack';
import { logContact } from '../actions';
import { ADDRESS_CHANNELS, PHONE_CHANNELS, THIRD_PARTY, contactRequestOf } from '../actions/contactGate';
import { approvalInForce } from '../../../../shared/fieldwork/overrides';
import { OverridePanel } from './OverridePanel';
import { useCustomer } from '../../customer/state/useCustomer';
import { recordCustomerFacts } from '../../customer/actions';
import { EMPTY_DRAFT, LearnedFields, factsDraftSchema, factsOfDraft, isEmptyDraft } from '../../customer/screens/LearnedFields';

const NO_RELATED: readonly RelatedParty[] = [];

/** Re-judges the attempt as time passes (21:59 is allowed, a minute later it may not be): on a timer and on every edit. */
function useNow(intervalMs = 5_000): Date {
  const [, setTick] = useState(0);
  useEffect(() => {
    const id = setInterval(() => setTick((n) => n + 1), intervalMs);
    return () => clearInterval(id);
  }, [intervalMs]);
  return clock.now();
}

type Translate = ReturnType<typeof useTranslation>['t'];

/**
 * What the form itself can tell before the rule pack looks: a number for a call, an address for a visit, a
 * promise with a positive amount on a day still to come, a next step not in the past.
 */
const contactSchema = (t: Translate, today: string) =>
  z
    .object({
      channel: z.enum(CHANNELS),
      partyId: z.string(),
      phoneId: z.string(),
      addressId: z.string(),
      outcome: z.string(),
      notes: z.string().max(2000),
      nextAction: z.string().max(200),
      nextActionDate: optionalDateText(t, { min: today }),
      nextActionTime: z.string(),
      promiseAmount: z.string(),
      promiseDue: z.string(),
      facts: factsDraftSchema(t),
    })
    .superRefine((v, ctx) => {
      if (PHONE_CHANNELS.includes(v.channel) && !v.phoneId) ctx.addIssue({ code: 'custom', path: ['phoneId'], message: t('fieldwork.log.needPhone') });
      if (ADDRESS_CHANNELS.includes(v.channel) && !v.addressId) ctx.addIssue({ code: 'custom', path: ['addressId'], message: t('fieldwork.log.needAddress') });
      if (!OUTCOMES[v.outcome as OutcomeCode]?.createsPromise) return;
      const amount = readYuan(v.promiseAmount, { positive: true });
      if (!amount.ok) ctx.addIssue({ code: 'custom', path: ['promiseAmount'], message: t(amount.key) });
      const due = optionalDateText(t, { min: today }).safeParse(v.promiseDue);
      if (v.promiseDue === '') ctx.addIssue({ code: 'custom', path: ['promiseDue'], message: t('fieldwork.log.promiseNeeded') });
      else if (!due.success) ctx.addIssue({ code: 'custom', path: ['promiseDue'], message: due.error.issues[0]!.message });
    });

/**
 * Logs a contact attempt in a few keystrokes. Before it is saved the rule pack judges it (contact window,
 * caps, third parties, holds) and the note's wording; a block names the rule and its source; a rule left to a
 * supervisor needs their approval, asked for and given in the override panel (OverridePanel), and the contact
 * names the approval that let it through.
 */
export function ContactLogForm({ caseRecord: c }: { caseRecord: Case }) {
  const { t, i18n } = useTranslation();
  const caseWork = useAppStore((s) => s.caseWork);
  const operator = useAppStore((s) => s.operator);
  const act = useAppStore((s) => s.act);
  const device = useAppStore((s) => s.device);
  const pack = useMemo(currentPack, []);
  const now = useNow();
  const today = todayIn(c.timeZone, now);

  const borrower = c.parties.find((p) => p.role === 'borrower')!;
  const schema = useMemo(() => contactSchema(t, today), [t, today]);
  const form = useZodForm(schema, {
    channel: 'phone',
    partyId: borrower.id,
    phoneId: borrower.phones.find((p) => p.retiredAt === null)?.id ?? '',
    addressId: borrower.addresses.find((a) => a.retiredAt === null)?.id ?? '',
    outcome: outcomesForChannel('phone')[0]!,
    notes: '',
    nextAction: '',
    nextActionDate: '',
    nextActionTime: '',
    promiseAmount: '',
    promiseDue: '',
    facts: EMPTY_DRAFT,
  });
  const [channel, partyId, phoneId, addressId, outcomeValue, notes, nextAction, nextActionDate] = form.watch(['channel', 'partyId', 'phoneId', 'addressId', 'outcome', 'notes', 'nextAction', 'nextActionDate']);
  // People around the debtor (issue 16) are called under their third-party class's rule (contactRequestOf).
  // A retired person (corrected or no longer to be called) is not offered.
  const allRelated = useCustomer(c.id)?.parties ?? NO_RELATED;
  const related = useMemo(() => allRelated.filter(isContactable), [allRelated]);
  const other = related.find((r) => r.id === partyId);
  const party: Party | undefined = c.parties.find((p) => p.id === partyId);
  const phones = useMemo(() => (other ? (other.phone ? [{ id: other.id, number: other.phone, kind: 'mobile' as const, retiredAt: null }] : []) : (party?.phones.filter((p) => p.retiredAt === null) ?? [])), [other, party]);
  const addresses = useMemo(() => party?.addresses.filter((a) => a.retiredAt === null) ?? [], [party]);
  const outcomes = outcomesForChannel(channel);
  const outcome: OutcomeCode = outcomes.includes(outcomeValue as OutcomeCode) ? (outcomeValue as OutcomeCode) : outcomes[0]!;
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  // Only the choices that fit: keep the chosen number/address/outcome valid when the channel or party changes.
  useEffect(() => {
    if (!phones.some((p) => p.id === phoneId)) form.setValue('phoneId', phones[0]?.id ?? '');
    if (!addresses.some((a) => a.id === addressId)) form.setValue('addressId', addresses[0]?.id ?? '');
    if (outcome !== outcomeValue) form.setValue('outcome', outcome);
  }, [form, phones, addresses, phoneId, addressId, outcome, outcomeValue]);

  const phone = phones.find((p) => p.id === phoneId);
  const partyRef = party?.id ?? other?.id ?? THIRD_PARTY;
  const request = contactRequestOf(c, caseWork?.disputes ?? [], { channel, partyId: partyRef, phoneId: phone?.id ?? null }, [], related);
  const decision = checkContact(pack, request, caseWork?.history ?? [], now);
  // Each field judged on its own, so each finding points into the text the collector typed there.
  const notesWording = checkWording(pack, notes);
  const nextWording = checkWording(pack, nextAction);
  const wording = [...notesWording, ...nextWording];
  const wordingBlocks = wording.some((w) => w.action === 'block');
  const needsOverride = decision.verdict === 'override_required';
  const overrideNeed = { caseId: c.id, ruleIds: decision.findings.filter((f) => f.action === 'override').map((f) => f.ruleId), channel, partyId: partyRef, deviceId: device?.deviceId ?? '' };
  const usedApprovals = new Set((caseWork?.activities ?? []).flatMap((a) => (a.override?.requestId ? [a.override.requestId] : [])));
  const approval = needsOverride ? approvalInForce(caseWork?.overrideRequests ?? [], usedApprovals, overrideNeed, now) : null;
  // "needs a supervisor" no longer holds once one approved.
  useEffect(() => {
    if (approval) setError(null);
  }, [approval]);
  const flags = OUTCOMES[outcome];

  const submit = form.handleSubmit(async (v) => {
    setError(null);
    setSaved(null);
    if (decision.verdict === 'block' || wordingBlocks) return;
    if (needsOverride && !approval) return setError(t('fieldwork.error.override_required'));
    const amount = flags.createsPromise ? readYuan(v.promiseAmount, { positive: true }) : null;
    const parsedLearned = isEmptyDraft(v.facts) ? null : factsOfDraft(v.facts);
    const result = await act(logContact, {
      caseId: c.id,
      partyId: partyRef,
      channel: v.channel,
      phoneId: PHONE_CHANNELS.includes(v.channel) ? (phone?.id ?? null) : null,
      addressId: ADDRESS_CHANNELS.includes(v.channel) ? v.addressId || null : null,
      outcome,
      notes: v.notes,
      nextAction: v.nextAction.trim() || null,
      nextActionDate: v.nextActionDate || null,
      nextActionTime: (v.nextActionDate && v.nextActionTime) || null,
      packId: pack.meta.id,
      promise: amount?.ok ? { amountFen: amount.fen, dueDate: v.promiseDue } : null,
    });
    if (!result.ok) return setError(t(result.error.key, result.error.params));
    if (parsedLearned?.ok) {
      const facts = await act(recordCustomerFacts, { caseId: c.id, activityId: result.value.activity.id, facts: parsedLearned.facts });
      if (!facts.ok) return setError(facts.error.message);
    }
    // The channel, person and number stay for the next attempt; what was said goes.
    form.reset({ ...v, outcome, notes: '', nextAction: '', nextActionDate: '', promiseAmount: '', promiseDue: '', facts: EMPTY_DRAFT });
    setSaved(t('fieldwork.log.saved'));
  });

  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  const partyChoices = [
    ...c.parties.map((p) => ({ value: p.id, label: `${p.name}（${t(`role.${p.role}`)}）` })),
    ...related.map((r) => ({ value: r.id, label: `${r.name}（${t(`customer.partyKind.${r.kind}`)}）` })),
    { value: THIRD_PARTY, label: t('fieldwork.log.thirdParty') },
  ];
  return (
    <FormProvider {...form}>
      <form
        className="card log-form"
        data-testid="contact-log-form"
        aria-label={t('fieldwork.log.title')}
        noValidate
        onSubmit={(e) => void submit(e)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            void submit();
          }
        }}
      >
        <h3>{t('fieldwork.log.title')}</h3>
        <FormFields compact>
          <ChoiceField name="channel" label={t('fieldwork.log.channel')} choices={CHANNELS.map((ch) => ({ value: ch, label: t(`fieldwork.channel.${ch}`) }))} testId="log-channel" />
          <ChoiceField name="partyId" label={t('fieldwork.log.party')} choices={partyChoices} testId="log-party" />
          {PHONE_CHANNELS.includes(channel) && (
            <ChoiceField
              name="phoneId"
              label={t('fieldwork.log.phone')}
              prompt={phones.length === 0 ? t('fieldwork.log.noPhone') : undefined}
              choices={phones.map((p) => ({ value: p.id, label: `${maskPhone(p.number)} · ${t(`phoneKind.${p.kind}`)}` }))}
              testId="log-phone"
            />
          )}
          {ADDRESS_CHANNELS.includes(channel) && (
            <ChoiceField name="addressId" label={t('fieldwork.log.address')} prompt={addresses.length === 0 ? t('fieldwork.log.noAddress') : undefined} choices={addresses.map((a) => ({ value: a.id, label: `${a.city}${a.district}${a.line}` }))} testId="log-address" />
          )}
          <ChoiceField name="outcome" label={t('fieldwork.log.outcome')} choices={outcomes.map((o) => ({ value: o, label: OUTCOME_LABELS[lang][o] }))} autoFocus testId="log-outcome" />
          {flags.createsPromise && (
            <>
              <TextField name="promiseAmount" label={t('fieldwork.log.promiseAmount')} inputMode="decimal" autoComplete="off" required testId="log-promise-amount" />
              <DateField name="promiseDue" label={t('fieldwork.log.promiseDue')} min={today} required testId="log-promise-due" />
            </>
          )}
          <TextAreaField name="notes" label={t('fieldwork.log.notes')} maxLength={2000} rows={2} wide testId="log-notes" hint={notesWording.length > 0 ? <MarkedText text={notes} findings={notesWording} testId="log-notes-marked" /> : undefined} />
          <TextField name="nextAction" label={t('fieldwork.log.nextAction')} maxLength={200} testId="log-next-action" hint={nextWording.length > 0 ? <MarkedText text={nextAction} findings={nextWording} testId="log-next-marked" /> : undefined} />
          <DateField name="nextActionDate" label={t('fieldwork.log.nextActionDate')} min={today} testId="log-next-date" />
          <TextField name="nextActionTime" type="time" label={t('fieldwork.log.nextActionTime')} disabled={!nextActionDate} testId="log-next-time" />
        </FormFields>
        <details className="learned-on-call" data-testid="learned-on-call">
          <summary>{t('customer.learnedOnCall')}</summary>
          <LearnedFields compact />
        </details>
        <ComplianceVerdict decision={decision} heldBackByNote={wordingBlocks} />
        <WordingVerdict findings={wording} />
        {needsOverride && <OverridePanel caseRecord={c} need={overrideNeed} phoneId={PHONE_CHANNELS.includes(channel) ? (phone?.id ?? null) : null} packId={pack.meta.id} now={now} />}
        <FormButtons>
          <button type="submit" className="primary" disabled={decision.verdict === 'block' || wordingBlocks || form.formState.isSubmitting} data-testid="log-submit" aria-keyshortcuts="Control+Enter">
            {t('fieldwork.log.submit')}
          </button>
          <span className="muted small">
            {t('fieldwork.log.as', { name: operator.name })} · <kbd>Ctrl+Enter</kbd>
          </span>
          {saved && (
            <span className="ok" role="status">
              {saved}
            </span>
          )}
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
