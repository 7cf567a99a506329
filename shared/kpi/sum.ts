import { addFractions, fraction } from './fraction';
import type { KpiFigures } from './figures';
import { addRollMatrices, curedAccounts, emptyRollMatrix } from './rolls';

/**
 * The figures of disjoint groups of cases (a branch's collectors and its unassigned cases) added into the
 * figures of their union. Exact: every figure is a count, a sum of fen, or a ratio of two such sums, so adding
 * numerators and denominators gives what computeKpis gives over the union (test/shared/kpi/report.test.ts), at no
 * second pass over a million activities.
 */
export function sumKpis(parts: readonly KpiFigures[]): KpiFigures {
  const add = (get: (k: KpiFigures) => number) => parts.reduce((s, k) => s + get(k), 0);
  const addF = (get: (k: KpiFigures) => { num: number; den: number }) => parts.reduce((s, k) => addFractions(s, get(k)), fraction(0, 0));
  const rolls = parts.reduce((m, k) => addRollMatrices(m, k.rolls), emptyRollMatrix());
  return {
    cases: add((k) => k.cases),
    openingOverdueFen: add((k) => k.openingOverdueFen),
    closingOverdueFen: add((k) => k.closingOverdueFen),
    recoveredFen: add((k) => k.recoveredFen),
    recoveryRate: addF((k) => k.recoveryRate),
    cured: curedAccounts(rolls),
    promisesKept: addF((k) => k.promisesKept),
    promisesKeptFen: addF((k) => k.promisesKeptFen),
    attempts: add((k) => k.attempts),
    contactRate: addF((k) => k.contactRate),
    rightPartyRate: addF((k) => k.rightPartyRate),
    contactsPerCase: addF((k) => k.contactsPerCase),
    complaints: add((k) => k.complaints),
    complaintsPer1000: addF((k) => k.complaintsPer1000),
    overrides: add((k) => k.overrides),
    lettersIssued: add((k) => k.lettersIssued),
    lettersDelivered: add((k) => k.lettersDelivered),
    averageDpd: addF((k) => k.averageDpd),
    rolls,
    agency: { recoveredFen: add((k) => k.agency.recoveredFen), attempts: add((k) => k.agency.attempts), promises: add((k) => k.agency.promises) },
  };
}
