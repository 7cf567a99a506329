import type { DepositFile } from '../../../shared/reconciliation/api';
import type { Queryable } from '../../db/types';

/** Reading stored deposit files (server/console/reconciliation/depositUpload.ts writes them). */

interface FileRow {
  id: string;
  sha256: string;
  file_name: string;
  deposit_day: string;
  branch_code: string | null;
  format: 'csv' | 'xlsx';
  row_count: number;
  accepted_count: number;
  rejections: DepositFile['rejections'];
  uploaded_by: string;
  uploaded_by_name: string | null;
  uploaded_at: Date | string;
}

const SELECT = `SELECT f.id, f.sha256, f.file_name, to_char(f.deposit_day, 'YYYY-MM-DD') AS deposit_day, f.branch_code, f.format, f.row_count,
  f.accepted_count, f.rejections, f.uploaded_by, u.name AS uploaded_by_name, f.uploaded_at
  FROM deposit_files f LEFT JOIN users u ON u.id = f.uploaded_by`;

const fileOf = (r: FileRow): DepositFile => ({
  id: r.id,
  fileName: r.file_name,
  day: r.deposit_day,
  branchCode: r.branch_code,
  format: r.format,
  sha256: r.sha256,
  rowCount: r.row_count,
  acceptedCount: r.accepted_count,
  rejections: r.rejections,
  uploadedBy: r.uploaded_by,
  uploadedByName: r.uploaded_by_name ?? r.uploaded_by,
  uploadedAt: new Date(r.uploaded_at).toISOString(),
});

export async function fileBySha(db: Queryable, sha256: string): Promise<DepositFile | null> {
  const res = await db.query<FileRow>(`${SELECT} WHERE f.sha256 = $1`, [sha256]);
  return res.rows[0] ? fileOf(res.rows[0]) : null;
}

export async function fileById(db: Queryable, id: string): Promise<DepositFile | null> {
  const res = await db.query<FileRow>(`${SELECT} WHERE f.id = $1`, [id]);
  return res.rows[0] ? fileOf(res.rows[0]) : null;
}

/** The files of a day: every file for head office (branchCode null), a branch's own files for its supervisor. */
export async function filesOfDay(db: Queryable, day: string, branchCode: string | null): Promise<DepositFile[]> {
  const res = await db.query<FileRow>(`${SELECT} WHERE f.deposit_day = $1 AND ($2::text IS NULL OR f.branch_code = $2) ORDER BY f.uploaded_at, f.id`, [day, branchCode]);
  return res.rows.map(fileOf);
}
