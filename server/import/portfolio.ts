import { createHash } from 'node:crypto';
import type { Account, Address, Case, CaseStatus, Party, Phone, Risk } from '../../shared/domain/case';
import { CaseSchema, RISKS } from '../../shared/domain/case';
import { ADDRESS_COLUMNS, rejection, type AccountRow, type Guarantor, type Rejection, type RowAddress } from './rows';

/**
 * Turns a customer's valid extract rows (one per account) into a Case, merged with the case head office
 * already has: server-only fields (balances, DPD, classification, assignment) come from the extract; status,
 * hold reason, creation time and the ids of parties, phones and addresses stay; phones and addresses are
 * added, retired and brought back, never overwritten. A column the file does not have changes nothing.
 */

export interface Directory {
  branches: ReadonlyMap<string, string>;
  users: ReadonlyMap<string, { name: string; branchCode: string }>;
}

export const caseIdOf = (customerNo: string) => `case-${customerNo}`;

const sha = (s: string) => createHash('sha256').update(s).digest('hex').slice(0, 10);
export const RETIRED_BY_IMPORT = 'no longer in the core-banking extract';

const COLUMN_OF = { branchCode: 'branch_code', officerId: 'officer_id', borrowerName: 'borrower_name', borrowerIdNumber: 'borrower_id_number', caseNumber: 'case_number' } as const;

/** The same rows agree on the customer's own columns and on each guarantor's name; a problem for each row that differs. */
export function checkGroup(rows: readonly AccountRow[], dir: Directory, officerId: string | null): Rejection[] {
  const first = rows[0]!;
  const out: Rejection[] = [];
  for (const r of rows.slice(1)) {
    for (const field of Object.keys(COLUMN_OF) as (keyof typeof COLUMN_OF)[]) {
      if (r[field] !== first[field]) out.push(rejection(r.rowNumber, r.customerNo, COLUMN_OF[field], 'differs_in_customer', { other: first.rowNumber }));
    }
  }
  const guarantorRow = new Map<string, AccountRow>();
  for (const r of rows) {
    if (!r.guarantor) continue;
    const seen = guarantorRow.get(r.guarantor.idNumber);
    if (!seen) guarantorRow.set(r.guarantor.idNumber, r);
    else if (seen.guarantor!.name !== r.guarantor.name) out.push(rejection(r.rowNumber, r.customerNo, 'guarantor_name', 'guarantor_name_conflict', { other: seen.rowNumber }));
  }
  if (!dir.branches.has(first.branchCode)) out.push(rejection(first.rowNumber, first.customerNo, 'branch_code', 'no_branch', { branch: first.branchCode }));
  if (officerId !== null) {
    const officer = dir.users.get(officerId);
    if (!officer) out.push(rejection(first.rowNumber, first.customerNo, 'officer_id', 'no_user', { officer: officerId }));
    else if (officer.branchCode !== first.branchCode) out.push(rejection(first.rowNumber, first.customerNo, 'officer_id', 'officer_other_branch', { officer: officerId, actual: officer.branchCode, branch: first.branchCode }));
  }
  return out;
}

const phoneKind = (n: string): Phone['kind'] => (/^(\+?86)?1[3-9]\d{9}$/.test(n) ? 'mobile' : 'home');
const live = <T extends Phone | Address>(x: T): T => ({ ...x, retiredAt: null, retiredReason: null });
const retire = <T extends Phone | Address>(x: T, now: string): T => ({ ...x, retiredAt: now, retiredReason: RETIRED_BY_IMPORT });

/**
 * Core-banking entries (phones or addresses) as the extract lists them: one it no longer lists is retired,
 * one it lists again after the import retired it is live again. One a collector retired stays retired: the
 * collector's word (a wrong number) is not undone by core banking still having it.
 */
function mergeListed<T extends Phone | Address>(existing: readonly T[], wanted: ReadonlyMap<string, () => T>, now: string): T[] {
  const out = existing.map((x) => {
    if (x.source !== 'core_banking') return x;
    if (!wanted.has(x.id)) return x.retiredAt === null ? retire(x, now) : x;
    return x.retiredAt !== null && x.retiredReason === RETIRED_BY_IMPORT ? live(x) : x;
  });
  const have = new Set(existing.map((x) => x.id));
  for (const [id, make] of wanted) if (!have.has(id)) out.push(make());
  return out;
}

