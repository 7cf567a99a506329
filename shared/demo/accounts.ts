import type { Account, Classification, Product } from '../domain/case';
import { addMonths, formatLocalDate } from './calendar';
import type { Rng } from './rng';

/**
 * One account (card or loan) as head office's nightly extract would state it. Amounts follow from the
 * days past due: interest and penalty accrue on principal over the overdue days, compound interest on the
 * unpaid interest; see `overdueAmounts`.
 */

/** DPD buckets as docs/domain.md defines them; M6+ runs to about four years. */
const DPD_BUCKETS: readonly (readonly [readonly [number, number], number])[] = [
  [[1, 30], 30], // M1
  [[31, 60], 17], // M2
  [[61, 90], 12], // M3
  [[91, 120], 9], // M4
  [[121, 150], 7], // M5
  [[151, 180], 6], // M6
  [[181, 1500], 19], // M6+
];

export function pickCaseDpd(rng: Rng): number {
  const [min, max] = rng.weighted(DPD_BUCKETS);
  return rng.int(min, max);
}

export const PRIMARY_PRODUCTS: readonly (readonly [Product, number])[] = [
  ['credit_card', 45],
  ['consumer_loan', 30],
  ['business_loan', 10],
  ['mortgage', 15],
];
/** A customer's other accounts at the bank are mostly cards and small loans. */
export const SECONDARY_PRODUCTS: readonly (readonly [Product, number])[] = [
  ['credit_card', 55],
  ['consumer_loan', 30],
  ['business_loan', 10],
  ['mortgage', 5],
];

/**
 * 五级分类 from DPD. The 2023 rules (商业银行金融资产风险分类办法) set floors: overdue at all is at least
 * special mention in principle, over 90 days at least substandard, over 270 doubtful, over 360 loss. Some
 * banks still keep a few days-late card as pass, and some accounts sit a grade worse than the floor.
 */
export function classify(rng: Rng, dpd: number): Classification {
  if (dpd === 0) return 'pass';
  if (dpd <= 30) return rng.chance(0.25) ? 'pass' : 'special_mention';
  if (dpd <= 60) return 'special_mention';
  if (dpd <= 90) return rng.chance(0.2) ? 'substandard' : 'special_mention';
  if (dpd <= 180) return rng.chance(0.15) ? 'doubtful' : 'substandard';
  if (dpd <= 270) return rng.chance(0.7) ? 'doubtful' : 'substandard';
  if (dpd <= 360) return rng.chance(0.15) ? 'loss' : 'doubtful';
  return 'loss';
}

/** fen × annual bps × days / 360, rounded to the fen. The product stays an exact integer below 2^53. */
function accrue(baseFen: number, bps: number, days: number): number {
  return Math.round((baseFen * bps * days) / 3_600_000);
}

/**
 * Interest is the contract interest left unpaid over the overdue days; 罚息 is the penalty rate on the
 * principal over the same days; 复利 is the penalty rate on unpaid interest, which grew linearly from
 * nothing, hence half.
 */
export function overdueAmounts(principalFen: number, contractBps: number, penaltyBps: number, dpd: number) {
  const interestFen = accrue(principalFen, contractBps, dpd);
  return {
    interestFen,
    penaltyFen: accrue(principalFen, penaltyBps, dpd),
    compoundFen: Math.round(accrue(interestFen, penaltyBps, dpd) / 2),
  };
}

/** Uniform u skewed towards small values by a power (multiplications only, so every engine agrees). */
function skewed(rng: Rng, minFen: number, maxFen: number, power: 1 | 2 | 3): number {
  const u = rng.next();
  const s = power === 1 ? u : power === 2 ? u * u : u * u * u;
  return Math.round(minFen + (maxFen - minFen) * s);
}

const YUAN = 100;
const roundUpTo = (fen: number, stepFen: number): number => Math.ceil(fen / stepFen) * stepFen;

