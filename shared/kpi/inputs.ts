import type { PaymentSource } from '../records/limits';
import type { Bucket } from '../domain/buckets';
import type { Product } from '../domain/case';
import type { DISPUTE_KINDS } from '../records/limits';

export type DisputeKind = (typeof DISPUTE_KINDS)[number];

/**
 * What the measures read: plain rows, the same whether they come from the device's IndexedDB
 * (renderer/src/kpi/repository) or from head office's tables (server/kpi/read.ts). Each row holds only what a
 * measure needs, never personal data.
 */

/** A case as it is now: who holds it, its product. */
export interface KpiCase {
  id: string;
  branchCode: string;
  officerId: string | null;
  product: Product;
}

/**
 * One case's state on a date (head office's daily snapshot, issue 15 §2; on the device the case as last
 * imported). Rows are kept only when something changed: the state on a date is the latest row on or before it.
 */
export interface SnapshotRow {
  caseId: string;
  date: string;
  bucket: Bucket;
  dpd: number;
  /** The overdue balance (欠款额): principal, interest, penalty, compound interest and fees owed, in fen. */
  overdueFen: number;
  principalFen: number;
}

export interface KpiActivity {
  id: string;
  caseId: string;
  userId: string;
  outcome: string;
  at: string;
  /** A supervisor let it through a compliance block (an override names it). */
  overridden: boolean;
  /** Made by an outsourcing agency (its results file): counted apart, never the branch's own (docs/kpi.md). */
  agency?: boolean;
}

export interface KpiPromise {
  id: string;
  caseId: string;
  amountFen: number;
  dueDate: string;
  createdAt: string;
  /** Made by an outsourcing agency (its results file): counted apart. */
  agency?: boolean;
}

export interface KpiPayment {
  id: string;
  caseId: string;
  amountFen: number;
  paidOn: string;
  /** Where the money was seen (shared/records/limits.ts PAYMENT_SOURCES); 'agency': an outsourcing agency's results file. */
  source: PaymentSource;
  reference?: string | null;
  /** The receipt a payment in the field stands for (its money stops counting when the receipt is voided). */
  receiptId: string | null;
  recordedAt: string;
}

export interface KpiDispute {
  id: string;
  caseId: string;
  kind: DisputeKind;
  openedAt: string;
}

export interface KpiLetter {
  id: string;
  caseId: string;
  issuerId: string;
  issuedAt: string;
  copy: boolean;
  voided: boolean;
  /** The latest delivery event's outcome and time (a letter's events keep only the latest on the device). */
  deliveryStatus: 'not_sent' | 'sent' | 'delivered' | 'returned';
  deliveryAt: string | null;
}

export interface KpiInput {
  cases: readonly KpiCase[];
  snapshots: readonly SnapshotRow[];
  activities: readonly KpiActivity[];
  promises: readonly KpiPromise[];
  payments: readonly KpiPayment[];
  disputes: readonly KpiDispute[];
  letters: readonly KpiLetter[];
}
