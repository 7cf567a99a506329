import { readFile, writeFile } from 'node:fs/promises';
import type { Db, Queryable } from '../db/types';
import { lockChanges } from '../db/changeLogLock';
import { writeCases, type CaseWrite } from '../changeLog/cases';
import { ExtractError, readExtract, type Extract, type ReadOptions } from './extract';
import { checkClosures, CLOSE_GUARD, percent, type CloseGuard, type ClosureCheck, type ClosingCase } from './closures';
import { problem, type ImportLanguage, type ImportProblem } from './messages';
import { buildCase, canonical, caseIdOf, checkCase, checkGroup } from './portfolio';
import { closureReportCsv, rejectionReportCsv } from './report';
import { parseDate, REQUIRED_COLUMNS, rejection, validateRow, type AccountRow, type Rejection } from './rows';
import { Tally, zeroCounts, type BranchCounts, type ImportCounts } from './tally';
import { lastDeviceStatuses, lastSnapshotDate, loadCases, loadDirectory, markStatusBy } from './store';
import { recordSnapshots } from '../kpi/snapshots';
import type { Case } from '../../shared/domain/case';

export { reassignCase, ReassignError, type ReassignOutcome } from './reassign';
export { rejectionReportCsv } from './report';

export type { BranchCounts, ImportCounts } from './tally';

export interface ImportResult {
  counts: ImportCounts;
  /** The same counts for each branch (the branch a case goes to, or is in when it is closed). */
  byBranch: BranchCounts[];
  /** SHA-256 of every case's outcome (server/import/tally.ts): the dry run's plan, checked again on apply. */
  plan: string;
  rejections: Rejection[];
  /** Set when the file as a whole was refused: nothing was written and nothing closed. */
  fileError: ImportProblem | null;
  dryRun: boolean;
  /** The extract's as-of date (its latest snapshot_date) and the latest head office had before it. */
  snapshot: { date: string | null; last: string | null };
  /** The open cases the extract no longer lists (settled by this import), and whether that needs confirming. */
  closures: ClosureCheck & { cases: ClosingCase[] };
}

export interface ImportOptions {
  /** Validate and count exactly as an import would, inside a transaction that is rolled back. */
  dryRun?: boolean;
  now?: Date;
  /** How many closures may go ahead unconfirmed (default CLOSE_GUARD). */
  closeGuard?: CloseGuard;
  /** The number of closures a person confirmed after seeing them in a dry run. */
  confirmClosures?: number;
  /** Import an extract older than the last one on purpose (a replay): balances and DPD go back to its date. */
  replayOlderSnapshot?: boolean;
  /** The plan digest of the dry run a person saw: a different plan now refuses the import (changed_since_dry_run). */
  expectPlan?: string;
}

const noClosures = (): ImportResult['closures'] => ({ ...checkClosures(0, 0), cases: [] });

/** The file as a whole refused: nothing written, nothing closed. */
export function refusal(p: ImportProblem, field = 'file', dryRun = false, extra: Partial<ImportResult> = {}): ImportResult {
  return { counts: zeroCounts(), byBranch: [], plan: '', rejections: [{ row: 0, customerNo: '', field, ...p }], fileError: p, dryRun, snapshot: { date: null, last: null }, closures: noClosures(), ...extra };
}

class RollBack extends Error {}
class Refused extends Error {
  constructor(readonly result: ImportResult) {
    super(result.fileError?.reason);
  }
}

interface Group {
  /** The branch the customer's first row names, as written (a rejected customer is counted under it). */
  branch: string;
  rows: AccountRow[];
  fileRows: number[];
  bad: boolean;
}

/** Validates every row and groups them by customer; one bad row rejects its whole customer. */
function groupRows(extract: Extract, rejections: Rejection[]): Map<string, Group> {
  const groups = new Map<string, Group>();
  for (const row of extract.rows) {
    const key = row.cells.customer_no ?? '';
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { branch: row.cells.branch_code ?? '', rows: [], fileRows: [], bad: false }));
    g.fileRows.push(row.rowNumber);
    const v = validateRow(row);
    if (v.ok) g.rows.push(v.value);
    else {
      g.bad = true;
      rejections.push(...v.rejections);
    }
  }
  // An account in two rows (of one customer or two): all of them are wrong.
  const accountOwner = new Map<string, AccountRow>();
  for (const g of groups.values()) {
    for (const r of g.rows) {
      const other = accountOwner.get(r.accountNumber);
      if (other) {
        g.bad = true;
        groups.get(other.customerNo)!.bad = true;
        rejections.push(rejection(r.rowNumber, r.customerNo, 'account_number', 'duplicate_account', { other: other.rowNumber }));
      } else accountOwner.set(r.accountNumber, r);
    }
  }
  return groups;
}

