import type { Account, Case, Party } from '../domain/case';
import { addDays, addMonths, addYears, daysBetween, isLocalDate, type WorkingCalendar } from '../calendar';
import { calendarNotes } from './calendarNotes';
import { EVIDENCE_REQUIRED, LIMITATION_EVENT_KINDS, type LimitationEvent, type LimitationEventKind } from './events';
import { CN_LIMITATION_RULES, type LimitationRuleId, type LimitationRules } from './rules';

/** i18n keys of notes (templates in LIMITATION_MESSAGES under limitation.note). */
export const LIMITATION_NOTE_KEYS = [
  'noDueDate',
  'notStarted',
  'capReached',
  'expired',
  'possibleWaiver',
  'waivedByAcknowledgement',
  'lawsuitPending',
  'typeUnclearTreatedAsGeneral',
  'contractPeriod',
  'contractPeriodUnclear',
  'contractPeriodInvalid',
  'demandToBorrowerDoesNotExtend',
  'demandDoesNotPreserveGeneral',
  'lateDemand',
  'lateLawsuit',
  'signatureAfterLapse',
  'guarantorLimitation',
  'generalGuarantorLimitationNotStarted',
  'mainDebtTimeBarred',
  'lastDayNotWorking',
  'calendarNotCovered',
] as const;
export type LimitationNoteName = (typeof LIMITATION_NOTE_KEYS)[number];
export type LimitationNoteKey = `limitation.note.${LimitationNoteName}`;

export interface LimitationNote {
  key: LimitationNoteKey;
  params: Record<string, string | number>;
}

/** What an event did to the period (templates under limitation.effect). */
export const HISTORY_EFFECTS = [
  'started',
  'restarted',
  'restarted_capped',
  'suspended',
  'waived',
  'preserved',
  'already_preserved',
  'ignored_after_expiry',
  'ignored_after_cap',
  'ignored_before_start',
  'ignored_future',
  'ignored_no_evidence',
  'ignored_during_lawsuit',
  'ignored_after_lapse',
  'no_effect_on_guarantee',
] as const;
export type HistoryEffect = (typeof HISTORY_EFFECTS)[number];

export interface HistoryEntry {
  /** 'start' is the due date (or, for a guarantor's own limitation, the demand that preserved the guarantee). */
  kind: LimitationEventKind | 'start';
  date: string;
  partyId: string | null;
  evidence: string | null;
  effect: HistoryEffect;
  /** The period's last day after this entry; null while a lawsuit is pending. */
  expiryAfter: string | null;
  /** The event came from another joint debtor (limitation provisions art. 15). */
  viaJointDebtor: boolean;
  rules: LimitationRuleId[];
}

export type LimitationStatus = 'running' | 'expired' | 'waived_by_acknowledgement' | 'suspended_by_lawsuit' | 'no_due_date';

export interface LimitationResult {
  kind: 'limitation';
  caseId: string;
  partyId: string;
  role: 'borrower' | 'co_borrower' | 'guarantor';
  accountId: string;
  /** What the due date is: the account's maturity (last instalment), its overdue date, or the demand that preserved a guarantee. */
  basis: 'maturity_date' | 'overdue_since' | 'guarantee_demand' | null;
  /** The day the right became enforceable; not counted (art. 201). */
  dueDate: string | null;
  /** First day of the original period (the day after dueDate). */
  start: string | null;
  lastInterruption: { kind: LimitationEventKind; date: string } | null;
  /** Last day of the period (the period ends at the end of this day); null while a lawsuit is pending. */
  expiry: string | null;
  /** Last day of the 20-year absolute period (art. 188), counted from dueDate; never interrupted. */
  absoluteCap: string | null;
  status: LimitationStatus;
  /** Days from today to expiry (0 on the last day, negative after it); null without an expiry. */
  daysLeft: number | null;
  /** The acknowledgement after expiry by which the debtor waived the defence. */
  waiver: { date: string; evidence: string | null } | null;
  history: HistoryEntry[];
  notes: LimitationNote[];
}

