import { iteratePortfolio } from '../../shared/demo';
import type { Case } from '../../shared/domain/case';
import type { Db } from '../db/types';
import { importExtract, type ImportResult } from './apply';
import type { Extract } from './extract';
import { OPTIONAL_COLUMNS, REQUIRED_COLUMNS } from './rows';

/**
 * The demo portfolio at head office: the same generator and seed as the app's "load demo data"
 * (renderer/src/state/storeSlice.ts DEMO_SEED), with the demo collectors as officers, turned into a
 * core-banking extract and loaded through the real import, so what devices pull is what an import makes.
 */

/** The app's demo seed (renderer DEMO_SEED; server may not import renderer, a test keeps them equal). */
export const DEMO_PORTFOLIO_SEED = 20261123;
export const DEMO_PORTFOLIO_CASES = 2_000;

/** Today (YYYY-MM-DD) in the bank's zone, the snapshot date of a demo extract. */
export function todayInShanghai(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai', year: 'numeric', month: '2-digit', day: '2-digit' }).format(now);
}

/** The customer number a demo case is imported under: demo-case-000007 → C000007 (case id case-C000007). */
export const demoCustomerNo = (c: Case) => `C${c.id.replace(/^demo-case-/, '')}`;

const yuan = (fen: number) => `${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
const percent = (bps: number) => yuan(bps);

/**
 * Extract rows of one demo case, one per account: the borrower's live phones and first address, and the first
 * guarantor (the format has one guarantor column set; co-borrowers and mortgagors are not in it).
 */
export function demoCaseRows(c: Case): Record<string, string>[] {
  const borrower = c.parties.find((p) => p.role === 'borrower');
  if (!borrower) throw new Error(`${c.id} has no borrower`);
  const guarantor = c.parties.find((p) => p.role === 'guarantor');
  const address = borrower.addresses[0];
  const livePhones = (p: Case['parties'][number]) =>
    p.phones
      .filter((ph) => ph.retiredAt === null)
      .map((ph) => ph.number)
      .join(';');
  return c.accounts.map((a) => ({
    customer_no: demoCustomerNo(c),
    case_number: c.caseNumber,
    branch_code: c.assignment.branchCode,
    officer_id: c.assignment.officerId ?? '',
    risk_grade: c.risk ?? '',
    borrower_name: borrower.name,
    borrower_id_number: borrower.idNumber,
    borrower_phones: livePhones(borrower),
    address_province: address?.province ?? '',
    address_city: address?.city ?? '',
    address_district: address?.district ?? '',
    address_line: address?.line ?? '',
    address_postcode: address?.postcode ?? '',
    product: a.product,
    account_number: a.accountNumber,
    contract_number: a.contractNumber,
    original_principal: yuan(a.originalPrincipalFen),
    principal: yuan(a.amounts.principalFen),
    interest: yuan(a.amounts.interestFen),
    penalty: yuan(a.amounts.penaltyFen),
    compound: yuan(a.amounts.compoundFen),
    fees: yuan(a.amounts.feesFen),
    contract_rate: percent(a.contractRateBps),
    penalty_rate: percent(a.penaltyRateBps),
    dpd: String(a.dpd),
    overdue_since: a.overdueSince ?? '',
    maturity_date: a.maturityDate ?? '',
    classification: a.classification,
    snapshot_date: a.snapshotDate,
    guarantor_name: guarantor?.name ?? '',
    guarantor_id_number: guarantor?.idNumber ?? '',
    guarantor_phones: guarantor ? livePhones(guarantor) : '',
    guarantor_type: guarantor?.guaranteeType ?? '',
  }));
}

export interface DemoPortfolioOptions {
  cases?: number;
  seed?: number;
  snapshotDate?: string;
  now?: Date;
}

/** The demo portfolio as an extract, the way readExtract returns a file (header = row 1). */
export function demoExtract(options: DemoPortfolioOptions = {}): Extract {
  const header = [...REQUIRED_COLUMNS, ...OPTIONAL_COLUMNS] as string[];
  const rows: Extract['rows'] = [];
  const portfolio = iteratePortfolio({
    seed: options.seed ?? DEMO_PORTFOLIO_SEED,
    count: options.cases ?? DEMO_PORTFOLIO_CASES,
    snapshotDate: options.snapshotDate ?? todayInShanghai(options.now),
  });
  for (const c of portfolio) for (const cells of demoCaseRows(c)) rows.push({ rowNumber: rows.length + 2, cells });
  return { format: 'csv', encoding: 'utf-8', header, rows };
}

/**
 * Imports the demo portfolio (the demo organisation must exist: officers and branches are checked like any
 * extract's). Re-running with the same date changes nothing; a smaller count is refused by the closure
 * guard rather than settling the rest, since settling a demo by accident helps no one.
 */
export async function importDemoPortfolio(db: Db, options: DemoPortfolioOptions = {}): Promise<ImportResult> {
  return importExtract(db, demoExtract(options), { now: options.now });
}
