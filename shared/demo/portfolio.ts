import type { Account, Case, CaseStatus, Party, Product, Risk } from '../domain/case';
import { makeAccount, PRIMARY_PRODUCTS, pickCaseDpd, SECONDARY_PRODUCTS } from './accounts';
import { type Locality, pickLocality, pickLocalityNear } from './addresses';
import { DEMO_BRANCHES, DEMO_OFFICERS, type DemoBranch, type DemoOfficer } from './branches';
import { beijingInstant, parseLocalDate } from './calendar';
import { pickFullName, surnameOf } from './names';
import { makeParty, type PartyContext } from './parties';
import { deriveSeed, hashSeed, Rng, type Seed } from './rng';

/**
 * A made-up delinquent portfolio as head office would extract it on a snapshot date. Case i depends only on
 * (seed, i, options): each case draws from its own random stream, so 100,000 cases can be made in chunks,
 * in any order, and case 123 is the same in a portfolio of 200 or of 100,000. Ids are stable strings
 * (demo-case-000124 for index 123, numbered from 1 like a register) and do not include the seed, so loading
 * another demo replaces the previous one instead of piling up.
 */

export interface DemoOptions {
  /** The as-of date of balances and DPD, YYYY-MM-DD. */
  snapshotDate: string;
  branches?: readonly DemoBranch[];
  /** Officers of branches not listed are ignored; a branch without officers gets unassigned cases. */
  officers?: readonly DemoOfficer[];
}

export interface PortfolioOptions extends DemoOptions {
  seed: Seed;
  count: number;
  /** First index (for chunks); default 0. */
  start?: number;
}

interface Prepared {
  snapshotDay: number;
  branches: readonly DemoBranch[];
  officersByBranch: ReadonlyMap<string, readonly DemoOfficer[]>;
}

function prepare(options: DemoOptions): Prepared {
  const snapshotDay = parseLocalDate(options.snapshotDate);
  const branches = options.branches ?? DEMO_BRANCHES;
  if (branches.length === 0) throw new RangeError('at least one branch is needed');
  const officersByBranch = new Map<string, DemoOfficer[]>();
  for (const o of options.officers ?? DEMO_OFFICERS) {
    const list = officersByBranch.get(o.branchCode);
    if (list) list.push(o);
    else officersByBranch.set(o.branchCode, [o]);
  }
  return { snapshotDay, branches, officersByBranch };
}

const pad6 = (n: number): string => String(n).padStart(6, '0');
const YEAR = 365;

/** A birth day for someone of `age` whole years on the snapshot day (day of year at random). */
function birthDayFor(rng: Rng, snapshotDay: number, age: number): number {
  return snapshotDay - age * YEAR - Math.floor(age / 4) - rng.int(1, 364);
}

const STATUS_BY_DPD: readonly (readonly [number, readonly (readonly [CaseStatus, number])[]])[] = [
  [30, [['new', 55], ['contacting', 35], ['promised', 8], ['on_hold', 2]]],
  [180, [['new', 32], ['contacting', 43], ['promised', 10], ['on_plan', 7], ['on_hold', 5], ['legal', 3]]],
  [Infinity, [['new', 25], ['contacting', 38], ['promised', 5], ['on_plan', 8], ['on_hold', 8], ['legal', 16]]],
];
const HOLD_REASONS = [['dispute', 30], ['complaint', 20], ['hardship', 25], ['deceased', 5], ['litigation', 10], ['other', 10]] as const;

function pickStatus(rng: Rng, dpd: number): CaseStatus {
  for (const [maxDpd, table] of STATUS_BY_DPD) if (dpd <= maxDpd) return rng.weighted(table);
  return 'new';
}

/** Risk grows with age of debt, size and lost contact, with some collector judgement mixed in. */
function riskOf(rng: Rng, dpd: number, totalFen: number, lostContact: boolean, status: CaseStatus): Risk {
  let score = dpd > 180 ? 2 : dpd > 60 ? 1 : 0;
  if (totalFen >= 500_000_00) score += 1;
  if (lostContact) score += 1;
  if (status === 'legal' || status === 'on_hold') score += 1;
  if (rng.chance(0.15)) score += rng.chance(0.5) ? 1 : -1;
  return score <= 0 ? 'low' : score <= 2 ? 'medium' : 'high';
}