export type GuaranteeStatus = 'running' | 'preserved' | 'lapsed' | 'no_due_date';

export interface GuaranteeResult {
  kind: 'guarantee';
  caseId: string;
  partyId: string;
  /** The main debt guaranteed (a guarantee period runs from each account's due date). */
  accountId: string;
  /** As it counts: an unclear type (null on the party) counts as general (art. 686). */
  guaranteeType: 'joint' | 'general';
  months: number;
  dueDate: string | null;
  start: string | null;
  expiry: string | null;
  status: GuaranteeStatus;
  daysLeft: number | null;
  preservedBy: LimitationEvent | null;
  /** A joint guarantor's own limitation, running from the demand that preserved the guarantee (art. 694). */
  guarantorLimitation: LimitationResult | null;
  history: HistoryEntry[];
  notes: LimitationNote[];
}

export interface LimitationOptions extends Partial<LimitationRules> {
  /**
   * Guarantee period agreed in the contract, per guarantor party id: whole months from the main debt's due
   * date, or 'until_repaid' (保证责任直至本息还清), which is an unclear agreement (guarantee interpretation
   * art. 32). A period of 0 or less (ending with or before the main debt) counts as none (art. 692).
   */
  contractGuaranteeMonths?: Readonly<Record<string, number | 'until_repaid'>>;
  /**
   * Public holidays and rest days: a running period whose last day is not a working day, or lies in a year the
   * calendar does not cover, gets a note saying so (calendarNotes.ts). Without one, no such note.
   */
  calendar?: WorkingCalendar;
}

/** The calendar's notes on a running period's last day. */
function withCalendarNotes<R extends { status: string; expiry: string | null; notes: LimitationNote[] }>(result: R, calendar: WorkingCalendar | undefined): R {
  const running = result.status === 'running' || result.status === 'waived_by_acknowledgement';
  if (!calendar || !running || result.expiry === null) return result;
  return { ...result, notes: [...result.notes, ...calendarNotes(result.expiry, calendar).map((n) => note(n.name, n.params))] };
}

type CaseInput = Pick<Case, 'id' | 'parties' | 'accounts'>;
type DebtorRole = 'borrower' | 'co_borrower';

const note = (name: LimitationNoteName, params: Record<string, string | number> = {}): LimitationNote => ({
  key: `limitation.note.${name}`,
  params,
});

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const kindOrder = (k: LimitationEventKind) => LIMITATION_EVENT_KINDS.indexOf(k);
const isDebtor = (p: Party): p is Party & { role: DebtorRole } => p.role === 'borrower' || p.role === 'co_borrower';
const hasEvidence = (e: LimitationEvent) => !EVIDENCE_REQUIRED.has(e.kind) || (e.evidence !== null && e.evidence.trim() !== '');

function rulesOf(options: LimitationOptions | undefined): LimitationRules {
  const rules = { ...CN_LIMITATION_RULES, ...options };
  for (const k of ['limitationYears', 'absoluteCapYears', 'guaranteeMonths', 'closeToLapseDays'] as const) {
    const v = rules[k];
    if (!Number.isInteger(v) || v < (k === 'closeToLapseDays' ? 0 : 1)) throw new RangeError(`${k} must be a positive whole number: ${v}`);
  }
  return {
    limitationYears: rules.limitationYears,
    absoluteCapYears: rules.absoluteCapYears,
    guaranteeMonths: rules.guaranteeMonths,
    closeToLapseDays: rules.closeToLapseDays,
    jointDebtors: rules.jointDebtors,
  };
}

function checkDate(name: string, date: string): void {
  if (!isLocalDate(date)) throw new RangeError(`${name} must be a YYYY-MM-DD calendar date: ${JSON.stringify(date)}`);
}

function sortedEvents(events: readonly LimitationEvent[]): LimitationEvent[] {
  for (const e of events) checkDate(`event ${e.kind} date`, e.date);
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => byText(a.e.date, b.e.date) || kindOrder(a.e.kind) - kindOrder(b.e.kind) || a.i - b.i)
    .map(({ e }) => e);
}

