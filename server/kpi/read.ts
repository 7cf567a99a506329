import { DEFAULT_TIME_ZONE, localDateOf } from '../../shared/calendar';
import type { Account } from '../../shared/domain/case';
import { caseLineOf, kpiCaseOf, snapshotOf, type KpiInput, type KpiLetter, type KpiPayment } from '../../shared/kpi';
import { agencyOfDevice } from '../../shared/outsourcing/agency';
import type { Queryable } from '../db/types';

/**
 * Head office's side of the measures (issue 15 §3): the same KpiInput the device builds from its IndexedDB
 * (renderer/src/kpi/repository/kpiReads.ts), read from `cases` and `field_records`, so shared/kpi computes the
 * same numbers on the same data (test/sync/kpiParity.test.ts). Each record is as the device keeps it after
 * pull: an activity carries an override when a recordOverride names it, a receipt is money unless voided, a
 * letter's delivery is its latest event. Snapshot history (server/kpi/snapshots.ts, issue 15 §2) adds rows to
 * `snapshots`; without it each case is one row, as last imported.
 */
export interface KpiScope {
  /** null: the whole bank. */
  branchCode: string | null;
  /** Only the cases this collector holds now. */
  officerId?: string;
}

const KINDS = [
  'recordActivity', 'recordOverride', 'createPromise', 'recordPayment', 'recordReceipt', 'voidReceipt', 'openDispute', 'issueLetter', 'recordLetterDelivery', 'voidLetter',
];

interface CaseDbRow {
  id: string;
  branch_code: string;
  officer_id: string | null;
  accounts: Account[];
  time_zone: string | null;
}

export interface RecordDbRow {
  kind: string;
  id: string;
  case_id: string;
  user_id: string;
  device_id: string;
  args: Record<string, unknown>;
}

export async function readKpiInput(db: Queryable, scope: KpiScope): Promise<KpiInput> {
  const params = [scope.branchCode, scope.officerId ?? null];
  const where = `($1::text IS NULL OR c.branch_code = $1) AND ($2::text IS NULL OR c.officer_id = $2)`;
  const cases = await db.query<CaseDbRow>(
    `SELECT c.id, c.branch_code, c.officer_id, c.data -> 'accounts' AS accounts, c.data ->> 'timeZone' AS time_zone FROM cases c WHERE ${where}`,
    params,
  );
  const records = await db.query<RecordDbRow>(
    `SELECT fr.kind, fr.id, fr.case_id, fr.user_id, fr.device_id, fr.data -> 'args' AS args
       FROM field_records fr JOIN cases c ON c.id = fr.case_id
      WHERE fr.kind = ANY($3::text[]) AND ${where}`,
    [...params, KINDS],
  );
  const lines = cases.rows.map((c) => caseLineOf(c.id, c.branch_code, c.officer_id, c.accounts));
  const zoneOf = new Map(cases.rows.map((c) => [c.id, c.time_zone ?? DEFAULT_TIME_ZONE]));
  return { cases: lines.map(kpiCaseOf), snapshots: lines.map(snapshotOf), ...recordsOf(records.rows, zoneOf) };
}

const str = (v: unknown) => String(v);

/** The records as the device keeps them after pull (see above); `zoneOf` gives a case's zone for a receipt's date. */
export function recordsOf(rows: readonly RecordDbRow[], zoneOf: ReadonlyMap<string, string>): Omit<KpiInput, 'cases' | 'snapshots'> {
  const of = (kind: string) => rows.filter((r) => r.kind === kind);
  const overridden = new Set(
    of('recordOverride')
      .map((r) => r.args.subject as { kind: string; id: string } | null)
      .filter((s) => s?.kind === 'activity')
      .map((s) => s!.id),
  );
  const voidedReceipts = new Set(of('voidReceipt').map((r) => str(r.args.receiptId)));
  const voidedLetters = new Set(of('voidLetter').map((r) => str(r.args.letterId)));
  const latestDelivery = new Map<string, { outcome: KpiLetter['deliveryStatus']; at: string }>();
  for (const r of of('recordLetterDelivery')) {
    const letterId = str(r.args.letterId);
    const at = str(r.args.at);
    const have = latestDelivery.get(letterId);
    if (!have || Date.parse(have.at) < Date.parse(at)) latestDelivery.set(letterId, { outcome: r.args.outcome as KpiLetter['deliveryStatus'], at });
  }

  const payments: KpiPayment[] = of('recordPayment').map((r) => ({
    id: str(r.args.id), caseId: r.case_id, amountFen: Number(r.args.amountFen), paidOn: str(r.args.paidOn),
    source: r.args.source as KpiPayment['source'], reference: (r.args.reference as string | null) ?? null, recordedAt: str(r.args.recordedAt),
    receiptId: (r.args.receiptId as string | null) ?? null,
  }));
  const paidByReceipt = new Set(payments.map((p) => p.receiptId).filter((id) => id !== null));
  // A receipt is money on every device (shared/records/receipt.ts receiptPaymentOf), unless a payment names it.
  for (const r of of('recordReceipt')) {
    const id = str(r.args.id);
    if (paidByReceipt.has(id)) continue;
    payments.push({
      id: `pay-${id}`, caseId: r.case_id, amountFen: Number(r.args.amountFen), paidOn: localDateOf(str(r.args.receivedAt), zoneOf.get(r.case_id) ?? DEFAULT_TIME_ZONE),
      source: 'receipt', reference: null, recordedAt: str(r.args.receivedAt), receiptId: id,
    });
  }

  return {
    activities: of('recordActivity').map((r) => ({
      id: str(r.args.id), caseId: r.case_id, userId: r.user_id, outcome: str(r.args.outcome), at: str(r.args.at), overridden: overridden.has(str(r.args.id)), agency: agencyOfDevice(r.device_id) !== null,
    })),
    promises: of('createPromise').map((r) => ({ id: str(r.args.id), caseId: r.case_id, amountFen: Number(r.args.amountFen), dueDate: str(r.args.dueDate), createdAt: str(r.args.madeAt), agency: agencyOfDevice(r.device_id) !== null })),
    payments: payments.filter((p) => p.receiptId === null || !voidedReceipts.has(p.receiptId)),
    disputes: of('openDispute').map((r) => ({ id: str(r.args.id), caseId: r.case_id, kind: r.args.kind as 'dispute' | 'complaint', openedAt: str(r.args.openedAt) })),
    letters: of('issueLetter').map((r) => {
      const id = str(r.args.id);
      const d = latestDelivery.get(id);
      return {
        id, caseId: r.case_id, issuerId: r.user_id, issuedAt: str(r.args.issuedAt), copy: r.args.copy === true, voided: voidedLetters.has(id),
        deliveryStatus: d?.outcome ?? 'not_sent', deliveryAt: d?.at ?? null,
      };
    }),
  };
}
