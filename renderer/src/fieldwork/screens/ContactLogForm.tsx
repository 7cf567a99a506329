import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkContact, checkWording } from '../../../../shared/compliance';
import type { Case, Party } from '../../../../shared/domain/case';
import { isContactable, type RelatedParty } from '../../../../shared/records/customerFacts';
import { parseYuanToFen } from '../../../../shared/domain/money';
import { maskPhone } from '../../../../shared/domain/masks';
import { CHANNELS, OUTCOMES, OUTCOME_LABELS, outcomesForChannel, type Channel, type OutcomeCode } from '../../../../shared/fieldwork';
import { useAppStore } from '../../state/appStore';
import { clock } from '../../state/clock';
import { todayIn } from '../../ui/format';
import { ComplianceVerdict, WordingVerdict } from './ComplianceVerdict';
import { MarkedText } from './MarkedText';
import { currentPack } from '../compliancePack';
import { logContact } from '../actions';
import { ADDRESS_CHANNELS, PHONE_CHANNELS, THIRD_PARTY, contactRequestOf } from '../actions/contactGate';
import { approvalInForce } from '../../../../shared/fieldwork/overrides';
import { OverridePanel } from './OverridePanel';
import { useCustomer } from '../../customer/state/useCustomer';
import { recordCustomerFacts } from '../../customer/actions';
import { EMPTY_DRAFT, LearnedFields, factsOfDraft, isEmptyDraft, type FactsDraft } from '../../customer/screens/LearnedFields';

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

  const borrower = c.parties.find((p) => p.role === 'borrower')!;
  const [channel, setChannel] = useState<Channel>('phone');
  const [partyId, setPartyId] = useState(borrower.id);
  // People around the debtor (issue 16) are called under their third-party class's rule (contactRequestOf).
  // A retired person (corrected or no longer to be called) is not offered.
  const allRelated = useCustomer(c.id)?.parties ?? NO_RELATED;
  const related = useMemo(() => allRelated.filter(isContactable), [allRelated]);
  const other = related.find((r) => r.id === partyId);
  const [learned, setLearned] = useState<FactsDraft>(EMPTY_DRAFT);
  const party: Party | undefined = c.parties.find((p) => p.id === partyId);
  const phones = useMemo(() => (other ? (other.phone ? [{ id: other.id, number: other.phone, kind: 'mobile' as const, retiredAt: null }] : []) : (party?.phones.filter((p) => p.retiredAt === null) ?? [])), [other, party]);
  const addresses = party?.addresses.filter((a) => a.retiredAt === null) ?? [];
  const [phoneId, setPhoneId] = useState<string>(phones[0]?.id ?? '');
  const [addressId, setAddressId] = useState<string>(addresses[0]?.id ?? '');
  const outcomes = outcomesForChannel(channel);
  const [outcome, setOutcome] = useState<OutcomeCode>(outcomes[0]!);
  const [notes, setNotes] = useState('');
  const [nextAction, setNextAction] = useState('');
  const [nextActionDate, setNextActionDate] = useState('');
  const [nextActionTime, setNextActionTime] = useState('');
  const [promiseAmount, setPromiseAmount] = useState('');
  const [promiseDue, setPromiseDue] = useState('');
  const [error, setError] = useState<string | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  // Keep the chosen number/address/outcome valid when the channel or party changes.
  useEffect(() => {
    if (!phones.some((p) => p.id === phoneId)) setPhoneId(phones[0]?.id ?? '');
    if (!addresses.some((a) => a.id === addressId)) setAddressId(addresses[0]?.id ?? '');
    if (!outcomes.includes(outcome)) setOutcome(outcomes[0]!);
  }, [phones, addresses, outcomes, phoneId, addressId, outcome]);

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

  const submit = async () => {
    setError(null);
    setSaved(null);
    if (decision.verdict === 'block' || wordingBlocks) return;
    if (PHONE_CHANNELS.includes(channel) && !phone) return setError(t('fieldwork.log.needPhone'));
    if (ADDRESS_CHANNELS.includes(channel) && !addressId) return setError(t('fieldwork.log.needAddress'));
    if (needsOverride && !approval) return setError(t('fieldwork.error.override_required'));
    let amountFen: number | null = null;
    if (flags.createsPromise) {
      try {
        amountFen = parseYuanToFen(promiseAmount);
      } catch {
        return setError(t('fieldwork.log.promiseAmountInvalid'));
      }
      if (amountFen <= 0 || !/^\d{4}-\d{2}-\d{2}$/.test(promiseDue)) return setError(t('fieldwork.log.promiseNeeded'));
    }
    const parsedLearned = isEmptyDraft(learned) ? null : factsOfDraft(learned);
    if (parsedLearned && !parsedLearned.ok) return setError(t('customer.error.badField', { field: t(`customer.fact.${parsedLearned.field}`) }));
    const result = await act(logContact, {
      caseId: c.id,
      partyId: partyRef,
      channel,
      phoneId: PHONE_CHANNELS.includes(channel) ? (phone?.id ?? null) : null,
      addressId: ADDRESS_CHANNELS.includes(channel) ? addressId || null : null,
      outcome,
      notes,
      nextAction: nextAction.trim() || null,
      nextActionDate: nextActionDate || null,
      nextActionTime: (nextActionDate && nextActionTime) || null,
      packId: pack.meta.id,
      promise: flags.createsPromise && amountFen !== null ? { amountFen, dueDate: promiseDue } : null,
    });
    if (!result.ok) return setError(t(result.error.key, result.error.params));
    if (parsedLearned?.ok) {
      const facts = await act(recordCustomerFacts, { caseId: c.id, activityId: result.value.activity.id, facts: parsedLearned.facts });
      if (!facts.ok) return setError(facts.error.message);
      setLearned(EMPTY_DRAFT);
    }
    setNotes('');
    setNextAction('');
    setNextActionDate('');
    setPromiseAmount('');
    setPromiseDue('');
    setSaved(t('fieldwork.log.saved'));
  };

  const lang = i18n.language === 'en' ? 'en' : 'zh-CN';
  return (
    <form
      className="card log-form"
      data-testid="contact-log-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void submit();
      }}
    >
      <h3>{t('fieldwork.log.title')}</h3>
      <div className="form-grid">
        <label>
          {t('fieldwork.log.channel')}
          <select value={channel} onChange={(e) => setChannel(e.target.value as Channel)} data-testid="log-channel">
            {CHANNELS.map((ch) => (
              <option key={ch} value={ch}>
                {t(`fieldwork.channel.${ch}`)}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('fieldwork.log.party')}
          <select value={partyId} onChange={(e) => setPartyId(e.target.value)} data-testid="log-party">
            {c.parties.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}（{t(`role.${p.role}`)}）
              </option>
            ))}
            {related.map((r) => (
              <option key={r.id} value={r.id}>
                {r.name}（{t(`customer.partyKind.${r.kind}`)}）
              </option>
            ))}
            <option value={THIRD_PARTY}>{t('fieldwork.log.thirdParty')}</option>
          </select>
        </label>
        {PHONE_CHANNELS.includes(channel) && (
          <label>
            {t('fieldwork.log.phone')}
            <select value={phoneId} onChange={(e) => setPhoneId(e.target.value)} data-testid="log-phone">
              {phones.length === 0 && <option value="">{t('fieldwork.log.noPhone')}</option>}
              {phones.map((p) => (
                <option key={p.id} value={p.id}>
                  {maskPhone(p.number)} · {t(`phoneKind.${p.kind}`)}
                </option>
              ))}
            </select>
          </label>
        )}
        {ADDRESS_CHANNELS.includes(channel) && (
          <label>
            {t('fieldwork.log.address')}
            <select value={addressId} onChange={(e) => setAddressId(e.target.value)} data-testid="log-address">
              {addresses.length === 0 && <option value="">{t('fieldwork.log.noAddress')}</option>}
              {addresses.map((a) => (
                <option key={a.id} value={a.id}>
                  {a.city}
                  {a.district}
                  {a.line}
                </option>
              ))}
            </select>
          </label>
        )}
        <label>
          {t('fieldwork.log.outcome')}
          <select value={outcome} onChange={(e) => setOutcome(e.target.value as OutcomeCode)} data-testid="log-outcome" autoFocus>
            {outcomes.map((o) => (
              <option key={o} value={o}>
                {OUTCOME_LABELS[lang][o]}
              </option>
            ))}
          </select>
        </label>
        {flags.createsPromise && (
          <>
            <label>
              {t('fieldwork.log.promiseAmount')}
              <input value={promiseAmount} onChange={(e) => setPromiseAmount(e.target.value)} inputMode="decimal" data-testid="log-promise-amount" />
            </label>
            <label>
              {t('fieldwork.log.promiseDue')}
              <input type="date" value={promiseDue} min={todayIn(c.timeZone, now)} onChange={(e) => setPromiseDue(e.target.value)} data-testid="log-promise-due" />
            </label>
          </>
        )}
        <label className="wide">
          {t('fieldwork.log.notes')}
          <textarea value={notes} maxLength={2000} rows={2} onChange={(e) => setNotes(e.target.value)} data-testid="log-notes" />
          <MarkedText text={notes} findings={notesWording} testId="log-notes-marked" />
        </label>
        <label>
          {t('fieldwork.log.nextAction')}
          <input value={nextAction} maxLength={200} onChange={(e) => setNextAction(e.target.value)} data-testid="log-next-action" />
          <MarkedText text={nextAction} findings={nextWording} testId="log-next-marked" />
        </label>
        <label>
          {t('fieldwork.log.nextActionDate')}
          <input type="date" value={nextActionDate} onChange={(e) => setNextActionDate(e.target.value)} />
        </label>
        <label>
          {t('fieldwork.log.nextActionTime')}
          <input type="time" value={nextActionTime} disabled={!nextActionDate} onChange={(e) => setNextActionTime(e.target.value)} data-testid="log-next-time" />
        </label>
      </div>
      <details className="learned-on-call" data-testid="learned-on-call">
        <summary>{t('customer.learnedOnCall')}</summary>
        <LearnedFields value={learned} onChange={setLearned} compact />
      </details>
      <ComplianceVerdict decision={decision} heldBackByNote={wordingBlocks} />
      <WordingVerdict findings={wording} />
      {needsOverride && <OverridePanel caseRecord={c} need={overrideNeed} phoneId={PHONE_CHANNELS.includes(channel) ? (phone?.id ?? null) : null} packId={pack.meta.id} now={now} />}
      <div className="row gap">
        <button type="submit" className="primary" disabled={decision.verdict === 'block' || wordingBlocks} data-testid="log-submit" aria-keyshortcuts="Control+Enter">
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
      </div>
    </form>
  );
}