function mergePhones(partyId: string, numbers: readonly string[] | null, existing: readonly Phone[], now: string): Phone[] {
  if (numbers === null) return [...existing];
  const wanted = new Map(numbers.map((n) => [`${partyId}-ph-${n}`, (): Phone => ({ id: `${partyId}-ph-${n}`, number: n, kind: phoneKind(n), source: 'core_banking', addedAt: now, retiredAt: null, retiredReason: null })]));
  return mergeListed(existing, wanted, now);
}

function mergeAddresses(partyId: string, addresses: readonly RowAddress[] | null, existing: readonly Address[], now: string): Address[] {
  if (addresses === null) return [...existing];
  const wanted = new Map(
    addresses.map((a) => {
      const id = `${partyId}-addr-${sha(JSON.stringify(a))}`;
      return [id, (): Address => ({ id, kind: 'home', ...a, source: 'core_banking', addedAt: now, retiredAt: null, retiredReason: null })];
    }),
  );
  return mergeListed(existing, wanted, now);
}

/**
 * Core banking's own grade when the file has the column (the highest its rows give; none: null); without the column,
 * what head office had. Never derived from DPD and amount: My day counts those already (issue 16).
 */
function riskOf(rows: readonly AccountRow[], existing: Case | null, provided: ReadonlySet<string>): Risk | null {
  if (!provided.has('risk_grade')) return existing?.risk ?? null;
  const grades = rows.flatMap((r) => (r.riskGrade ? [RISKS.indexOf(r.riskGrade)] : []));
  return grades.length === 0 ? null : RISKS[Math.max(...grades)]!;
}

const distinct = <T>(list: readonly T[]): T[] => [...new Map(list.map((x) => [JSON.stringify(x), x])).values()];

export interface BuildOptions {
  /** The file's columns: an optional column not among them changes nothing. */
  provided: ReadonlySet<string>;
  /** The officer the case goes to (officer_id, or head office's when the file has no such column). */
  officerId: string | null;
  /** False keeps a settled or closed status (one a device set) even though the extract lists the case. */
  reopenClosed?: boolean;
  /** What a reopened case goes back to: the status and hold a device last set, if any (else new). */
  reopenAs?: { status: CaseStatus; holdReason: Case['holdReason'] } | null;
}

