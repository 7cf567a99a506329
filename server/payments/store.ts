import type { Queryable } from '../db/types';
import { logRecord } from '../sync/apply/log';

/**
 * What the repayment import reads from and writes to head office's tables: the cases holding the file's accounts,
 * the bank payments already imported, and the new ones as field records (migration 20) in the change log.
 */

/** The device and user a payment from core banking is recorded under: no enrolled device made it. */
export const CORE_BANKING = 'core-banking';

export interface AccountCase {
  caseId: string;
  customerNo: string;
  branchCode: string;
}

/** The case of each account number head office holds (of those asked for). */
export async function casesOfAccounts(tx: Queryable, accountNumbers: readonly string[]): Promise<Map<string, AccountCase>> {
  if (accountNumbers.length === 0) return new Map();
  const res = await tx.query<{ id: string; branch_code: string; account_number: string }>(
    `SELECT c.id, c.branch_code, a ->> 'accountNumber' AS account_number
       FROM cases c CROSS JOIN LATERAL jsonb_array_elements(c.data -> 'accounts') AS a
      WHERE a ->> 'accountNumber' = ANY($1::text[])`,
    [[...new Set(accountNumbers)]],
  );
  return new Map(res.rows.map((r) => [r.account_number, { caseId: r.id, customerNo: r.id.replace(/^case-/, ''), branchCode: r.branch_code }]));
}

export interface BankPayment {
  id: string;
  caseId: string;
  accountNumber: string;
  amountFen: number;
  paidOn: string;
}

/** The bank payments head office already has under these transaction references. */
export async function bankPaymentsOf(tx: Queryable, references: readonly string[]): Promise<Map<string, BankPayment>> {
  if (references.length === 0) return new Map();
  const res = await tx.query<{ id: string; case_id: string; reference: string; account_number: string; amount_fen: string | number; paid_on: string }>(
    `SELECT id, case_id, data -> 'args' ->> 'reference' AS reference, data -> 'bank' ->> 'accountNumber' AS account_number,
            data -> 'args' ->> 'amountFen' AS amount_fen, data -> 'args' ->> 'paidOn' AS paid_on
       FROM field_records
      WHERE kind = 'recordPayment' AND device_id = $2 AND data -> 'args' ->> 'reference' = ANY($1::text[])`,
    [[...new Set(references)], CORE_BANKING],
  );
  return new Map(res.rows.map((r) => [r.reference, { id: r.id, caseId: r.case_id, accountNumber: r.account_number, amountFen: Number(r.amount_fen), paidOn: r.paid_on }]));
}

export interface NewBankPayment {
  id: string;
  caseId: string;
  reference: string;
  accountNumber: string;
  amountFen: number;
  paidOn: string;
  channel: string | null;
}

/**
 * Writes each payment as a recordPayment field record (source core_banking; the args are the record kind's,
 * shared/records/payment.ts) and logs it for its case's scope, so pull sends it to the devices holding the case.
 * The bank's account and channel stay at head office (data.bank), beside the args devices get.
 */
export async function writeBankPayments(tx: Queryable, payments: readonly NewBankPayment[], nowIso: string): Promise<void> {
  for (const p of payments) {
    const args = { id: p.id, caseId: p.caseId, amountFen: p.amountFen, paidOn: p.paidOn, source: 'core_banking', receiptId: null, reference: p.reference, recordedAt: nowIso };
    const data = { name: 'recordPayment', caseId: p.caseId, args, bank: { accountNumber: p.accountNumber, channel: p.channel } };
    await tx.query(
      `INSERT INTO field_records (kind, id, case_id, device_id, user_id, mutation_id, data, received_at) VALUES ('recordPayment', $1, $2, $3, $3, 0, $4::jsonb, $5)`,
      [p.id, p.caseId, CORE_BANKING, JSON.stringify(data), nowIso],
    );
    await logRecord(tx, 'recordPayment', p.id, p.caseId, nowIso);
  }
}
