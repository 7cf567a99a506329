import { readFile, writeFile } from 'node:fs/promises';
import type { Case } from '../../shared/domain/case';
import type { Db, Queryable } from '../db/types';
import { lockChanges } from '../db/changeLogLock';
import { writeCase } from '../changeLog/cases';
import { ExtractError, readExtract, type Extract } from './extract';
import { buildCase, canonical, caseIdOf, checkCase, checkGroup, type Directory } from './portfolio';
import { REQUIRED_COLUMNS, validateRow, type AccountRow, type Rejection } from './rows';

export interface ImportCounts {
  new: number;
  updated: number;
  unchanged: number;
  closed: number;
  /** Cases (customers) rejected whole. */
  rejected: number;
  /** Rows of the file in rejected cases. */
  rejectedRows: number;
}

export interface ImportResult {
  counts: ImportCounts;
  rejections: Rejection[];
  /** Set when the file as a whole could not be imported: nothing was written and nothing closed. */
  fileError: string | null;
  dryRun: boolean;
}

interface Stored {
  id: string;
  data: Case;
  version: number;
  branchCode: string;
  officerId: string | null;
  /** Who set the status (migration 6); absent for a case written by a push. */
  statusBy?: 'import' | 'device';
}

const zeroCounts = (): ImportCounts => ({ new: 0, updated: 0, unchanged: 0, closed: 0, rejected: 0, rejectedRows: 0 });
const fileFailure = (reason: string, field = 'file', dryRun = false): ImportResult => ({
  counts: zeroCounts(),
  rejections: [{ row: 0, customerNo: '', field, reason }],
  fileError: reason,
  dryRun,
});

class RollBack extends Error {}
class TooManyClosed extends Error {}

/**
 * A truncated or one-branch extract would settle most of the portfolio. Closing more than this share of the
 * open cases (and more than `min` of them) refuses the file unless allowMassClose is given.
 */
export const MASS_CLOSE = { share: 0.5, min: 100 };

async function markStatusByImport(tx: Queryable, caseId: string): Promise<void> {
  await tx.query(`UPDATE cases SET status_by = 'import' WHERE id = $1`, [caseId]);
}

async function loadDirectory(tx: Queryable): Promise<Directory> {
  const b = await tx.query<{ code: string; name: string }>('SELECT code, name FROM branches');
  const u = await tx.query<{ id: string; name: string; branch_code: string }>('SELECT id, name, branch_code FROM users');
  return { branches: new Map(b.rows.map((r) => [r.code, r.name])), users: new Map(u.rows.map((r) => [r.id, { name: r.name, branchCode: r.branch_code }])) };
}

async function loadCases(tx: Queryable, ids?: readonly string[]): Promise<Map<string, Stored>> {
  const res = await tx.query<{ id: string; data: Case; version: string | number; branch_code: string; officer_id: string | null; status_by: 'import' | 'device' }>(
    `SELECT id, data, version, branch_code, officer_id, status_by FROM cases${ids ? ' WHERE id = ANY($1::text[])' : ''}`,
    ids ? [ids] : [],
  );
  return new Map(res.rows.map((r) => [r.id, { id: r.id, data: r.data, version: Number(r.version), branchCode: r.branch_code, officerId: r.officer_id, statusBy: r.status_by }]));
}

/** Imports an extract already read: validates, groups by customer, writes in one transaction (none on a dry run). */
export interface ImportOptions {
  dryRun?: boolean;
  now?: Date;
  /** Let an extract settle more than MASS_CLOSE of the open cases. */
  allowMassClose?: boolean;
  massClose?: { share: number; min: number };
}

