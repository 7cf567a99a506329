import { createHash } from 'node:crypto';
import type { Account, Address, Case, Party, Phone, Risk } from '../../shared/domain/case';
import { CaseSchema } from '../../shared/domain/case';
import type { AccountRow, Guarantor, Rejection } from './rows';

/**
 * Turns a customer's valid extract rows (one per account) into a Case, merged with the case head office
 * already has: server-only fields (balances, DPD, classification, assignment) come from the extract; status,
 * hold reason, creation time and the ids of parties, phones and addresses stay; phones and addresses are
 * added and retired, never overwritten.
 */

export interface Directory {
  branches: ReadonlyMap<string, string>;
  users: ReadonlyMap<string, { name: string; branchCode: string }>;
}

export const caseIdOf = (customerNo: string) => `case-${customerNo}`;

const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 10);
const RETIRED_BY_IMPORT = 'no longer in the core-banking extract';

/** The same rows agree on the customer's own columns; a problem for each row that differs from the first. */
export function checkGroup(rows: readonly AccountRow[], dir: Directory): Rejection[] {
  const first = rows[0]!;
  const out: Rejection[] = [];
  for (const r of rows.slice(1)) {
    for (const field of ['branchCode', 'officerId', 'borrowerName', 'borrowerIdNumber', 'caseNumber'] as const) {
      if (r[field] !== first[field]) {
        const column = { branchCode: 'branch_code', officerId: 'officer_id', borrowerName: 'borrower_name', borrowerIdNumber: 'borrower_id_number', caseNumber: 'case_number' }[field];
        out.push({ row: r.rowNumber, customerNo: r.customerNo, field: column, reason: `differs from row ${first.rowNumber} of the same customer` });
      }
    }
  }
  if (!dir.branches.has(first.branchCode)) out.push({ row: first.rowNumber, customerNo: first.customerNo, field: 'branch_code', reason: `no branch ${first.branchCode} at head office` });
  if (first.officerId !== null) {
    const officer = dir.users.get(first.officerId);
    if (!officer) out.push({ row: first.rowNumber, customerNo: first.customerNo, field: 'officer_id', reason: `no user ${first.officerId}` });
    else if (officer.branchCode !== first.branchCode) out.push({ row: first.rowNumber, customerNo: first.customerNo, field: 'officer_id', reason: `${first.officerId} works at branch ${officer.branchCode}, not ${first.branchCode}` });
  }
  return out;
}

const phoneKind = (n: string): Phone['kind'] => (/^(\+?86)?1[3-9]\d{9}$/.test(n) ? 'mobile' : 'home');

function mergePhones(partyId: string, numbers: readonly string[], existing: readonly Phone[], now: string): Phone[] {
  const wanted = new Map(numbers.map((n) => [`${partyId}-ph-${n}`, n]));
  const out: Phone[] = existing.map((p) =>
    p.source === 'core_banking' && p.retiredAt === null && !wanted.has(p.id) ? { ...p, retiredAt: now, retiredReason: RETIRED_BY_IMPORT } : p,
  );
  const have = new Set(existing.map((p) => p.id));
  for (const [id, number] of wanted) {
    if (!have.has(id)) out.push({ id, number, kind: phoneKind(number), source: 'core_banking', addedAt: now, retiredAt: null, retiredReason: null });
  }
  return out;
}

function mergeAddresses(partyId: string, address: AccountRow['address'], existing: readonly Address[], now: string): Address[] {
  const id = address ? `${partyId}-addr-${sha(JSON.stringify(address))}` : null;
  const out: Address[] = existing.map((a) =>
    a.source === 'core_banking' && a.retiredAt === null && a.id !== id ? { ...a, retiredAt: now, retiredReason: RETIRED_BY_IMPORT } : a,
  );
  if (address && id && !existing.some((a) => a.id === id)) {
    out.push({ id, kind: 'home', ...address, source: 'core_banking', addedAt: now, retiredAt: null, retiredReason: null });
  }
  return out;
}

function riskOf(accounts: readonly Account[]): Risk {
  const dpd = Math.max(...accounts.map((a) => a.dpd));
  const total = accounts.reduce((s, a) => s + a.amounts.principalFen + a.amounts.interestFen + a.amounts.penaltyFen + a.amounts.compoundFen + a.amounts.feesFen, 0);
  let score = dpd > 180 ? 2 : dpd > 60 ? 1 : 0;
  if (total >= 500_000_00) score += 1;
  return score === 0 ? 'low' : score === 1 ? 'medium' : 'high';
}

/**
 * The case as the extract says it is now; `existing` is head office's current copy, if any. `reopenClosed`
 * false keeps a settled or closed status (one a device set) even though the extract lists the case.
 */
