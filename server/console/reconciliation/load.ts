import { addDays, DEFAULT_TIME_ZONE, localDateOf } from '../../../shared/calendar';
import { reconcile, type BankDeposit, type FieldReceipt } from '../../../shared/reconciliation/match';
import { dayReport, type DayReport } from '../../../shared/reconciliation/report';
import type { Queryable } from '../../db/types';

/**
 * What one day's reconciliation needs from the database, then the pure matcher and report
 * (shared/reconciliation). The matcher sees a window wider than the day (from `lagDays` before to `lagDays`
 * after), and every receipt a deposit there names and every deposit naming a receipt there, so a pair is the
 * same whichever day's page shows it. Receipts' days are in the bank's zone (Asia/Shanghai); a receipt's
 * branch is its case's branch (its collector's while head office has no such case).
 */

interface ReceiptRow {
  id: string;
  case_id: string | null;
  user_id: string;
  data: { args: { number: string; amountFen: number; receivedAt: string; payerName: string } };
  voided: boolean;
  collector_name: string | null;
  branch_code: string;
}

const RECEIPTS = `SELECT r.id, r.case_id, r.user_id, r.data, (v.id IS NOT NULL) AS voided, u.name AS collector_name,
    COALESCE(c.branch_code, u.branch_code) AS branch_code
  FROM field_records r
  LEFT JOIN field_records v ON v.kind = 'voidReceipt' AND v.id = r.id
  LEFT JOIN cases c ON c.id = r.case_id
  LEFT JOIN users u ON u.id = r.user_id
  WHERE r.kind = 'recordReceipt'`;

interface DepositRowDb {
  id: string;
  file_id: string;
  row_number: number;
  deposit_day: string;
  amount_fen: string | number;
  account: string;
  reference: string;
  branch_code: string | null;
}

const DEPOSITS = `SELECT id, file_id, row_number, to_char(deposit_day, 'YYYY-MM-DD') AS deposit_day, amount_fen, account, reference, branch_code FROM deposits`;

const receiptOf = (r: ReceiptRow, timeZone: string): FieldReceipt => ({
  id: r.id,
  number: r.data.args.number,
  amountFen: r.data.args.amountFen,
  receivedOn: localDateOf(r.data.args.receivedAt, timeZone),
  receivedAt: r.data.args.receivedAt,
  collectorId: r.user_id,
  collectorName: r.collector_name ?? r.user_id,
  branchCode: r.branch_code,
  caseId: r.case_id ?? '',
  payerName: r.data.args.payerName,
  voided: r.voided,
});

const depositOf = (d: DepositRowDb): BankDeposit => ({
  id: d.id,
  date: d.deposit_day,
  amountFen: Number(d.amount_fen),
  account: d.account,
  reference: d.reference,
  branchCode: d.branch_code,
  fileId: d.file_id,
  rowNumber: d.row_number,
});

export async function loadDayReport(db: Queryable, options: { day: string; branchCode: string | null; lagDays: number; today: string; timeZone?: string }): Promise<DayReport> {
  const timeZone = options.timeZone ?? DEFAULT_TIME_ZONE;
  const from = addDays(options.day, -options.lagDays);
  const to = addDays(options.day, options.lagDays);
  // receivedAt is ISO 8601 with any offset: its date part is within a day of the local day, so the text is
  // narrowed a day wider on each side by index and the exact day is decided below.
  const windowed = await db.query<ReceiptRow>(`${RECEIPTS} AND r.data -> 'args' ->> 'receivedAt' >= $1 AND r.data -> 'args' ->> 'receivedAt' < $2`, [addDays(from, -1), addDays(to, 2)]);
  const receipts = new Map<string, FieldReceipt>();
  for (const row of windowed.rows) {
    const r = receiptOf(row, timeZone);
    if (r.receivedOn >= from && r.receivedOn <= to) receipts.set(r.id, r);
  }
  const deposits = new Map<string, BankDeposit>();
  const dated = await db.query<DepositRowDb>(`${DEPOSITS} WHERE deposit_day BETWEEN $1 AND $2`, [from, to]);
  for (const d of dated.rows) deposits.set(d.id, depositOf(d));

  const named = await db.query<DepositRowDb>(`${DEPOSITS} WHERE receipt_number = ANY($1::text[])`, [[...receipts.values()].map((r) => r.number)]);
  for (const d of named.rows) deposits.set(d.id, depositOf(d));
  const numbers = [...new Set((await db.query<{ n: string }>(`SELECT DISTINCT receipt_number AS n FROM deposits WHERE deposit_day BETWEEN $1 AND $2 AND receipt_number IS NOT NULL`, [from, to])).rows.map((r) => r.n))];
  const byNumber = await db.query<ReceiptRow>(`${RECEIPTS} AND r.data -> 'args' ->> 'number' = ANY($1::text[])`, [numbers]);
  for (const row of byNumber.rows) receipts.set(row.id, receiptOf(row, timeZone));

  const all = reconcile([...receipts.values()], [...deposits.values()], { lagDays: options.lagDays, today: options.today });
  return dayReport(all, options.day, options.branchCode);
}
