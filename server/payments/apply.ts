import { readFile, writeFile } from 'node:fs/promises';
import { todayIn } from '../../shared/calendar';
import { newId } from '../../shared/sync/ids';
import { lockChanges } from '../db/changeLogLock';
import type { Db, Queryable } from '../db/types';
import { refusal, type ImportFileOptions, type ImportResult } from '../import/apply';
import { checkClosures } from '../import/closures';
import { ExtractError, readExtract, type Extract } from '../import/extract';
import { problem } from '../import/messages';
import { rejectionReportCsv } from '../import/report';
import { rejection, type Rejection } from '../import/rows';
import { Tally } from '../import/tally';
import { PAYMENT_REQUIRED_COLUMNS, validatePaymentRow, type PaymentRow } from './rows';
import { bankPaymentsOf, casesOfAccounts, writeBankPayments, type NewBankPayment } from './store';

/**
 * The daily repayment extract (docs/import-format.md, "Repayment extract"): each valid row becomes a Payment
 * record of source core_banking, once per bank transaction reference, in its case's change log. The result has
 * the portfolio import's shape (server/import/apply.ts), so the history, the console and the rejection report
 * serve both: `new` counts payments added, `unchanged` payments head office already had (the same reference,
 * account, amount and date), `rejected` rows refused; `updated` and `closed` stay 0. By branch: the case's.
 */

export interface PaymentImportOptions {
  dryRun?: boolean;
  now?: Date;
  /** The plan digest of the dry run a person saw: a different plan now refuses the import. */
  expectPlan?: string;
}

class RollBack extends Error {}

const noClosures = (): ImportResult['closures'] => ({ ...checkClosures(0, 0), cases: [] });

/** A row refused on its own: counted under its account's branch when head office knows the account. */
type RefusedRow = { rowNumber: number; accountNumber: string };

/** Rows valid on their own, each reference once in the file; the rest rejected. */
function validRows(extract: Extract, today: string, rejections: Rejection[], refusedRows: RefusedRow[]): PaymentRow[] {
  const rows: PaymentRow[] = [];
  const seen = new Map<string, number>();
  for (const row of extract.rows) {
    const v = validatePaymentRow(row, today);
    if (!v.ok) {
      rejections.push(...v.rejections);
      refusedRows.push({ rowNumber: row.rowNumber, accountNumber: row.cells.account_number ?? '' });
      continue;
    }
    const other = seen.get(v.value.reference);
    if (other !== undefined) {
      rejections.push(rejection(row.rowNumber, v.value.customerNo ?? '', 'transaction_ref', 'duplicate_reference', { other }));
      refusedRows.push({ rowNumber: row.rowNumber, accountNumber: v.value.accountNumber });
      continue;
    }
    seen.set(v.value.reference, row.rowNumber);
    rows.push(v.value);
  }
  return rows;
}

export async function importPayments(db: Db, extract: Extract, options: PaymentImportOptions = {}): Promise<ImportResult> {
  const dryRun = options.dryRun ?? false;
  const now = options.now ?? new Date();
  const nowIso = now.toISOString();
  const missing = PAYMENT_REQUIRED_COLUMNS.filter((c) => !extract.header.includes(c));
  if (missing.length > 0) return refusal(problem('missing_columns', { columns: missing.join(', ') }), missing.join(' '), dryRun);
  if (extract.rows.length === 0) return refusal(problem('no_rows'), 'file', dryRun);

  const rejections: Rejection[] = [];
  const tally = new Tally();
  const refusedRows: RefusedRow[] = [];
  const rows = validRows(extract, todayIn('Asia/Shanghai', now), rejections, refusedRows);
  const latest = rows.reduce<string | null>((a, r) => (a === null || r.valueDate > a ? r.valueDate : a), null);
  let refused: ImportResult | null = null;

  const work = async (tx: Queryable) => {
    await lockChanges(tx);
    const cases = await casesOfAccounts(tx, [...rows, ...refusedRows].map((r) => r.accountNumber));
    for (const r of refusedRows) tally.add('rejected', `row ${r.rowNumber}`, cases.get(r.accountNumber)?.branchCode ?? '', 1);
    const have = await bankPaymentsOf(tx, rows.map((r) => r.reference));
    const writes: NewBankPayment[] = [];
    for (const r of rows) {
      const found = cases.get(r.accountNumber);
      const reject = (field: string, code: Parameters<typeof rejection>[3], params: Parameters<typeof rejection>[4]) => {
        rejections.push(rejection(r.rowNumber, r.customerNo ?? found?.customerNo ?? '', field, code, params));
        tally.add('rejected', r.reference, found?.branchCode ?? '', 1);
      };
      const prior = have.get(r.reference);
      if (prior) {
        if (prior.accountNumber === r.accountNumber && prior.amountFen === r.amountFen && prior.paidOn === r.valueDate) tally.add('unchanged', r.reference, found?.branchCode ?? '');
        else reject('transaction_ref', 'reference_conflict', { reference: r.reference });
        continue;
      }
      if (!found) reject('account_number', 'unknown_account', { account: r.accountNumber });
      else if (r.customerNo !== null && r.customerNo !== found.customerNo) reject('customer_no', 'customer_mismatch', { account: r.accountNumber, actual: found.customerNo, value: r.customerNo });
      else {
        tally.add('new', r.reference, found.branchCode);
        writes.push({ id: newId(), caseId: found.caseId, reference: r.reference, accountNumber: r.accountNumber, amountFen: r.amountFen, paidOn: r.valueDate, channel: r.channel });
      }
    }
    if (options.expectPlan !== undefined && options.expectPlan !== tally.digest()) {
      refused = refusal(problem('changed_since_dry_run'), 'file', dryRun, { counts: tally.counts, byBranch: tally.branches(), plan: tally.digest() });
      throw new RollBack();
    }
    await writeBankPayments(tx, writes, nowIso);
    if (dryRun) throw new RollBack();
  };
  try {
    await db.transaction(work);
  } catch (err) {
    if (!(err instanceof RollBack)) throw err;
  }
  if (refused) return refused;
  rejections.sort((a, b) => a.row - b.row);
  return { counts: tally.counts, byBranch: tally.branches(), plan: tally.digest(), rejections, fileError: null, dryRun, snapshot: { date: latest, last: null }, closures: noClosures() };
}

/** Reads and imports a repayment file; writes the rejection report (FILE.rejections.csv) next to it. */
export async function importPaymentsFile(db: Db, path: string, options: ImportFileOptions = {}): Promise<ImportResult & { reportPath: string }> {
  const reportPath = `${path}.rejections.csv`;
  let result: ImportResult;
  try {
    result = await importPayments(db, await readExtract(await readFile(path), path, options), options);
  } catch (err) {
    if (!(err instanceof ExtractError)) throw err;
    result = refusal(err.problem, 'file', options.dryRun ?? false);
  }
  await writeFile(reportPath, rejectionReportCsv(result.rejections, options.lang));
  return { ...result, reportPath };
}
