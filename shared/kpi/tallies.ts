import type { Bucket } from '../domain/buckets';
import { OUTCOMES, type OutcomeCode, type OutcomeTable } from '../fieldwork/outcomes';
import { evaluatePromises } from '../fieldwork/promises';
import { countOnce, countOnceWithAgency } from '../payments/countOnce';
import { fraction } from './fraction';
import type { KpiInput, KpiPayment, KpiPromise } from './inputs';
import type { KpiFigures } from './figures';
import { recoveryRateOf } from './recoveryRate';
import { dateInPeriod, instantsIn, type KpiPeriod } from './period';
import { addRollMatrices, curedAccounts, emptyRollMatrix, type RollMatrix } from './rolls';

/**
 * The measures as sums that add up over any split of the cases (per collector, branch, product, the bank), and
 * the one place the sums become figures (`figuresOf`). Head office computes the sums in SQL where they are
 * plain counts (server/kpi/bankFigures.ts) and in JS where a rule needs the case's records in order (counting
 * a payment once, matching payments to promises); either way the figures come out of `figuresOf`.
 */
export interface KpiTally {
  cases: number;
  openingOverdueFen: number;
  closingOverdueFen: number;
  /** Σ DPD and how many cases had a closing state. */
  dpdSum: number;
  dpdCases: number;
  rolls: RollMatrix;
  recoveredFen: number;
  /** Promises due in the period whose grace has ended: how many, kept, promised and paid fen. */
  promisesSettled: number;
  promisesKept: number;
  promisedFen: number;
  promisePaidFen: number;
  attempts: number;
  connected: number;
  rightParty: number;
  overrides: number;
  complaints: number;
  lettersIssued: number;
  lettersDelivered: number;
  /** An outsourcing agency's work, kept apart from the branch's own (docs/kpi.md, "Agency recovery"). */
  agencyRecoveredFen: number;
  agencyAttempts: number;
  agencyPromises: number;
}

export function emptyTally(): KpiTally {
  return {
    cases: 0, openingOverdueFen: 0, closingOverdueFen: 0, dpdSum: 0, dpdCases: 0, rolls: emptyRollMatrix(), recoveredFen: 0,
    promisesSettled: 0, promisesKept: 0, promisedFen: 0, promisePaidFen: 0, attempts: 0, connected: 0, rightParty: 0, overrides: 0,
    complaints: 0, lettersIssued: 0, lettersDelivered: 0, agencyRecoveredFen: 0, agencyAttempts: 0, agencyPromises: 0,
  };
}

export function addTallies(a: KpiTally, b: KpiTally): KpiTally {
  const out = emptyTally();
  for (const k of Object.keys(out) as (keyof KpiTally)[]) {
    if (k === 'rolls') out.rolls = addRollMatrices(a.rolls, b.rolls);
    else out[k] = a[k] + b[k];
  }
  return out;
}

export function figuresOf(t: KpiTally): KpiFigures {
  return {
    cases: t.cases,
    openingOverdueFen: t.openingOverdueFen,
    closingOverdueFen: t.closingOverdueFen,
    recoveredFen: t.recoveredFen,
    recoveryRate: recoveryRateOf(t.recoveredFen, t.openingOverdueFen),
    cured: curedAccounts(t.rolls),
    promisesKept: fraction(t.promisesKept, t.promisesSettled),
    promisesKeptFen: fraction(t.promisePaidFen, t.promisedFen),
    attempts: t.attempts,
    contactRate: fraction(t.connected, t.attempts),
    rightPartyRate: fraction(t.rightParty, t.attempts),
    contactsPerCase: fraction(t.attempts, t.cases),
    complaints: t.complaints,
    complaintsPer1000: fraction(t.complaints * 1000, t.connected),
    overrides: t.overrides,
    lettersIssued: t.lettersIssued,
    lettersDelivered: t.lettersDelivered,
    averageDpd: fraction(t.dpdSum, t.dpdCases),
    rolls: t.rolls,
    agency: { recoveredFen: t.agencyRecoveredFen, attempts: t.agencyAttempts, promises: t.agencyPromises },
  };
}

