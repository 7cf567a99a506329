import { createHash } from 'node:crypto';
import ExcelJS from 'exceljs';
import type { Agency } from '../../../shared/outsourcing/agency';
import type { ExportLog } from '../../../shared/outsourcing/api';
import { exportTable, isMasked } from '../../../shared/outsourcing/exportRows';
import { newId } from '../../../shared/sync/ids';
import type { Db, Queryable } from '../../db/types';
import { HttpError } from '../../http/errors';
import { spreadsheetSafe } from '../../import/report';
import { openCasesOf } from './cases';

/**
 * An export to an agency (docs/server.md, "Outsourcing"): the cases it holds now, only the columns its contract
 * allows (shared/outsourcing/exportRows.ts), CSV (UTF-8 with BOM, cells safe to open) or XLSX. Written to the log
 * (who, when, which cases, which fields, which masked, the file's SHA-256) in the same transaction that reads it.
 */

const csvField = (value: string) => {
  const s = spreadsheetSafe(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

async function fileOf(format: 'csv' | 'xlsx', header: string[], rows: string[][]): Promise<Buffer> {
  if (format === 'csv') return Buffer.from(`\uFEFF${[header, ...rows].map((l) => l.map(csvField).join(',')).join('\r\n')}\r\n`, 'utf8');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('委外案件');
  // Every cell is written as a string: nothing is a formula.
  sheet.addRows([header, ...rows]);
  sheet.getRow(1).font = { bold: true };
  sheet.columns.forEach((c) => (c.width = 18));
  return Buffer.from(await book.xlsx.writeBuffer());
}

export async function exportForAgency(db: Db, agency: Agency, format: 'csv' | 'xlsx', actorId: string, at: Date): Promise<{ bytes: Buffer; log: ExportLog }> {
  return db.transaction(async (tx) => {
    const cases = await openCasesOf(tx, agency.id);
    if (cases.length === 0) throw new HttpError(409, 'nothing_to_export', `agency ${agency.name} holds no case`);
    const table = exportTable(cases, agency);
    const bytes = await fileOf(format, table.header, table.rows);
    const log: ExportLog = {
      id: newId(),
      agencyId: agency.id,
      exportedBy: actorId,
      exportedAt: at.toISOString(),
      format,
      caseIds: cases.map((c) => c.id),
      fields: table.columns,
      masked: table.columns.filter((f) => isMasked(agency, f)),
      sha256: createHash('sha256').update(bytes).digest('hex'),
    };
    await tx.query(
      'INSERT INTO agency_exports (id, agency_id, exported_by, exported_at, format, case_ids, fields, masked, sha256) VALUES ($1, $2, $3, $4, $5, $6::jsonb, $7::jsonb, $8::jsonb, $9)',
      [log.id, log.agencyId, log.exportedBy, log.exportedAt, log.format, JSON.stringify(log.caseIds), JSON.stringify(log.fields), JSON.stringify(log.masked), log.sha256],
    );
    return { bytes, log };
  });
}

export async function exportsOf(db: Queryable, agencyId: string): Promise<ExportLog[]> {
  const res = await db.query<{ id: string; agency_id: string; exported_by: string; exported_at: string | Date; format: 'csv' | 'xlsx'; case_ids: string[]; fields: ExportLog['fields']; masked: ExportLog['masked']; sha256: string }>(
    'SELECT id, agency_id, exported_by, exported_at, format, case_ids, fields, masked, sha256 FROM agency_exports WHERE agency_id = $1 ORDER BY exported_at DESC, id DESC',
    [agencyId],
  );
  return res.rows.map((r) => ({ id: r.id, agencyId: r.agency_id, exportedBy: r.exported_by, exportedAt: new Date(r.exported_at).toISOString(), format: r.format, caseIds: r.case_ids, fields: r.fields, masked: r.masked, sha256: r.sha256 }));
}
