import { createHash } from 'node:crypto';
import { newId } from '../../shared/sync/ids';
import type { ImportStatus, ImportSummary, ImportView } from '../../shared/portfolio/imports';
import { REJECTIONS_SHOWN } from '../../shared/portfolio/imports';
import type { Db, Queryable } from '../db/types';
import type { ImportResult } from './apply';
import type { ReportedRejection } from './report';

/**
 * The imports table (migration 14): every extract head office was given, from the console or the CLI, with
 * what its dry run found and what applying it did; and the uploaded bytes, kept while an upload waits to be
 * applied. docs/server.md, "Portfolio in the console".
 */

/** How long an uploaded extract is kept for applying; after that it must be uploaded again. */
export const IMPORT_KEEP_HOURS = 24;

/** What an import was of (migration 20): the portfolio extract or the repayment extract. */
export type ImportKind = 'portfolio' | 'payments';

export interface ImportFile {
  fileName: string;
  bytes: Uint8Array;
}

export const sha256Of = (bytes: Uint8Array) => createHash('sha256').update(bytes).digest('hex');
/** Time-ordered (UUIDv7), so imports uploaded in the same millisecond still list in the order they came. */
export const newImportId = () => `imp-${newId()}`;

type Row = {
  id: string;
  file_name: string;
  sha256: string;
  size_bytes: string | number;
  uploaded_by: string;
  uploaded_by_name: string | null;
  uploaded_at: Date | string;
  status: ImportStatus;
  applied_at: Date | string | null;
  applied_by: string | null;
  discarded_at: Date | string | null;
  snapshot_date: string | null;
  counts: ImportSummary['counts'];
  file_error: ImportSummary['fileError'];
};
type FullRow = Row & { by_branch: ImportView['byBranch']; closures: ImportResult['closures']; rejections: ReportedRejection[]; plan: string };

const iso = (v: Date | string | null) => (v === null ? null : new Date(v).toISOString());

const SUMMARY_COLUMNS = `i.id, i.file_name, i.sha256, i.size_bytes, i.uploaded_by, u.name AS uploaded_by_name, i.uploaded_at, i.status,
  i.applied_at, i.applied_by, i.discarded_at, i.snapshot_date, i.counts, i.file_error`;

function summaryOf(r: Row): ImportSummary {
  return {
    id: r.id,
    fileName: r.file_name,
    sha256: r.sha256,
    sizeBytes: Number(r.size_bytes),
    uploadedBy: r.uploaded_by,
    uploadedByName: r.uploaded_by_name,
    uploadedAt: iso(r.uploaded_at)!,
    status: r.status,
    appliedAt: iso(r.applied_at),
    appliedBy: r.applied_by,
    discardedAt: iso(r.discarded_at),
    snapshotDate: r.snapshot_date,
    counts: r.counts,
    fileError: r.file_error,
  };
}

/** What a result stores: rejections and closures without the English text (the console translates codes). */
function resultColumns(result: ImportResult) {
  return {
    counts: JSON.stringify(result.counts),
    byBranch: JSON.stringify(result.byBranch),
    closures: JSON.stringify({ ...result.closures, cases: result.closures.cases.map((c) => ({ caseId: c.caseId, caseNumber: c.caseNumber, branchCode: c.branchCode, officerId: c.officerId })) }),
    rejections: JSON.stringify(result.rejections.map((r) => ({ row: r.row, customerNo: r.customerNo, field: r.field, code: r.code, params: r.params }))),
    fileError: result.fileError ? JSON.stringify({ code: result.fileError.code, params: result.fileError.params }) : null,
  };
}

export interface NewImport {
  id: string;
  file: ImportFile;
  uploadedBy: string;
  uploadedAt: Date;
  status: ImportStatus;
  result: ImportResult;
  /** Keep the bytes for applying later (a console upload waiting for the admin). */
  keepFile: boolean;
  /** Default: portfolio. */
  kind?: ImportKind;
}

export async function recordImport(db: Db, n: NewImport): Promise<void> {
  const c = resultColumns(n.result);
  await db.transaction(async (tx) => {
    await tx.query(
      `INSERT INTO imports (id, file_name, sha256, size_bytes, uploaded_by, uploaded_at, status, applied_at, applied_by, snapshot_date, counts, by_branch, closures, rejections, file_error, plan, kind)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11::jsonb, $12::jsonb, $13::jsonb, $14::jsonb, $15::jsonb, $16, $17)`,
      [n.id, n.file.fileName, sha256Of(n.file.bytes), n.file.bytes.byteLength, n.uploadedBy, n.uploadedAt.toISOString(), n.status,
        n.status === 'applied' ? n.uploadedAt.toISOString() : null, n.status === 'applied' ? n.uploadedBy : null,
        n.result.snapshot.date, c.counts, c.byBranch, c.closures, c.rejections, c.fileError, n.result.plan, n.kind ?? 'portfolio'],
    );
    if (n.keepFile) await tx.query('INSERT INTO import_files (import_id, bytes) VALUES ($1, $2)', [n.id, Buffer.from(n.file.bytes)]);
  });
}