/** One cell of the cases' movement: how many went from one bucket to another, with their balances and closing DPD. */
export interface StateCell {
  openingBucket: Bucket;
  closingBucket: Bucket;
  cases: number;
  openingOverdueFen: number;
  closingOverdueFen: number;
  closingDpd: number;
}

/** The opening/closing part of a tally from cells (every case here has a state at both ends). */
export function stateTallyOf(cells: Iterable<StateCell>, into: KpiTally = emptyTally()): KpiTally {
  for (const c of cells) {
    into.cases += c.cases;
    into.openingOverdueFen += c.openingOverdueFen;
    into.closingOverdueFen += c.closingOverdueFen;
    into.dpdSum += c.closingDpd;
    into.dpdCases += c.cases;
    const cell = into.rolls[c.openingBucket][c.closingBucket];
    cell.cases += c.cases;
    cell.fen += c.openingOverdueFen;
  }
  return into;
}

/**
 * Attempts in the period by outcome (and how many of them were overridden): the contact part of a tally. An
 * agency's attempts (`agency`) are counted apart and judge none of the branch's rates.
 */
export interface OutcomeCount {
  outcome: string;
  attempts: number;
  overridden: number;
  agency?: boolean;
}

export function contactTallyOf(counts: Iterable<OutcomeCount>, outcomes: OutcomeTable = OUTCOMES, into: KpiTally = emptyTally()): KpiTally {
  for (const c of counts) {
    if (c.agency) {
      into.agencyAttempts += c.attempts;
      continue;
    }
    const flags = outcomes[c.outcome as OutcomeCode];
    into.attempts += c.attempts;
    if (flags?.connected) into.connected += c.attempts;
    if (flags?.rightParty) into.rightParty += c.attempts;
    into.overrides += c.overridden;
  }
  return into;
}

export function outcomeCountsOf(activities: KpiInput['activities'], period: KpiPeriod): OutcomeCount[] {
  const by = new Map<string, OutcomeCount>();
  const within = instantsIn(period);
  for (const a of activities) {
    if (!within(a.at)) continue;
    const key = `${a.agency ? 'agency:' : ''}${a.outcome}`;
    const c = by.get(key) ?? { outcome: a.outcome, attempts: 0, overridden: 0, ...(a.agency ? { agency: true } : {}) };
    c.attempts += 1;
    if (a.overridden) c.overridden += 1;
    by.set(key, c);
  }
  return [...by.values()];
}

const byCase = <T extends { caseId: string }>(rows: readonly T[]) => {
  const out = new Map<string, T[]>();
  for (const r of rows) {
    const list = out.get(r.caseId);
    if (list) list.push(r);
    else out.set(r.caseId, [r]);
  }
  return out;
};

/** shared/payments/countOnce.ts case by case (it only ever matches records of one case). */
export function countOncePerCase<P extends KpiPayment>(payments: readonly P[]): P[] {
  return [...byCase(payments).values()].flatMap((list) => countOnce(list));
}

/** The same, without an agency's money (shared/payments/countOnce.ts agencyMoney): the branch's own. */
export function branchMoneyPerCase<P extends KpiPayment>(payments: readonly P[]): P[] {
  return [...byCase(payments).values()].flatMap((list) => {
    const { once, agency } = countOnceWithAgency(list);
    return agency.size === 0 ? once : once.filter((p) => !agency.has(p.id));
  });
}

/**
 * Money: recovered in the period and promises judged by `asOf`; an agency's money and promises apart (its
 * promises are counted when made in the period, never judged as the branch's). Both rules only ever match records of the same
 * case (shared/payments/countOnce.ts, shared/fieldwork/promises.ts), so they run case by case: the same result
 * as over all records at once, without comparing every payment with every other of the bank.
 */
export function moneyTallyOf(payments: readonly KpiPayment[], promises: readonly KpiPromise[], period: KpiPeriod, graceDays: number, into: KpiTally = emptyTally()): KpiTally {
  moneyInto(payments, promises, period, graceDays, () => into);
  return into;
}