export function buildCase(rows: readonly AccountRow[], existing: Case | null, dir: Directory, now: string, options: { reopenClosed?: boolean } = {}): Case {
  const first = rows[0]!;
  const id = caseIdOf(first.customerNo);
  const oldParty = (pid: string) => existing?.parties.find((p) => p.id === pid);

  const borrowerId = `party-${first.customerNo}-b`;
  const borrowerPhones = [...new Set(rows.flatMap((r) => r.borrowerPhones))];
  const borrowerAddress = rows.find((r) => r.address)?.address ?? null;
  const parties: Party[] = [
    {
      id: borrowerId,
      role: 'borrower',
      name: first.borrowerName,
      idNumber: first.borrowerIdNumber,
      guaranteeType: null,
      phones: mergePhones(borrowerId, borrowerPhones, oldParty(borrowerId)?.phones ?? [], now),
      addresses: mergeAddresses(borrowerId, borrowerAddress, oldParty(borrowerId)?.addresses ?? [], now),
    },
  ];
  const guarantors = new Map<string, Guarantor & { phonesAll: string[] }>();
  for (const r of rows) {
    if (!r.guarantor) continue;
    const g = guarantors.get(r.guarantor.idNumber);
    if (g) g.phonesAll.push(...r.guarantor.phones);
    else guarantors.set(r.guarantor.idNumber, { ...r.guarantor, phonesAll: [...r.guarantor.phones] });
  }
  for (const g of guarantors.values()) {
    const pid = `party-${first.customerNo}-g-${g.idNumber}`;
    parties.push({
      id: pid,
      role: 'guarantor',
      name: g.name,
      idNumber: g.idNumber,
      guaranteeType: g.guaranteeType,
      phones: mergePhones(pid, [...new Set(g.phonesAll)], oldParty(pid)?.phones ?? [], now),
      addresses: oldParty(pid)?.addresses ?? [],
    });
  }
  // Parties head office knew that the extract no longer names (a guarantor released) stay on the case: their
  // history matters for letters and limitation periods.
  for (const p of existing?.parties ?? []) if (!parties.some((q) => q.id === p.id)) parties.push(p);

  const accounts: Account[] = rows.map((r) => ({
    id: `acct-${r.accountNumber}`,
    product: r.product,
    accountNumber: r.accountNumber,
    contractNumber: r.contractNumber,
    originalPrincipalFen: r.originalPrincipalFen,
    amounts: { principalFen: r.principalFen, interestFen: r.interestFen, penaltyFen: r.penaltyFen, compoundFen: r.compoundFen, feesFen: r.feesFen },
    contractRateBps: r.contractRateBps,
    penaltyRateBps: r.penaltyRateBps,
    dpd: r.dpd,
    overdueSince: r.overdueSince,
    maturityDate: r.maturityDate,
    classification: r.classification,
    snapshotDate: r.snapshotDate,
  }));

  const officer = first.officerId ? dir.users.get(first.officerId) : undefined;
  const sameAssignment = existing && existing.assignment.branchCode === first.branchCode && existing.assignment.officerId === first.officerId;
  const closed = existing && (existing.status === 'settled' || existing.status === 'closed') && options.reopenClosed !== false;
  return {
    id,
    caseNumber: first.caseNumber ?? existing?.caseNumber ?? `CS-${first.branchCode}-${first.customerNo}`,
    parties,
    accounts,
    assignment: {
      branchCode: first.branchCode,
      branchName: dir.branches.get(first.branchCode) ?? first.branchCode,
      officerId: first.officerId,
      officerName: officer?.name ?? null,
      assignedAt: sameAssignment ? existing.assignment.assignedAt : now,
    },
    // A settled case that is back in the extract is delinquent again: it reopens as new.
    status: existing && !closed ? existing.status : 'new',
    holdReason: existing && !closed ? existing.holdReason : null,
    risk: riskOf(accounts),
    timeZone: existing?.timeZone ?? 'Asia/Shanghai',
    createdAt: existing?.createdAt ?? now,
    updatedAt: existing?.updatedAt ?? now,
  };
}

/** JSON with object keys sorted, so a case read back from jsonb compares equal to the one written. */
export function canonical(v: unknown): string {
  return JSON.stringify(v, (_k, value: unknown) =>
    value && typeof value === 'object' && !Array.isArray(value)
      ? Object.fromEntries(Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)))
      : value,
  );
}

/** Checks a built case against CaseSchema; the problems as rejections on the customer's first row. */
export function checkCase(c: Case, rows: readonly AccountRow[]): Rejection[] {
  const parsed = CaseSchema.safeParse(c);
  if (parsed.success) return [];
  const first = rows[0]!;
  return parsed.error.issues.slice(0, 5).map((i) => ({ row: first.rowNumber, customerNo: first.customerNo, field: i.path.join('.') || 'case', reason: i.message }));
}