const appliesTo = (e: LimitationEvent, account: Account) => e.accountId === undefined || e.accountId === account.id;

function dueDateOf(account: Account): { dueDate: string; basis: 'maturity_date' | 'overdue_since' } | null {
  if (account.maturityDate !== null) return { dueDate: account.maturityDate, basis: 'maturity_date' };
  if (account.overdueSince !== null) return { dueDate: account.overdueSince, basis: 'overdue_since' };
  return null;
}

const INTERRUPT_RULES: Record<LimitationEventKind, LimitationRuleId[]> = {
  demand_delivered: ['civil-code-195', 'sol-provisions-8'],
  promise: ['civil-code-195', 'sol-provisions-14'],
  plan: ['civil-code-195', 'sol-provisions-14'],
  partial_payment: ['civil-code-195', 'sol-provisions-14'],
  lawsuit: ['civil-code-195', 'sol-provisions-10'],
  acknowledgement_after_expiry: ['civil-code-195', 'sol-provisions-14'],
  guarantor_signature: ['civil-code-195', 'sol-provisions-8'],
};
const AGREEMENT: ReadonlySet<LimitationEventKind> = new Set(['promise', 'plan', 'partial_payment']);

interface PeriodInput {
  caseId: string;
  partyId: string;
  role: LimitationResult['role'];
  accountId: string;
  basis: NonNullable<LimitationResult['basis']>;
  dueDate: string;
  startRules: LimitationRuleId[];
  /** Already filtered to the events that may act on this period, sorted. */
  events: readonly LimitationEvent[];
  /** Interrupting kinds for this party (guarantor_signature only for a guarantor). */
  interrupting: ReadonlySet<LimitationEventKind>;
  today: string;
  rules: LimitationRules;
}

/** One limitation period: start, interruptions, expiry, waiver, the 20-year cap. */
function runPeriod(input: PeriodInput): LimitationResult {
  const { rules, today, dueDate } = input;
  const years = (from: string) => addYears(from, rules.limitationYears);
  const cap = addYears(dueDate, rules.absoluteCapYears);
  let reachedCap = false;
  const capped = (date: string) => {
    reachedCap = date > cap;
    return reachedCap ? cap : date;
  };
  let expiry: string | null = capped(years(dueDate));
  let lastInterruption: LimitationResult['lastInterruption'] = null;
  let waiver: LimitationResult['waiver'] = null;
  let lawsuit: LimitationEvent | null = null;
  const notes: LimitationNote[] = [];
  const history: HistoryEntry[] = [
    { kind: 'start', date: dueDate, partyId: null, evidence: null, effect: 'started', expiryAfter: expiry, viaJointDebtor: false, rules: input.startRules },
  ];

  for (const e of input.events) {
    const via = e.partyId !== input.partyId;
    const entry = (effect: HistoryEffect, rulesCited: LimitationRuleId[]) =>
      history.push({ kind: e.kind, date: e.date, partyId: e.partyId, evidence: e.evidence, effect, expiryAfter: expiry, viaJointDebtor: via, rules: via ? [...rulesCited, 'sol-provisions-15'] : rulesCited });
    if (e.date > today) {
      entry('ignored_future', []);
      continue;
    }
    if (!hasEvidence(e)) {
      entry('ignored_no_evidence', e.kind === 'acknowledgement_after_expiry' ? ['sol-provisions-19'] : ['sol-provisions-8']);
      continue;
    }
    if (e.date < dueDate) {
      entry('ignored_before_start', ['civil-code-188', 'civil-code-189']);
      continue;
    }
    if (lawsuit !== null) {
      entry('ignored_during_lawsuit', ['civil-code-195']);
      continue;
    }
    if (expiry !== null && e.date > expiry) {
      if (e.kind === 'acknowledgement_after_expiry' && !via) {
        if (e.date > cap) {
          entry('ignored_after_cap', ['civil-code-188']);
          continue;
        }
        waiver = { date: e.date, evidence: e.evidence };
        lastInterruption = { kind: e.kind, date: e.date };
        expiry = capped(years(e.date));
        entry('waived', ['civil-code-192', 'sol-provisions-19']);
        notes.push(note('waivedByAcknowledgement', { date: e.date, evidence: e.evidence ?? '' }));
        continue;
      }
      entry('ignored_after_expiry', ['civil-code-188', 'civil-code-192']);
      if (AGREEMENT.has(e.kind) && !via) notes.push(note('possibleWaiver', { kind: e.kind, date: e.date }));
      continue;
    }
    if (!input.interrupting.has(e.kind)) continue;
    lastInterruption = { kind: e.kind, date: e.date };
    if (e.kind === 'lawsuit') {
      lawsuit = e;
      expiry = null;
      entry('suspended', INTERRUPT_RULES.lawsuit);
      notes.push(note('lawsuitPending', { date: e.date }));
      continue;
    }
    const restarted = years(e.date);
    expiry = capped(restarted);
    entry(restarted > cap ? 'restarted_capped' : 'restarted', restarted > cap ? [...INTERRUPT_RULES[e.kind], 'civil-code-188'] : INTERRUPT_RULES[e.kind]);
  }

  let status: LimitationStatus;
  if (lawsuit !== null) status = 'suspended_by_lawsuit';
  else if (expiry !== null && today > expiry) status = 'expired';
  else if (waiver !== null) status = 'waived_by_acknowledgement';
  else status = 'running';
  if (expiry !== null && reachedCap) notes.push(note('capReached', { cap }));
  if (status === 'expired' && expiry !== null) notes.push(note('expired', { expiry }));
  const start = addDays(dueDate, 1);
  if (start > today) notes.push(note('notStarted', { start }));

  return {
    kind: 'limitation',
    caseId: input.caseId,
    partyId: input.partyId,
    role: input.role,
    accountId: input.accountId,
    basis: input.basis,
    dueDate,
    start,
    lastInterruption,
    expiry,
    absoluteCap: cap,
    status,
    daysLeft: expiry === null ? null : daysBetween(today, expiry),
    waiver,
    history,
    notes,
  };
}

