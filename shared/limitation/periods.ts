import type { Account, Case, Party } from '../domain/case';
import { addDays, addYears, daysBetween, isLocalDate, type WorkingCalendar } from '../calendar';
import { calendarNotes } from './calendarNotes';
import { EVIDENCE_REQUIRED, LIMITATION_EVENT_KINDS, type LimitationEvent, type LimitationEventKind } from './events';
import type { HistoryEffect, HistoryEntry, LimitationNote, LimitationNoteName, LimitationOptions, LimitationResult, LimitationStatus } from './results';
import { CN_LIMITATION_RULES, type LimitationRuleId, type LimitationRules } from './rules';

/**
 * The counting shared by the limitation and guarantee engine (engine.ts): inputs checked and sorted, and one
 * limitation period run through its events (a debtor's, or a joint guarantor's own).
 */

/** The calendar's notes on a running period's last day. */
export function withCalendarNotes<R extends { status: string; expiry: string | null; notes: LimitationNote[] }>(result: R, calendar: WorkingCalendar | undefined): R {
  const running = result.status === 'running' || result.status === 'waived_by_acknowledgement';
  if (!calendar || !running || result.expiry === null) return result;
  return { ...result, notes: [...result.notes, ...calendarNotes(result.expiry, calendar).map((n) => note(n.name, n.params))] };
}

export type CaseInput = Pick<Case, 'id' | 'parties' | 'accounts'>;
type DebtorRole = 'borrower' | 'co_borrower';

export const note = (name: LimitationNoteName, params: Record<string, string | number> = {}): LimitationNote => ({
  key: `limitation.note.${name}`,
  params,
});

const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
const kindOrder = (k: LimitationEventKind) => LIMITATION_EVENT_KINDS.indexOf(k);
export const isDebtor = (p: Party): p is Party & { role: DebtorRole } => p.role === 'borrower' || p.role === 'co_borrower';
export const hasEvidence = (e: LimitationEvent) => !EVIDENCE_REQUIRED.has(e.kind) || (e.evidence !== null && e.evidence.trim() !== '');

export function rulesOf(options: LimitationOptions | undefined): LimitationRules {
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

export function checkDate(name: string, date: string): void {
  if (!isLocalDate(date)) throw new RangeError(`${name} must be a YYYY-MM-DD calendar date: ${JSON.stringify(date)}`);
}

export function sortedEvents(events: readonly LimitationEvent[]): LimitationEvent[] {
  for (const e of events) checkDate(`event ${e.kind} date`, e.date);
  return events
    .map((e, i) => ({ e, i }))
    .sort((a, b) => byText(a.e.date, b.e.date) || kindOrder(a.e.kind) - kindOrder(b.e.kind) || a.i - b.i)
    .map(({ e }) => e);
}

export const appliesTo = (e: LimitationEvent, account: Account) => e.accountId === undefined || e.accountId === account.id;

export function dueDateOf(account: Account): { dueDate: string; basis: 'maturity_date' | 'overdue_since' } | null {
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
  lawsuit_ended: ['civil-code-195'],
};
const AGREEMENT: ReadonlySet<LimitationEventKind> = new Set(['promise', 'plan', 'partial_payment']);

export interface PeriodInput {
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
export function runPeriod(input: PeriodInput): LimitationResult {
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
    if (lawsuit !== null && e.kind === 'lawsuit_ended') {
      // Art. 195: interrupted by the suit, the full period is counted again from the day its proceedings ended.
      lawsuit = null;
      lastInterruption = { kind: e.kind, date: e.date };
      const again = years(e.date);
      expiry = capped(again);
      entry(again > cap ? 'restarted_capped' : 'restarted', again > cap ? [...INTERRUPT_RULES.lawsuit_ended, 'civil-code-188'] : INTERRUPT_RULES.lawsuit_ended);
      continue;
    }
    if (e.kind === 'lawsuit_ended') continue; // no suit pending for this period: nothing ends
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
  'lawsuit_ended',
]);
export const GUARANTOR_INTERRUPTING: ReadonlySet<LimitationEventKind> = new Set([...DEBTOR_INTERRUPTING, 'guarantor_signature']);

export function debtorLimitation(caseRecord: CaseInput, party: Party & { role: DebtorRole }, account: Account, events: readonly LimitationEvent[], today: string, rules: LimitationRules): LimitationResult {
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
