import { addDays, instantMs } from '../calendar';
import { OUTCOMES, type OutcomeCode, type OutcomeTable } from '../fieldwork/outcomes';
import { evaluatePromises } from '../fieldwork/promises';
import { agencyMoney, countOnce } from '../payments/countOnce';
import { fraction, type Fraction } from './fraction';
import type { KpiInput } from './inputs';
import { dateInPeriod, inPeriod, type KpiPeriod } from './period';
import { curedAccounts, rollMatrix, statesOn, type RollMatrix } from './rolls';

/**
 * The recovery measures of issue 15 §3, defined once (docs/kpi.md gives each definition and its source). Every
 * figure is a whole number (fen, counts) or an exact Fraction; nothing is rounded here.
 */
export interface KpiFigures {
  cases: number;
  /** Overdue balance (欠款额) of the cases at the start and at the end of the period. */
  openingOverdueFen: number;
  closingOverdueFen: number;
  /**
   * 回款额: payments in the period, each sum of money once (shared/payments/countOnce.ts), the branch's own: an
   * outsourcing agency's money is in `agency`, never here (collectors are not credited with it).
   */
  recoveredFen: number;
  /** 回收率: recovered over the opening overdue balance. */
  recoveryRate: Fraction;
  /** 出催户数 over the cases delinquent at the start. */
  cured: Fraction;
  /** Promises due in the period whose grace has ended: kept over settled, by count and by amount. */
  promisesKept: Fraction;
  promisesKeptFen: Fraction;
  attempts: number;
  /** 接通率 and 有效联系率 (right party), over attempts. */
  contactRate: Fraction;
  rightPartyRate: Fraction;
  contactsPerCase: Fraction;
  complaints: number;
  /** Complaints opened in the period per 1,000 connected contacts (num is complaints × 1000). */
  complaintsPer1000: Fraction;
  /** Attempts a supervisor let through a compliance block (override), in the period. */
  overrides: number;
  lettersIssued: number;
  lettersDelivered: number;
  /** Mean days past due of the cases at the end of the period. */
  averageDpd: Fraction;
  rolls: RollMatrix;
  /** What outsourcing agencies did on these cases, apart from the branch's own figures above. */
  agency: AgencyFigures;
}

/** An agency's work as its results files reported it (docs/kpi.md, "Agency recovery"). */
export interface AgencyFigures {
  /** Money the agency brought in, in the period, counted once with the bank's records. */
  recoveredFen: number;
  /** Contacts the agency reported in the period. */
  attempts: number;
  /** Promises the agency reported, made in the period. */
  promises: number;
}

export interface KpiOptions {
  graceDays: number;
  outcomes?: OutcomeTable;
}

/** The measures over the cases of `input` (records of other cases are ignored). */
export function computeKpis(input: KpiInput, period: KpiPeriod, options: KpiOptions): KpiFigures {
  const outcomes = options.outcomes ?? OUTCOMES;
  const ids = new Set(input.cases.map((c) => c.id));
  const mine = <T extends { caseId: string }>(list: readonly T[]) => list.filter((r) => ids.has(r.caseId));
  const snapshots = mine(input.snapshots);
  const opening = statesOn(snapshots, period.from);
  const closing = statesOn(snapshots, period.to);
  let openingOverdueFen = 0;
  let closingOverdueFen = 0;
  let dpdSum = 0;
  let dpdCases = 0;
  for (const id of ids) {
    openingOverdueFen += opening.get(id)?.overdueFen ?? 0;
    const end = closing.get(id);
    if (!end) continue;
    closingOverdueFen += end.overdueFen;
    dpdSum += end.dpd;
    dpdCases += 1;
  }
  const rolls = rollMatrix(ids, opening, closing);

  const lastDay = period.asOf < period.to ? period.asOf : period.to;
  const payments = mine(input.payments);
  const counted = countOnce(payments);
  const byAgency = agencyMoney(payments);
  let recoveredFen = 0;
  let agencyFen = 0;
  for (const p of counted) {
    if (p.paidOn < period.from || p.paidOn > lastDay) continue;
    if (byAgency.has(p.id)) agencyFen += p.amountFen;
    else recoveredFen += p.amountFen;
  }

  // Promises and contacts an agency reported are its own work, not the branch's (docs/kpi.md, "Agency recovery").
  const promises = mine(input.promises);
  const due = promises.filter((p) => !p.agency && dateInPeriod(period, p.dueDate));
  const settled = evaluatePromises(due, counted, period.asOf, { graceDays: options.graceDays, timeZone: period.timeZone }).filter((e) => e.state !== 'pending');
  const kept = settled.filter((e) => e.state === 'kept');

  let attempts = 0;
  let connected = 0;
  let rightParty = 0;
  let overrides = 0;
  let agencyAttempts = 0;
  for (const a of mine(input.activities)) {
    if (!inPeriod(period, instantMs(a.at))) continue;
    if (a.agency) {
      agencyAttempts += 1;
      continue;
    }
    attempts += 1;
    const flags = outcomes[a.outcome as OutcomeCode];
    if (flags?.connected) connected += 1;
    if (flags?.rightParty) rightParty += 1;
    if (a.overridden) overrides += 1;
  }
  const complaints = mine(input.disputes).filter((d) => d.kind === 'complaint' && inPeriod(period, instantMs(d.openedAt))).length;
  const letters = mine(input.letters).filter((l) => !l.copy && !l.voided);

  return {
    cases: ids.size,
    openingOverdueFen,
    closingOverdueFen,
    recoveredFen,
    recoveryRate: fraction(recoveredFen, openingOverdueFen),
    cured: curedAccounts(rolls),
    promisesKept: fraction(kept.length, settled.length),
    promisesKeptFen: fraction(settled.reduce((s, e) => s + e.paidFen, 0), settled.reduce((s, e) => s + e.amountFen, 0)),
    attempts,
    contactRate: fraction(connected, attempts),
    rightPartyRate: fraction(rightParty, attempts),
    contactsPerCase: fraction(attempts, ids.size),
    complaints,
    complaintsPer1000: fraction(complaints * 1000, connected),
    overrides,
    lettersIssued: letters.filter((l) => inPeriod(period, instantMs(l.issuedAt))).length,
    lettersDelivered: letters.filter((l) => l.deliveryStatus === 'delivered' && l.deliveryAt !== null && inPeriod(period, instantMs(l.deliveryAt))).length,
    averageDpd: fraction(dpdSum, dpdCases),
    rolls,
    agency: {
      recoveredFen: agencyFen,
      attempts: agencyAttempts,
      promises: promises.filter((p) => p.agency && inPeriod(period, instantMs(p.createdAt))).length,
    },
  };
}

/** The branch's own money recovered per day of the period (the trend chart), each sum of money once; not an agency's. */
export function dailyRecovered(input: Pick<KpiInput, 'cases' | 'payments'>, period: KpiPeriod): { date: string; fen: number }[] {
  const ids = new Set(input.cases.map((c) => c.id));
  const byDay = new Map<string, number>();
  const payments = input.payments.filter((x) => ids.has(x.caseId));
  const byAgency = agencyMoney(payments);
  for (const p of countOnce(payments)) {
    if (byAgency.has(p.id) || !dateInPeriod(period, p.paidOn) || p.paidOn > period.asOf) continue;
    byDay.set(p.paidOn, (byDay.get(p.paidOn) ?? 0) + p.amountFen);
  }
  const out: { date: string; fen: number }[] = [];
  for (let d = period.from; d <= period.to && d <= period.asOf; d = addDays(d, 1)) out.push({ date: d, fen: byDay.get(d) ?? 0 });
  return out;
}