const latest = (dates: readonly string[]): string | null => dates.reduce<string | null>((a, d) => (a === null || d > a ? d : a), null);

/** The extract's as-of date: the latest snapshot_date in it. */
function snapshotOf(extract: Extract): string | null {
  let latest: string | null = null;
  for (const r of extract.rows) {
    const d = parseDate(r.cells.snapshot_date ?? '');
    if (d && (latest === null || d > latest)) latest = d;
  }
  return latest;
}

/** Imports an extract already read: validates, groups by customer, writes in one transaction (none on a dry run). */
export async function importExtract(db: Db, extract: Extract, options: ImportOptions = {}): Promise<ImportResult> {
  const dryRun = options.dryRun ?? false;
  const nowIso = (options.now ?? new Date()).toISOString();
  const missing = REQUIRED_COLUMNS.filter((c) => !extract.header.includes(c));
  if (missing.length > 0) return refusal(problem('missing_columns', { columns: missing.join(', ') }), missing.join(' '), dryRun);
  if (extract.rows.length === 0) return refusal(problem('no_rows'), 'file', dryRun);

  const provided = new Set(extract.header);
  const rejections: Rejection[] = [];
  const groups = groupRows(extract, rejections);
  const snapshot = { date: snapshotOf(extract), last: null as string | null };
  const tally = new Tally();
  const counts = tally.counts;
  let closures = noClosures();

  const work = async (tx: Queryable) => {
    await lockChanges(tx);
    const dir = await loadDirectory(tx);
    const stored = await loadCases(tx);
    snapshot.last = lastSnapshotDate(stored);
    if (snapshot.date && snapshot.last && snapshot.date < snapshot.last && !options.replayOlderSnapshot) {
      throw new Refused(refusal(problem('older_snapshot', { date: snapshot.date, last: snapshot.last }), 'snapshot_date', dryRun, { snapshot }));
    }

    // Open cases the extract no longer lists are settled. A customer whose rows were rejected is still listed.
    const listed = new Set([...groups.keys()].map(caseIdOf));
    const open = [...stored.values()].filter((prev) => prev.data.status !== 'settled' && prev.data.status !== 'closed');
    const toClose = open.filter((prev) => !listed.has(prev.id));
    const check = checkClosures(toClose.length, open.length, options.closeGuard ?? CLOSE_GUARD, options.confirmClosures);
    closures = {
      ...check,
      cases: toClose.map((c) => ({ caseId: c.id, caseNumber: c.data.caseNumber, customerNo: c.id.replace(/^case-/, ''), branchCode: c.branchCode, officerId: c.officerId, status: c.data.status })),
    };
    // A dry run goes on, so the person sees everything the import would do before confirming.
    if (check.verdict !== 'ok' && !dryRun) {
      const params = { count: check.count, open: check.open, share: percent(check.count, check.open), limit: check.limit, confirmed: options.confirmClosures ?? 0 };
      throw new Refused(refusal(problem(check.verdict === 'mismatch' ? 'closures_changed' : 'too_many_closures', params), 'file', dryRun, { snapshot, closures }));
    }

    const reopening = [...groups.keys()].map(caseIdOf).filter((id) => {
      const prev = stored.get(id);
      return prev && (prev.data.status === 'settled' || prev.data.status === 'closed') && prev.statusBy === 'import';
    });
    const deviceStatus = await lastDeviceStatuses(tx, reopening);
    const statusBy = { import: [] as string[], device: [] as string[] };
    const writes: CaseWrite[] = [];
    // Every valid case of the extract, changed or not: its snapshot is written when it differs (or is missing).
    const listedCases: Case[] = [];
    const rejectedRows = new Map<string, Set<number>>();
    for (const r of rejections) {
      let seen = rejectedRows.get(r.customerNo);
      if (!seen) rejectedRows.set(r.customerNo, (seen = new Set()));
      seen.add(r.row);
    }

    for (const [customerNo, g] of groups) {
      let problems: Rejection[] = [];
      if (!g.bad) {
        const first = g.rows[0]!;
        const prev = stored.get(caseIdOf(customerNo)) ?? null;
        const officerId = provided.has('officer_id') ? first.officerId : prev && prev.branchCode === first.branchCode ? prev.officerId : null;
        problems = checkGroup(g.rows, dir, officerId);
        // In a file with several dates, a customer's rows older than what head office has would roll it back.
        const have = prev ? latest(prev.data.accounts.map((a) => a.snapshotDate)) : null;
        const date = latest(g.rows.map((r) => r.snapshotDate));
        if (have && date && date < have && !options.replayOlderSnapshot) problems.push(rejection(first.rowNumber, customerNo, 'snapshot_date', 'case_snapshot_older', { date, have }));
        if (problems.length === 0) {
          // A case a device settled or closed stays so; one the import settled reopens when it is back.
          const reopenAs = deviceStatus.get(caseIdOf(customerNo)) ?? null;
          const next = buildCase(g.rows, prev?.data ?? null, dir, nowIso, { provided, officerId, reopenClosed: prev?.statusBy !== 'device', reopenAs });
          problems.push(...checkCase(next, g.rows));
          if (problems.length === 0) {
            listedCases.push(next);
            if (prev && canonical(next) === canonical(prev.data)) tally.add('unchanged', next.id, first.branchCode);
            else {
              tally.add(prev ? 'updated' : 'new', next.id, first.branchCode);
              writes.push({ prev, next: { ...next, updatedAt: nowIso } });
              if (prev && prev.data.status !== next.status) statusBy[reopenAs && next.status === reopenAs.status ? 'device' : 'import'].push(next.id);
            }
            continue;
          }
        }
        rejections.push(...problems);
      }
      tally.add('rejected', caseIdOf(customerNo), g.branch, g.fileRows.length);
      const reported = new Set([...(rejectedRows.get(customerNo) ?? []), ...problems.map((r) => r.row)]);
      for (const row of g.fileRows) if (!reported.has(row)) rejections.push(rejection(row, customerNo, 'customer_no', 'sibling_rejected'));
    }
    const closing = new Set(toClose.map((c) => c.id));
    for (const prev of toClose) {
      writes.push({ prev, next: { ...prev.data, status: 'settled', holdReason: null, updatedAt: nowIso } });
      statusBy.import.push(prev.id);
      tally.add('closed', prev.id, prev.branchCode);
    }
    if (options.expectPlan !== undefined && options.expectPlan !== tally.digest()) {
      throw new Refused(refusal(problem('changed_since_dry_run'), 'file', dryRun, { snapshot, closures, counts, byBranch: tally.branches(), plan: tally.digest() }));
    }
    await writeCases(tx, writes, nowIso);
    // Bucket, DPD and balances as of the extract's date, a row only where they changed (docs/server.md, "Case snapshots").
    const asOf = (c: Case) => (closing.has(c.id) ? snapshot.date : latest(c.accounts.map((a) => a.snapshotDate))) ?? nowIso.slice(0, 10);
    await recordSnapshots(tx, [...listedCases, ...writes.filter((w) => closing.has(w.next.id)).map((w) => w.next)].map((c) => ({ data: c, asOf: asOf(c) })));
    await markStatusBy(tx, statusBy.import, 'import');
    await markStatusBy(tx, statusBy.device, 'device');
    if (dryRun) throw new RollBack();
  };
  try {
    await db.transaction(work);
  } catch (err) {
    if (err instanceof Refused) return err.result;
    if (!(err instanceof RollBack)) throw err;
  }
  rejections.sort((a, b) => a.row - b.row);
  return { counts, byBranch: tally.branches(), plan: tally.digest(), rejections, fileError: null, dryRun, snapshot, closures };
}

export interface ImportFileOptions extends ImportOptions, ReadOptions {
  /** The language of the rejection report (default zh-CN). */
  lang?: ImportLanguage;
}

/**
 * Reads and imports a file; writes the rejection report (FILE.rejections.csv) next to it, and the cases it
 * settles or would settle (FILE.closures.csv) when there are any.
 */
export async function importFile(db: Db, path: string, options: ImportFileOptions = {}): Promise<ImportResult & { reportPath: string; closuresPath: string | null }> {
  const reportPath = `${path}.rejections.csv`;
  let result: ImportResult;
  try {
    result = await importExtract(db, await readExtract(await readFile(path), path, options), options);
  } catch (err) {
    if (!(err instanceof ExtractError)) throw err;
    result = refusal(err.problem, 'file', options.dryRun ?? false);
  }
  await writeFile(reportPath, rejectionReportCsv(result.rejections, options.lang));
  const closuresPath = result.closures.cases.length > 0 ? `${path}.closures.csv` : null;
  if (closuresPath) await writeFile(closuresPath, closureReportCsv(result.closures.cases));
  return { ...result, reportPath, closuresPath };
}