const DEBTOR_INTERRUPTING: ReadonlySet<LimitationEventKind> = new Set([
  'demand_delivered',
  'promise',
  'plan',
  'partial_payment',
  'lawsuit',
  'acknowledgement_after_expiry',
]);
const GUARANTOR_INTERRUPTING: ReadonlySet<LimitationEventKind> = new Set([...DEBTOR_INTERRUPTING, 'guarantor_signature']);

function debtorLimitation(caseRecord: CaseInput, party: Party & { role: DebtorRole }, account: Account, events: readonly LimitationEvent[], today: string, rules: LimitationRules): LimitationResult {
  const due = dueDateOf(account);
  if (due === null) {
    return {
      kind: 'limitation', caseId: caseRecord.id, partyId: party.id, role: party.role, accountId: account.id, basis: null, dueDate: null, start: null,
      lastInterruption: null, expiry: null, absoluteCap: null, status: 'no_due_date', daysLeft: null, waiver: null, history: [], notes: [note('noDueDate', { accountId: account.id })],
    };
  }
  const debtorIds = new Set(caseRecord.parties.filter(isDebtor).map((p) => p.id));
  const relevant = events.filter(
    (e) => appliesTo(e, account) && DEBTOR_INTERRUPTING.has(e.kind) && (e.partyId === party.id || (rules.jointDebtors && debtorIds.has(e.partyId))),
  );
  return runPeriod({
    caseId: caseRecord.id,
    partyId: party.id,
    role: party.role,
    accountId: account.id,
    basis: due.basis,
    dueDate: due.dueDate,
    startRules: due.basis === 'maturity_date' ? ['civil-code-188', 'civil-code-189', 'civil-code-201', 'civil-code-202'] : ['civil-code-188', 'civil-code-201', 'civil-code-202'],
    events: relevant,
    interrupting: DEBTOR_INTERRUPTING,
    today,
    rules,
  });
}

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