/** A new dry run of a pending upload (applying found the plan changed): the screen shows this one now. */
export async function replaceDryRun(db: Queryable, id: string, result: ImportResult): Promise<void> {
  const c = resultColumns(result);
  await db.query(
    `UPDATE imports SET counts = $2::jsonb, by_branch = $3::jsonb, closures = $4::jsonb, rejections = $5::jsonb, file_error = $6::jsonb, plan = $7, snapshot_date = $8 WHERE id = $1`,
    [id, c.counts, c.byBranch, c.closures, c.rejections, c.fileError, result.plan, result.snapshot.date],
  );
}

/** Marks a pending upload applied (with what the import did) and drops its bytes; false when it was not pending. */
export async function markApplied(db: Db, id: string, by: string, at: Date, result: ImportResult): Promise<boolean> {
  const c = resultColumns(result);
  return db.transaction(async (tx) => {
    const res = await tx.query(
      `UPDATE imports SET status = 'applied', applied_at = $2, applied_by = $3, counts = $4::jsonb, by_branch = $5::jsonb, closures = $6::jsonb, rejections = $7::jsonb, plan = $8
        WHERE id = $1 AND status = 'pending'`,
      [id, at.toISOString(), by, c.counts, c.byBranch, c.closures, c.rejections, result.plan],
    );
    await tx.query('DELETE FROM import_files WHERE import_id = $1', [id]);
    return res.rowCount === 1;
  });
}

export async function markDiscarded(db: Db, id: string, at: Date): Promise<boolean> {
  return db.transaction(async (tx) => {
    const res = await tx.query(`UPDATE imports SET status = 'discarded', discarded_at = $2 WHERE id = $1 AND status = 'pending'`, [id, at.toISOString()]);
    await tx.query('DELETE FROM import_files WHERE import_id = $1', [id]);
    return res.rowCount === 1;
  });
}

/** Pending uploads older than IMPORT_KEEP_HOURS: marked expired, their bytes deleted. */
export async function expireImports(db: Db, now: Date, keepHours = IMPORT_KEEP_HOURS): Promise<void> {
  const before = new Date(now.getTime() - keepHours * 3_600_000).toISOString();
  await db.transaction(async (tx) => {
    await tx.query(`DELETE FROM import_files f USING imports i WHERE i.id = f.import_id AND i.status = 'pending' AND i.uploaded_at < $1`, [before]);
    await tx.query(`UPDATE imports SET status = 'expired' WHERE status = 'pending' AND uploaded_at < $1`, [before]);
  });
}

export async function loadImportFile(db: Queryable, id: string): Promise<Uint8Array | null> {
  const res = await db.query<{ bytes: Uint8Array }>('SELECT bytes FROM import_files WHERE import_id = $1', [id]);
  return res.rows[0]?.bytes ?? null;
}

export async function listImports(db: Queryable, limit: number, offset: number, kind: ImportKind = 'portfolio'): Promise<{ imports: ImportSummary[]; total: number }> {
  const res = await db.query<Row>(
    `SELECT ${SUMMARY_COLUMNS} FROM imports i LEFT JOIN users u ON u.id = i.uploaded_by WHERE i.kind = $3 ORDER BY i.uploaded_at DESC, i.id DESC LIMIT $1 OFFSET $2`,
    [limit, offset, kind],
  );
  const total = await db.query<{ n: number }>('SELECT count(*)::integer AS n FROM imports WHERE kind = $1', [kind]);
  return { imports: res.rows.map(summaryOf), total: total.rows[0]!.n };
}

export interface StoredImport {
  view: ImportView;
  plan: string;
  rejections: ReportedRejection[];
}

/** One import of this kind, as the console shows it; null when there is none. */
export async function loadImport(db: Queryable, id: string, kind: ImportKind = 'portfolio'): Promise<StoredImport | null> {
  const res = await db.query<FullRow>(
    `SELECT ${SUMMARY_COLUMNS}, i.by_branch, i.closures, i.rejections, i.plan FROM imports i LEFT JOIN users u ON u.id = i.uploaded_by WHERE i.id = $1 AND i.kind = $2`,
    [id, kind],
  );
  const r = res.rows[0];
  if (!r) return null;
  const summary = summaryOf(r);
  const same = await db.query<{ id: string; applied_at: Date | string }>(
    `SELECT id, applied_at FROM imports WHERE sha256 = $1 AND status = 'applied' AND id <> $2 AND kind = $3 ORDER BY applied_at DESC LIMIT 1`,
    [r.sha256, r.id, kind],
  );
  const keptUntil = summary.status === 'pending' ? new Date(Date.parse(summary.uploadedAt) + IMPORT_KEEP_HOURS * 3_600_000).toISOString() : null;
  const k = r.closures;
  return {
    plan: r.plan,
    rejections: r.rejections,
    view: {
      ...summary,
      byBranch: r.by_branch,
      closures: { count: k.count, open: k.open, limit: k.limit, needsConfirmation: k.needsConfirmation, cases: k.cases.slice(0, REJECTIONS_SHOWN) },
      rejectionCount: r.rejections.length,
      rejections: r.rejections.slice(0, REJECTIONS_SHOWN).map((x) => ({ row: x.row, customerNo: x.customerNo, field: x.field, code: x.code, params: x.params })),
      keptUntil,
      sameFileApplied: same.rows[0] ? { id: same.rows[0].id, appliedAt: iso(same.rows[0].applied_at)! } : null,
    },
  };
}
