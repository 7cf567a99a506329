import type { Account, Party } from '../domain/case';
import { addDays, addMonths, daysBetween } from '../calendar';
import type { LimitationEvent } from './events';
import {
  appliesTo,
  checkDate,
  debtorLimitation,
  dueDateOf,
  GUARANTOR_INTERRUPTING,
  hasEvidence,
  isDebtor,
  note,
  rulesOf,
  runPeriod,
  sortedEvents,
  withCalendarNotes,
  type CaseInput,
} from './periods';
import type { GuaranteeResult, GuaranteeStatus, HistoryEffect, HistoryEntry, LimitationNote, LimitationOptions, LimitationResult } from './results';
import type { LimitationRuleId, LimitationRules } from './rules';

export * from './results';

/**
 * Limitation (诉讼时效) per borrower and co-borrower, per account. The period runs 3 years (rules) from the
 * account's due date (maturityDate, the last instalment's due date, art. 189; else overdueSince); each
 * demand that arrived, promise, binding plan or part payment restarts it in full from its day (art. 195);
 * a lawsuit interrupts it until the proceedings end (status suspended_by_lawsuit, no expiry); nothing after
 * expiry revives it except the debtor's own acknowledgement_after_expiry (a waiver: art. 192, provisions
 * art. 19, after which a new period runs from the acknowledgement); nothing goes past the 20-year cap.
 */
export function limitationFor(caseRecord: CaseInput, events: readonly LimitationEvent[], today: string, options?: LimitationOptions): LimitationResult[] {
  checkDate('today', today);
  const rules = rulesOf(options);
  const sorted = sortedEvents(events);
  const results: LimitationResult[] = [];
  for (const party of caseRecord.parties.filter(isDebtor)) {
    for (const account of caseRecord.accounts) results.push(debtorLimitation(caseRecord, party, account, sorted, today, rules));
  }
  return results.map((r) => withCalendarNotes(r, options?.calendar));
}

function contractMonths(party: Party, options: LimitationOptions | undefined, rules: LimitationRules, notes: LimitationNote[]): number {
  const agreed = options?.contractGuaranteeMonths?.[party.id];
  if (agreed === undefined) return rules.guaranteeMonths;
  if (agreed === 'until_repaid') {
    notes.push(note('contractPeriodUnclear', { months: rules.guaranteeMonths }));
    return rules.guaranteeMonths;
  }
  if (!Number.isInteger(agreed) || agreed <= 0) {
    notes.push(note('contractPeriodInvalid', { agreed: String(agreed), months: rules.guaranteeMonths }));
    return rules.guaranteeMonths;
  }
  notes.push(note('contractPeriod', { months: agreed }));
  return agreed;
}