/**
 * moneyTallyOf with each case's sums going to its own tally (`tallyOf`; a case without one is left out).
 * `counted` is told every counted payment of those cases, of any date, and whether it is an agency's money.
 */
export function moneyInto(
  payments: readonly KpiPayment[], promises: readonly KpiPromise[], period: KpiPeriod, graceDays: number, tallyOf: (caseId: string) => KpiTally | undefined,
  counted?: (p: KpiPayment, agency: boolean) => void,
): void {
  const lastDay = period.asOf < period.to ? period.asOf : period.to;
  const made = instantsIn(period);
  const paymentsOf = byCase(payments);
  const promisesOf = byCase(promises.filter((p) => !p.agency && dateInPeriod(period, p.dueDate)));
  for (const p of promises) {
    if (!p.agency) continue;
    const into = tallyOf(p.caseId);
    if (into && made(p.createdAt)) into.agencyPromises += 1;
  }
  for (const [caseId, list] of paymentsOf) {
    const into = tallyOf(caseId);
    if (!into) continue;
    const { once, agency: byAgency } = countOnceWithAgency(list);
    paymentsOf.set(caseId, once);
    for (const p of once) {
      counted?.(p, byAgency.has(p.id));
      if (p.paidOn < period.from || p.paidOn > lastDay) continue;
      if (byAgency.has(p.id)) into.agencyRecoveredFen += p.amountFen;
      else into.recoveredFen += p.amountFen;
    }
  }
  for (const [caseId, due] of promisesOf) {
    const into = tallyOf(caseId);
    if (!into) continue;
    const settled = evaluatePromises(due, paymentsOf.get(caseId) ?? [], period.asOf, { graceDays, timeZone: period.timeZone }).filter((e) => e.state !== 'pending');
    into.promisesSettled += settled.length;
    for (const e of settled) {
      if (e.state === 'kept') into.promisesKept += 1;
      into.promisedFen += e.amountFen;
      into.promisePaidFen += e.paidFen;
    }
  }
}

/** Complaints opened and letters issued and delivered in the period. */
export function paperTallyOf(disputes: KpiInput['disputes'], letters: KpiInput['letters'], period: KpiPeriod, into: KpiTally = emptyTally()): KpiTally {
  paperInto(disputes, letters, period, () => into);
  return into;
}

/** paperTallyOf with each case's counts going to its own tally (`tallyOf`; a case without one is left out). */
export function paperInto(disputes: KpiInput['disputes'], letters: KpiInput['letters'], period: KpiPeriod, tallyOf: (caseId: string) => KpiTally | undefined): void {
  const within = instantsIn(period);
  for (const d of disputes) {
    if (d.kind !== 'complaint') continue;
    const into = tallyOf(d.caseId);
    if (into && within(d.openedAt)) into.complaints += 1;
  }
  for (const l of letters) {
    if (l.copy || l.voided) continue;
    const into = tallyOf(l.caseId);
    if (!into) continue;
    if (within(l.issuedAt)) into.lettersIssued += 1;
    if (l.deliveryStatus === 'delivered' && l.deliveryAt !== null && within(l.deliveryAt)) into.lettersDelivered += 1;
  }
}

/**
 * The contact part straight from the activities, each to its case's tally (`tallyOf`; a case without one is left
 * out): what contactTallyOf(outcomeCountsOf(…)) gives, without counting by outcome first.
 */
export function contactsInto(activities: KpiInput['activities'], period: KpiPeriod, outcomes: OutcomeTable, tallyOf: (caseId: string) => KpiTally | undefined): void {
  const within = instantsIn(period);
  for (const a of activities) {
    const into = tallyOf(a.caseId);
    if (!into || !within(a.at)) continue;
    if (a.agency) {
      into.agencyAttempts += 1;
      continue;
    }
    const flags = outcomes[a.outcome as OutcomeCode];
    into.attempts += 1;
    if (flags?.connected) into.connected += 1;
    if (flags?.rightParty) into.rightParty += 1;
    if (a.overridden) into.overrides += 1;
  }
}