/** The case as the extract says it is now; `existing` is head office's current copy, if any. */
export function buildCase(rows: readonly AccountRow[], existing: Case | null, dir: Directory, now: string, options: BuildOptions): Case {
  const first = rows[0]!;
  const has = (column: string) => options.provided.has(column);
  const id = caseIdOf(first.customerNo);
  const oldParty = (pid: string) => existing?.parties.find((p) => p.id === pid);

  const borrowerId = `party-${first.customerNo}-b`;
  const borrowerAddresses = ADDRESS_COLUMNS.some(has) ? distinct(rows.flatMap((r) => (r.address ? [r.address] : []))) : null;
  const parties: Party[] = [
    {
      id: borrowerId,
      role: 'borrower',
      name: first.borrowerName,
      idNumber: first.borrowerIdNumber,
      guaranteeType: null,
      phones: mergePhones(borrowerId, has('borrower_phones') ? [...new Set(rows.flatMap((r) => r.borrowerPhones))] : null, oldParty(borrowerId)?.phones ?? [], now),
      addresses: mergeAddresses(borrowerId, borrowerAddresses, oldParty(borrowerId)?.addresses ?? [], now),
    },
  ];
  const guarantors = new Map<string, Guarantor>();
  for (const r of rows) {
    if (!r.guarantor) continue;
    const g = guarantors.get(r.guarantor.idNumber);
    if (!g) guarantors.set(r.guarantor.idNumber, { ...r.guarantor, phones: [...r.guarantor.phones] });
    else {
      g.phones.push(...r.guarantor.phones);
      // A guarantor on several accounts is one party; a joint guarantee on any of them is kept.
      if (r.guarantor.guaranteeType === 'joint' || g.guaranteeType === null) g.guaranteeType = r.guarantor.guaranteeType;
    }
  }
  for (const g of guarantors.values()) {
    const pid = `party-${first.customerNo}-g-${g.idNumber}`;
    parties.push({
      id: pid,
      role: 'guarantor',
      name: g.name,
      idNumber: g.idNumber,
      // Civil Code art. 686: a guarantee whose type is not stated counts as general.
      guaranteeType: g.guaranteeType ?? 'general',
      phones: mergePhones(pid, has('guarantor_phones') ? [...new Set(g.phones)] : null, oldParty(pid)?.phones ?? [], now),
      addresses: oldParty(pid)?.addresses ?? [],
    });
  }
  // Parties head office knew that the extract no longer names (a guarantor released) stay on the case: their
  // history matters for letters and limitation periods.
  for (const p of existing?.parties ?? []) if (!parties.some((q) => q.id === p.id)) parties.push(p);

  const oldAccount = (aid: string) => existing?.accounts.find((a) => a.id === aid);
  const accounts: Account[] = rows.map((r) => {
    const aid = `acct-${r.accountNumber}`;
    return {
      id: aid,
      product: r.product,
      accountNumber: r.accountNumber,
      contractNumber: r.contractNumber,
      originalPrincipalFen: r.originalPrincipalFen,
      amounts: { principalFen: r.principalFen, interestFen: r.interestFen, penaltyFen: r.penaltyFen, compoundFen: r.compoundFen, feesFen: r.feesFen },
      contractRateBps: r.contractRateBps,
      penaltyRateBps: r.penaltyRateBps,
      dpd: r.dpd,
      overdueSince: has('overdue_since') ? r.overdueSince : (oldAccount(aid)?.overdueSince ?? null),
      maturityDate: has('maturity_date') ? r.maturityDate : (oldAccount(aid)?.maturityDate ?? null),
      classification: r.classification,
      snapshotDate: r.snapshotDate,
    };
  });

  const officerId = options.officerId;
  const officer = officerId ? dir.users.get(officerId) : undefined;
  const sameAssignment = existing && existing.assignment.branchCode === first.branchCode && existing.assignment.officerId === officerId;
  const closed = existing && (existing.status === 'settled' || existing.status === 'closed') && options.reopenClosed !== false;
  // A settled case that is back in the extract is delinquent again: it reopens where devices had left it.
  const reopened = options.reopenAs ?? { status: 'new' as const, holdReason: null };
  return {
    id,
    caseNumber: first.caseNumber ?? existing?.caseNumber ?? `CS-${first.branchCode}-${first.customerNo}`,
    parties,
    accounts,
    assignment: {
      branchCode: first.branchCode,
      branchName: dir.branches.get(first.branchCode) ?? first.branchCode,
      officerId,
      officerName: officer?.name ?? null,
      assignedAt: sameAssignment ? existing.assignment.assignedAt : now,
    },
    status: existing && !closed ? existing.status : reopened.status,
    holdReason: existing && !closed ? existing.holdReason : reopened.holdReason,
    risk: riskOf(rows, existing, options.provided),
    timeZone: existing?.timeZone ?? 'Asia/Shanghai',
    createdAt: existing?.createdAt ?? now,
    updatedAt: existing?.updatedAt ?? now,
  };
}

/** JSON with object keys sorted, so a case read back from jsonb compares equal to the one written (one canonical JSON for the app). */
export { canonicalJson as canonical } from '../../shared/audit/canonicalJson';

/** Checks a built case against CaseSchema; the problems as rejections on the customer's first row. */
export function checkCase(c: Case, rows: readonly AccountRow[]): Rejection[] {
  const parsed = CaseSchema.safeParse(c);
  if (parsed.success) return [];
  const first = rows[0]!;
  return parsed.error.issues.slice(0, 5).map((i) => rejection(first.rowNumber, first.customerNo, i.path.join('.') || 'case', 'case_invalid', { detail: i.message }));
}