function buildCase(p: Prepared, baseSeed: number, index: number): Case {
  if (!Number.isSafeInteger(index) || index < 0) throw new RangeError(`index must be a non-negative integer, got ${index}`);
  const rng = new Rng(deriveSeed(baseSeed, index));
  const snap = p.snapshotDay;
  const no = pad6(index + 1);
  const branch = rng.pick(p.branches);

  // Accounts: the first carries the case's DPD (case DPD = max); others may be current (M0) or less late.
  const caseDpd = pickCaseDpd(rng);
  const accountCount = rng.weighted([[1, 70], [2, 22], [3, 8]] as const);
  const products: Product[] = [rng.weighted(PRIMARY_PRODUCTS)];
  for (let k = 1; k < accountCount; k++) products.push(rng.weighted(SECONDARY_PRODUCTS));
  const made = products.map((product, k) =>
    makeAccount(rng, {
      id: `demo-acct-${no}-${k + 1}`,
      branchCode: branch.code,
      snapshotDay: snap,
      product,
      dpd: k === 0 ? caseDpd : rng.chance(0.4) ? 0 : rng.int(1, caseDpd),
    }),
  );
  const accounts: Account[] = made.map((m) => m.account);
  const earliestOpened = Math.min(...made.map((m) => m.openedDay));
  const loanOpened = made.filter((m) => m.account.product !== 'credit_card').map((m) => m.openedDay);
  const guaranteeFrom = loanOpened.length > 0 ? Math.min(...loanOpened) : earliestOpened;

  // The case opened at the nightly load after the first missed due date.
  const createdDay = snap - caseDpd + 1;
  const createdMinute = rng.int(6 * 60, 6 * 60 + 29);

  // Parties. The borrower was an adult when the oldest account was opened.
  const minAge = Math.max(22, Math.ceil((snap - earliestOpened) / YEAR) + 19);
  const borrowerAge = rng.int(minAge, Math.max(minAge + 3, 65));
  const borrowerMale = rng.chance(0.6);
  const borrowerName = pickFullName(rng, borrowerMale);
  const home: Locality = rng.chance(0.7) ? pickLocalityNear(rng, branch.province, branch.city) : pickLocality(rng);
  const base = { caseCreatedDay: createdDay, snapshotDay: snap };
  const contexts: PartyContext[] = [
    { ...base, id: `demo-party-${no}-1`, role: 'borrower', name: borrowerName, male: borrowerMale, birthDay: birthDayFor(rng, snap, borrowerAge), guaranteeType: null, home, contactsFromDay: earliestOpened },
  ];
  const nextId = (): string => `demo-party-${no}-${contexts.length + 1}`;

  const hasMortgage = products.includes('mortgage');
  const hasLoan = products.some((x) => x !== 'credit_card');
  // A spouse who signed the mortgage (or a business loan) lives at the same address.
  if ((hasMortgage && rng.chance(0.6)) || (products.includes('business_loan') && rng.chance(0.1))) {
    const male = rng.chance(0.9) ? !borrowerMale : borrowerMale;
    const age = Math.min(75, Math.max(20, borrowerAge + rng.int(-5, 5)));
    contexts.push({ ...base, id: nextId(), role: 'co_borrower', name: pickFullName(rng, male), male, birthDay: birthDayFor(rng, snap, age), guaranteeType: null, home, contactsFromDay: guaranteeFrom });
  }
  // A parent who pledged their own flat for the mortgage; a father passes on his surname.
  if (hasMortgage && rng.chance(0.4)) {
    const male = rng.chance(0.5);
    const surname = male ? surnameOf(borrowerName) : undefined;
    const age = Math.min(88, borrowerAge + rng.int(22, 32));
    contexts.push({ ...base, id: nextId(), role: 'mortgagor', name: pickFullName(rng, male, surname), male, birthDay: birthDayFor(rng, snap, age), guaranteeType: null, home: pickLocalityNear(rng, home.province, home.city), contactsFromDay: guaranteeFrom });
  }
  if (hasLoan && rng.chance(0.3)) {
    const guarantors = rng.chance(0.8) ? 1 : 2;
    for (let g = 0; g < guarantors; g++) {
      const male = rng.chance(0.6);
      const surname = rng.chance(0.2) ? surnameOf(borrowerName) : undefined;
      const guaranteeType = rng.chance(0.75) ? 'joint' : 'general';
      const locality = rng.chance(0.7) ? pickLocalityNear(rng, home.province, home.city) : pickLocality(rng);
      contexts.push({ ...base, id: nextId(), role: 'guarantor', name: pickFullName(rng, male, surname), male, birthDay: birthDayFor(rng, snap, rng.int(25, 68)), guaranteeType, home: locality, contactsFromDay: guaranteeFrom });
    }
  }

  let borrowerHomeLine: string | undefined;
  const parties: Party[] = contexts.map((ctx) => {
    const party = makeParty(rng, ctx.role === 'co_borrower' ? { ...ctx, homeLine: borrowerHomeLine } : ctx);
    if (ctx.role === 'borrower') borrowerHomeLine = party.addresses[0]?.line;
    return party;
  });

  const status = pickStatus(rng, caseDpd);
  const holdReason = status === 'on_hold' ? rng.weighted(HOLD_REASONS) : null;
  let totalFen = 0;
  for (const a of accounts) {
    const m = a.amounts;
    totalFen += m.principalFen + m.interestFen + m.penaltyFen + m.compoundFen + m.feesFen;
  }
  const lostContact = parties[0]?.phones.every((ph) => ph.retiredAt !== null) ?? false;

  // Assigned at the load that created the case, or later by a supervisor; some new cases still wait.
  const officers = p.officersByBranch.get(branch.code) ?? [];
  const officer = officers.length > 0 && !(status === 'new' && rng.chance(0.15)) ? rng.pick(officers) : null;
  const assignedDay = createdDay < snap ? rng.int(createdDay, Math.min(snap - 1, createdDay + (rng.chance(0.3) ? caseDpd : 3))) : createdDay;
  const assignedAt = assignedDay === createdDay ? beijingInstant(createdDay, createdMinute) : beijingInstant(assignedDay, rng.int(9 * 60, 17 * 60 + 59));

  return {
    id: `demo-case-${no}`,
    caseNumber: `DEMO-${branch.code}-${no}`,
    parties,
    accounts,
    assignment: {
      branchCode: branch.code,
      branchName: branch.name,
      officerId: officer?.id ?? null,
      officerName: officer?.name ?? null,
      assignedAt,
    },
    status,
    holdReason,
    risk: riskOf(rng, caseDpd, totalFen, lostContact, status),
    timeZone: 'Asia/Shanghai',
    createdAt: beijingInstant(createdDay, createdMinute),
    // The nightly load on the snapshot day touched every case, after anything else in it.
    updatedAt: beijingInstant(snap, 6 * 60 + 30),
  };
}

/** Case number `index` (0-based) of the demo portfolio for `seed`; the same whatever else is generated. */
export function generateCase(seed: Seed, index: number, options: DemoOptions): Case {
  return buildCase(prepare(options), hashSeed(seed), index);
}

/**
 * Cases start … start+count-1, one at a time, so a benchmark can stream 100,000 without keeping them.
 * Options are checked at the call, not at the first `next()`.
 */
export function iteratePortfolio(options: PortfolioOptions): Generator<Case, void, undefined> {
  const { count, start = 0 } = options;
  if (!Number.isSafeInteger(count) || count < 0) throw new RangeError(`count must be a non-negative integer, got ${count}`);
  if (!Number.isSafeInteger(start) || start < 0) throw new RangeError(`start must be a non-negative integer, got ${start}`);
  const p = prepare(options);
  const seed = hashSeed(options.seed);
  return (function* () {
    for (let i = 0; i < count; i++) yield buildCase(p, seed, start + i);
  })();
}

export function generatePortfolio(options: PortfolioOptions): Case[] {
  return Array.from(iteratePortfolio(options));
}