/** Luhn check digit, as card numbers carry. */
function luhnComplete(body: string): string {
  let sum = 0;
  for (let i = 0; i < body.length; i++) {
    let d = body.charCodeAt(body.length - 1 - i) - 48;
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return body + String((10 - (sum % 10)) % 10);
}

const CARD_BINS = ['622588', '625802', '622262', '628288', '622848'];
const CONTRACT_PREFIX: Record<Product, string> = {
  credit_card: 'XYK',
  consumer_loan: 'GRXF',
  business_loan: 'GRJY',
  mortgage: 'GRZF',
};

interface LoanTerms {
  minFen: number;
  maxFen: number;
  power: 1 | 2 | 3;
  /** Outstanding ÷ original principal, lowest. */
  minPaidDownRatio: number;
  originalStepFen: number;
  rateBps: readonly [number, number];
  termMonths: readonly number[];
  /** Share of loans repaid in one sum at maturity (到期一次还本) rather than by instalments. */
  bullet: number;
}

const LOAN_TERMS: Record<Exclude<Product, 'credit_card'>, LoanTerms> = {
  consumer_loan: { minFen: 10_000 * YUAN, maxFen: 500_000 * YUAN, power: 2, minPaidDownRatio: 0.3, originalStepFen: 1_000 * YUAN, rateBps: [435, 1200], termMonths: [12, 24, 36, 48, 60], bullet: 0.15 },
  business_loan: { minFen: 100_000 * YUAN, maxFen: 5_000_000 * YUAN, power: 2, minPaidDownRatio: 0.5, originalStepFen: 10_000 * YUAN, rateBps: [345, 850], termMonths: [12, 24, 36], bullet: 0.5 },
  mortgage: { minFen: 200_000 * YUAN, maxFen: 3_000_000 * YUAN, power: 2, minPaidDownRatio: 0.4, originalStepFen: 10_000 * YUAN, rateBps: [300, 590], termMonths: [120, 180, 240, 300, 360], bullet: 0 },
};

export interface AccountContext {
  id: string;
  branchCode: string;
  snapshotDay: number;
  product: Product;
  dpd: number;
}

export interface GeneratedAccount {
  account: Account;
  /** Day the card was issued or the loan drawn: contacts on file date from then. */
  openedDay: number;
}

/** Penalty rate: the contract rate raised by 30%, 40% or 50%, as contracts state it. */
function penaltyRate(rng: Rng, contractBps: number): number {
  return Math.round((contractBps * rng.pick([130, 140, 150])) / 100);
}

export function makeAccount(rng: Rng, ctx: AccountContext): GeneratedAccount {
  const { product, dpd, snapshotDay } = ctx;
  const overdueDay = snapshotDay - dpd;
  let principalFen: number;
  let originalPrincipalFen: number;
  let contractRateBps: number;
  let openedDay: number;
  let maturityDay: number | null;
  let accountNumber: string;

  if (product === 'credit_card') {
    principalFen = skewed(rng, 2_000 * YUAN, 200_000 * YUAN, 3);
    // For a card the "original principal" is the credit limit, a round sum at or above the balance.
    originalPrincipalFen = roundUpTo(principalFen * (1 + rng.next() * 0.3), 1_000 * YUAN);
    contractRateBps = 1825; // 日息万分之五
    openedDay = overdueDay - rng.int(180, 3650);
    maturityDay = null; // revolving: no final due date
    accountNumber = luhnComplete(rng.pick(CARD_BINS) + rng.digits(9));
  } else {
    const t = LOAN_TERMS[product];
    principalFen = skewed(rng, t.minFen, t.maxFen, t.power);
    const ratio = t.minPaidDownRatio + rng.next() * (0.98 - t.minPaidDownRatio);
    originalPrincipalFen = roundUpTo(principalFen / ratio, t.originalStepFen);
    contractRateBps = rng.int(t.rateBps[0] / 5, t.rateBps[1] / 5) * 5;
    const term = rng.pick(t.termMonths);
    if (dpd > 0 && rng.chance(t.bullet)) {
      // Missed the single repayment at maturity: the overdue date is the maturity date.
      maturityDay = overdueDay;
      openedDay = addMonths(overdueDay, -term);
    } else {
      // Paid instalments for k months, then stopped (or, at DPD 0, is still paying).
      const k = rng.int(1, Math.min(term - 1, 180));
      openedDay = addMonths(dpd > 0 ? overdueDay : snapshotDay, -k);
      maturityDay = addMonths(openedDay, term);
      // Long-defaulted loans are often declared due early (宣布提前到期), which moves the main debt's due date.
      if (dpd > 180 && rng.chance(0.4)) maturityDay = Math.min(maturityDay, overdueDay + rng.int(90, dpd - 1));
    }
    accountNumber = `${rng.int(1, 9)}${rng.digits(18)}`;
  }

  const penaltyRateBps = penaltyRate(rng, contractRateBps);
  let amounts: Account['amounts'];
  if (dpd === 0) {
    // Current: only this month's interest accrued so far.
    amounts = { principalFen, interestFen: accrue(principalFen, contractRateBps, rng.int(0, 29)), penaltyFen: 0, compoundFen: 0, feesFen: 0 };
  } else {
    const accrued = overdueAmounts(principalFen, contractRateBps, penaltyRateBps, dpd);
    let feesFen = 0;
    if (product === 'credit_card') {
      // 违约金 of 5% of the minimum payment (10% of balance) per missed cycle, and perhaps an annual fee.
      feesFen = Math.round((principalFen * Math.ceil(dpd / 30)) / 200) + rng.pick([0, 0, 100, 300, 600]) * YUAN;
    } else if (rng.chance(0.1)) {
      feesFen = rng.int(50, 2_000) * YUAN; // account management or valuation fees
    }
    amounts = { principalFen, ...accrued, feesFen };
  }

  const openedYear = formatLocalDate(openedDay).slice(0, 4);
  return {
    openedDay,
    account: {
      id: ctx.id,
      product,
      accountNumber,
      contractNumber: `${CONTRACT_PREFIX[product]}${openedYear}${ctx.branchCode}${rng.digits(6)}`,
      originalPrincipalFen,
      amounts,
      contractRateBps,
      penaltyRateBps,
      dpd,
      overdueSince: dpd > 0 ? formatLocalDate(overdueDay) : null,
      maturityDate: maturityDay === null ? null : formatLocalDate(maturityDay),
      classification: classify(rng, dpd),
      snapshotDate: formatLocalDate(snapshotDay),
    },
  };
}