function guarantee(caseRecord: CaseInput, party: Party, account: Account, events: readonly LimitationEvent[], today: string, rules: LimitationRules, options: LimitationOptions | undefined): GuaranteeResult {
  const notes: LimitationNote[] = [];
  const guaranteeType = party.guaranteeType ?? 'general';
  if (party.guaranteeType === null) notes.push(note('typeUnclearTreatedAsGeneral'));
  const months = contractMonths(party, options, rules, notes);
  const due = dueDateOf(account);
  const base = { kind: 'guarantee' as const, caseId: caseRecord.id, partyId: party.id, accountId: account.id, guaranteeType, months };
  if (due === null) {
    notes.push(note('noDueDate', { accountId: account.id }));
    return { ...base, dueDate: null, start: null, expiry: null, status: 'no_due_date', daysLeft: null, preservedBy: null, guarantorLimitation: null, history: [], notes };
  }
  const dueDate = due.dueDate;
  const expiry = addMonths(dueDate, months);
  const debtors = caseRecord.parties.filter(isDebtor);
  const debtorIds = new Set(debtors.map((p) => p.id));
  const history: HistoryEntry[] = [
    { kind: 'start', date: dueDate, partyId: null, evidence: null, effect: 'started', expiryAfter: expiry, viaJointDebtor: false, rules: ['civil-code-692', 'civil-code-201', 'civil-code-202'] },
  ];
  const preserves = (e: LimitationEvent) =>
    guaranteeType === 'joint'
      ? e.partyId === party.id && (e.kind === 'demand_delivered' || e.kind === 'lawsuit' || e.kind === 'guarantor_signature')
      : e.kind === 'lawsuit' && debtorIds.has(e.partyId);
  const preserveRules: LimitationRuleId[] = guaranteeType === 'joint' ? ['civil-code-693', 'sol-provisions-8'] : ['civil-code-693'];
  let preservedBy: LimitationEvent | null = null;
  let latestBorrowerDemand: string | null = null;
  let generalDemand: string | null = null;

  for (const e of events) {
    if (!appliesTo(e, account)) continue;
    const own = e.partyId === party.id;
    const debtorDemand = debtorIds.has(e.partyId) && (e.kind === 'demand_delivered' || e.kind === 'lawsuit');
    if (!own && !debtorDemand) continue;
    const entry = (effect: HistoryEffect, rulesCited: LimitationRuleId[]) =>
      history.push({ kind: e.kind, date: e.date, partyId: e.partyId, evidence: e.evidence, effect, expiryAfter: expiry, viaJointDebtor: false, rules: rulesCited });
    if (e.date > today) entry('ignored_future', []);
    else if (!hasEvidence(e)) entry('ignored_no_evidence', ['sol-provisions-8']);
    else if (preserves(e)) {
      if (preservedBy !== null) entry('already_preserved', preserveRules);
      else if (e.date < dueDate) entry('ignored_before_start', ['civil-code-692']);
      else if (e.date <= expiry) {
        preservedBy = e;
        entry('preserved', preserveRules);
      } else if (e.kind === 'guarantor_signature') {
        entry('ignored_after_lapse', ['guarantee-interp-34']);
        notes.push(note('signatureAfterLapse', { date: e.date, expiry }));
      } else {
        entry('ignored_after_lapse', ['civil-code-692', 'civil-code-693']);
        notes.push(note(guaranteeType === 'joint' ? 'lateDemand' : 'lateLawsuit', { date: e.date, expiry }));
      }
    } else if (own && e.kind === 'guarantor_signature' && preservedBy === null && e.date > expiry) {
      entry('ignored_after_lapse', ['guarantee-interp-34']);
      notes.push(note('signatureAfterLapse', { date: e.date, expiry }));
    } else if (own && preservedBy !== null) {
      continue; // acts on the guarantor's own limitation (below), not on the guarantee period
    } else {
      entry('no_effect_on_guarantee', guaranteeType === 'general' && own ? ['civil-code-693'] : ['civil-code-692']);
      if (!own && e.kind === 'demand_delivered') latestBorrowerDemand = e.date;
      if (own && guaranteeType === 'general' && (e.kind === 'demand_delivered' || e.kind === 'guarantor_signature')) generalDemand = e.date;
    }
  }
  if (latestBorrowerDemand !== null) notes.push(note('demandToBorrowerDoesNotExtend', { date: latestBorrowerDemand }));
  if (generalDemand !== null && preservedBy === null) notes.push(note('demandDoesNotPreserveGeneral', { date: generalDemand }));

  const status: GuaranteeStatus = preservedBy !== null ? 'preserved' : today > expiry ? 'lapsed' : 'running';
  let guarantorLimitation: LimitationResult | null = null;
  if (preservedBy !== null && guaranteeType === 'joint') {
    const from = preservedBy;
    const later = events.filter((e) => e !== from && e.partyId === party.id && appliesTo(e, account) && e.date >= from.date);
    guarantorLimitation = runPeriod({
      caseId: caseRecord.id,
      partyId: party.id,
      role: 'guarantor',
      accountId: account.id,
      basis: 'guarantee_demand',
      dueDate: from.date,
      startRules: ['civil-code-694', 'civil-code-188', 'civil-code-201', 'civil-code-202'],
      events: later,
      interrupting: GUARANTOR_INTERRUPTING,
      today,
      rules,
    });
    notes.push(note('guarantorLimitation', { from: from.date, expiry: guarantorLimitation.expiry ?? '' }));
  } else if (preservedBy !== null) {
    notes.push(note('generalGuarantorLimitationNotStarted'));
  }
  if (status !== 'lapsed') {
    const borrower = debtors.find((p) => p.role === 'borrower');
    if (borrower) {
      const main = debtorLimitation(caseRecord, borrower, account, events, today, rules);
      if (main.status === 'expired') notes.push(note('mainDebtTimeBarred', { date: main.expiry ?? '' }));
      else if (main.waiver !== null) {
        const waived = main.history.findIndex((h) => h.effect === 'waived');
        notes.push(note('mainDebtTimeBarred', { date: main.history[waived - 1]?.expiryAfter ?? '' }));
      }
    }
  }
  return { ...base, dueDate, start: addDays(dueDate, 1), expiry, status, daysLeft: daysBetween(today, expiry), preservedBy, guarantorLimitation, history, notes };
}

/**
 * Guarantee period (保证期间) per guarantor, per account: `months` (6, or the contract's) from the main
 * debt's due date; never interrupted or extended (art. 692), so nothing done with the borrower moves it.
 * Joint (连带责任保证): preserved by a demand that reached the guarantor within the period (a delivered demand,
 * a lawsuit against them, or their signature on a demand); from that day the guarantor's own limitation
 * runs (art. 694). General (一般保证, and an unclear type, art. 686): preserved only by suing the borrower
 * within the period (art. 693). After lapse, a guarantor's signature revives nothing (guarantee
 * interpretation art. 34).
 */
export function guaranteeFor(caseRecord: CaseInput, events: readonly LimitationEvent[], today: string, options?: LimitationOptions): GuaranteeResult[] {
  checkDate('today', today);
  const rules = rulesOf(options);
  const sorted = sortedEvents(events);
  const results: GuaranteeResult[] = [];
  for (const party of caseRecord.parties.filter((p) => p.role === 'guarantor')) {
    for (const account of caseRecord.accounts) results.push(guarantee(caseRecord, party, account, sorted, today, rules, options));
  }
  return results.map((g) => {
    const own = g.guarantorLimitation === null ? null : withCalendarNotes(g.guarantorLimitation, options?.calendar);
    return withCalendarNotes({ ...g, guarantorLimitation: own }, options?.calendar);
  });
}