export async function importExtract(db: Db, extract: Extract, options: ImportOptions = {}): Promise<ImportResult> {
  const dryRun = options.dryRun ?? false;
  const nowIso = (options.now ?? new Date()).toISOString();
  const missing = REQUIRED_COLUMNS.filter((c) => !extract.header.includes(c));
  if (missing.length > 0) {
    return { ...fileFailure(`missing column${missing.length > 1 ? 's' : ''}: ${missing.join(', ')}`, missing.join(' '), dryRun) };
  }
  if (extract.rows.length === 0) return fileFailure('the extract has no rows: nothing imported and no case closed', 'file', dryRun);

  // Validate every row and group by customer; one bad row rejects its whole customer.
  const rejections: Rejection[] = [];
  const groups = new Map<string, { rows: AccountRow[]; fileRows: number[]; bad: boolean }>();
  for (const row of extract.rows) {
    const key = row.cells.customer_no ?? '';
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { rows: [], fileRows: [], bad: false }));
    g.fileRows.push(row.rowNumber);
    const v = validateRow(row);
    if (v.ok) g.rows.push(v.value);
    else {
      g.bad = true;
      rejections.push(...v.rejections);
    }
  }
  // An account in two customers' rows: both are wrong.
  const accountOwner = new Map<string, AccountRow>();
  for (const g of groups.values()) {
    for (const r of g.rows) {
      const other = accountOwner.get(r.accountNumber);
      if (other) {
        g.bad = true;
        groups.get(other.customerNo)!.bad = true;
        rejections.push({ row: r.rowNumber, customerNo: r.customerNo, field: 'account_number', reason: `the same account is on row ${other.rowNumber}` });
      } else accountOwner.set(r.accountNumber, r);
    }
  }

  const counts = zeroCounts();
  const work = async (tx: Queryable) => {
    await lockChanges(tx);
    const dir = await loadDirectory(tx);
    const stored = await loadCases(tx);
    for (const [customerNo, g] of groups) {
      if (!g.bad) {
        const problems = checkGroup(g.rows, dir);
        if (problems.length === 0) {
          const prev = stored.get(caseIdOf(customerNo)) ?? null;
          // A case a device settled or closed stays so; one the import settled reopens when it is back.
          const next = buildCase(g.rows, prev?.data ?? null, dir, nowIso, { reopenClosed: prev?.statusBy !== 'device' });
          problems.push(...checkCase(next, g.rows));
          if (problems.length === 0) {
            if (prev && canonical(next) === canonical(prev.data)) counts.unchanged++;
            else {
              if (prev) counts.updated++;
              else counts.new++;
              await writeCase(tx, prev, { ...next, updatedAt: nowIso }, nowIso);
              if (prev && prev.data.status !== next.status) await markStatusByImport(tx, next.id);
            }
            continue;
          }
        }
        rejections.push(...problems);
      }
      counts.rejected++;
      counts.rejectedRows += g.fileRows.length;
      const reported = new Set(rejections.filter((r) => r.customerNo === customerNo).map((r) => r.row));
      for (const row of g.fileRows) {
        if (!reported.has(row)) rejections.push({ row, customerNo, field: 'customer_no', reason: 'not imported: another row of the same customer was rejected' });
      }
    }
    // Open cases the extract no longer lists are settled. A customer whose rows were rejected is still listed.
    const listed = new Set([...groups.keys()].map(caseIdOf));
    const open = [...stored.values()].filter((prev) => prev.data.status !== 'settled' && prev.data.status !== 'closed');
    const toClose = open.filter((prev) => !listed.has(prev.id));
    const limit = options.massClose ?? MASS_CLOSE;
    if (!options.allowMassClose && toClose.length > limit.min && toClose.length > open.length * limit.share) {
      throw new TooManyClosed(
        `the extract would settle ${toClose.length} of ${open.length} open cases: is it complete? Nothing imported; run again with --allow-mass-close if it is`,
      );
    }
    for (const prev of toClose) {
      await writeCase(tx, prev, { ...prev.data, status: 'settled', holdReason: null, updatedAt: nowIso }, nowIso);
      await markStatusByImport(tx, prev.id);
      counts.closed++;
    }
    if (dryRun) throw new RollBack();
  };
  try {
    await db.transaction(work);
  } catch (err) {
    if (err instanceof TooManyClosed) return fileFailure(err.message, 'file', dryRun);
    if (!(err instanceof RollBack)) throw err;
  }
  rejections.sort((a, b) => a.row - b.row);
  return { counts, rejections, fileError: null, dryRun };
}

/** Reads and imports a file; writes the rejection report (CSV, UTF-8 with BOM for Excel) next to it. */
export async function importFile(db: Db, path: string, options: ImportOptions = {}): Promise<ImportResult & { reportPath: string }> {
  const reportPath = `${path}.rejections.csv`;
  let result: ImportResult;
  try {
    result = await importExtract(db, await readExtract(await readFile(path), path), options);
  } catch (err) {
    if (!(err instanceof ExtractError)) throw err;
    result = fileFailure(err.message, 'file', options.dryRun ?? false);
  }
  await writeFile(reportPath, rejectionReportCsv(result.rejections));
  return { ...result, reportPath };
}

const csvField = (s: string) => (/[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

export function rejectionReportCsv(rejections: readonly Rejection[]): string {
  const lines = ['row,customer_no,field,reason', ...rejections.map((r) => [String(r.row), r.customerNo, r.field, r.reason].map(csvField).join(','))];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

export type ReassignOutcome = 'reassigned' | 'unchanged';

/** Moves a case to an officer (and the officer's branch): the old scope gets a tombstone, the new one the case. */
export async function reassignCase(db: Db, caseId: string, officerId: string, now = new Date()): Promise<ReassignOutcome> {
  const nowIso = now.toISOString();
  return db.transaction(async (tx) => {
    await lockChanges(tx);
    const dir = await loadDirectory(tx);
    const officer = dir.users.get(officerId);
    if (!officer) throw new ReassignError(`no user ${officerId}`);
    const prev = (await loadCases(tx, [caseId])).get(caseId);
    if (!prev) throw new ReassignError(`no case ${caseId}`);
    if (prev.officerId === officerId && prev.branchCode === officer.branchCode) return 'unchanged';
    const next: Case = {
      ...prev.data,
      assignment: { branchCode: officer.branchCode, branchName: dir.branches.get(officer.branchCode) ?? officer.branchCode, officerId, officerName: officer.name, assignedAt: nowIso },
      updatedAt: nowIso,
    };
    await writeCase(tx, prev, next, nowIso);
    return 'reassigned';
  });
}

export class ReassignError extends Error {
  override readonly name = 'ReassignError';
}
