import { createHash } from 'node:crypto';
import type { DepositFile } from '../../../shared/reconciliation/api';
import { DEPOSIT_HEADERS, mapDepositHeader, readDepositRows, type DepositField, type DepositProblem, type DepositRow } from '../../../shared/reconciliation/depositFile';
import { receiptNumbersIn } from '../../../shared/reconciliation/receiptReference';
import { newId } from '../../../shared/sync/ids';
import type { Db } from '../../db/types';
import { HttpError } from '../../http/errors';
import { importMessage, type ImportMessageCode, type MessageParams } from '../../import/messages';
import { ExtractError, readExtract, UNDECODABLE } from '../../import/extract';
import { fileById, fileBySha } from './depositFiles';

/**
 * Storing one deposit file (docs/reconciliation.md): read with the portfolio import's readers (CSV in UTF-8 or
 * GB18030, XLSX), checked row by row (shared/reconciliation/depositFile.ts), stored in one transaction with
 * its rejections and who uploaded it. The same bytes again return the file already stored and write nothing.
 * A file that cannot be read as a whole is refused (400 bad_deposit_file, with the reason in both languages).
 */

/** Rows per INSERT: few round trips for a bank-wide file, parameters well under any limit. */
const INSERT_CHUNK = 1000;

export interface UploadRequest {
  bytes: Buffer;
  fileName: string;
  day: string;
  branchCode: string | null;
  userId: string;
  at: Date;
}

function fileRefused(code: ImportMessageCode, params: MessageParams = {}): HttpError {
  return refused(code, importMessage(code, params, 'zh-CN'), importMessage(code, params, 'en'));
}

function refused(problem: string, reasonZh: string, reasonEn: string): HttpError {
  return new HttpError(400, 'bad_deposit_file', reasonEn, { problem, reasonZh, reasonEn });
}

function missingColumns(fields: readonly DepositField[]): HttpError {
  const zh = fields.map((f) => `${f}（可用列名：${DEPOSIT_HEADERS[f].join('、')}）`).join('；');
  const en = fields.map((f) => `${f} (accepted names: ${DEPOSIT_HEADERS[f].join(', ')})`).join('; ');
  return refused('missing_columns', `缺少列：${zh}`, `missing column(s): ${en}`);
}

async function readRows(bytes: Buffer, fileName: string) {
  try {
    return await readExtract(bytes, fileName);
  } catch (err) {
    if (err instanceof ExtractError) throw fileRefused(err.problem.code, err.problem.params);
    throw err;
  }
}

export async function storeDepositFile(db: Db, req: UploadRequest): Promise<{ alreadyUploaded: boolean; file: DepositFile }> {
  const sha256 = createHash('sha256').update(req.bytes).digest('hex');
  const known = await fileBySha(db, sha256);
  if (known) return sameFileAgain(known, req);

  const extract = await readRows(req.bytes, req.fileName);
  const header = mapDepositHeader(extract.header);
  if ('missing' in header) throw missingColumns(header.missing);
  if ('ambiguous' in header) {
    const [first = '', second = ''] = header.ambiguous.columns;
    throw fileRefused('duplicate_column', { column: header.ambiguous.field, first, second });
  }
  if (extract.rows.length === 0) throw refused('no_rows', '文件没有数据行：未保存任何存款记录', 'the file has no rows: no deposit stored');
  const rows = extract.rows.map((r) => ({
    rowNumber: r.rowNumber,
    cells: r.cells,
    unreadable: [...(r.problems ?? []).map((p) => p.field), ...Object.entries(r.cells).filter(([, v]) => v.includes(UNDECODABLE)).map(([k]) => k)],
  }));
  const read = readDepositRows(rows, header.map, req.day);
  const id = newId();

  return db.transaction(async (tx) => {
    // Two uploads of the same bytes at once: the second waits on the unique sha256 and then finds the first.
    const inserted = await tx.query(
      `INSERT INTO deposit_files (id, sha256, file_name, deposit_day, branch_code, format, row_count, accepted_count, rejections, uploaded_by, uploaded_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, 0, '[]'::jsonb, $8, $9) ON CONFLICT (sha256) DO NOTHING`,
      [id, sha256, req.fileName, req.day, req.branchCode, extract.format, extract.rows.length, req.userId, req.at.toISOString()],
    );
    if (inserted.rowCount === 0) {
      const other = await fileBySha(tx, sha256);
      if (other) return sameFileAgain(other, req);
    }
    const rejections: DepositProblem[] = [...read.rejections];
    const stored = new Set<number>();
    for (let i = 0; i < read.deposits.length; i += INSERT_CHUNK) {
      const chunk = read.deposits.slice(i, i + INSERT_CHUNK);
      const column = <T>(f: (d: DepositRow) => T) => chunk.map(f);
      const numbers = chunk.map((d) => receiptNumbersIn(d.reference));
      // One statement per chunk; a row whose (account, serial) is already stored is skipped and named below.
      const res = await tx.query<{ row_number: number }>(
        `INSERT INTO deposits (id, file_id, row_number, deposit_day, amount_fen, account, reference, serial, receipt_number, branch_code)
         SELECT $1 || ':' || r.row_number, $1, r.row_number, $2::date, r.amount_fen, r.account, r.reference, r.serial, r.receipt_number, $3
           FROM unnest($4::integer[], $5::bigint[], $6::text[], $7::text[], $8::text[], $9::text[]) AS r (row_number, amount_fen, account, reference, serial, receipt_number)
         ON CONFLICT (account, serial) WHERE serial IS NOT NULL DO NOTHING
         RETURNING row_number`,
        [
          id,
          req.day,
          req.branchCode,
          column((d) => d.rowNumber),
          column((d) => d.amountFen),
          column((d) => d.account),
          column((d) => d.reference),
          column((d) => d.serial),
          numbers.map((n) => (n.length === 1 ? n[0]! : null)),
        ],
      );
      for (const r of res.rows) stored.add(Number(r.row_number));
    }
    for (const d of read.deposits) {
      if (!stored.has(d.rowNumber)) rejections.push({ rowNumber: d.rowNumber, field: 'serial', code: 'serial_already_stored', params: { serial: d.serial ?? '' } });
    }
    const accepted = stored.size;
    rejections.sort((a, b) => a.rowNumber - b.rowNumber);
    await tx.query('UPDATE deposit_files SET accepted_count = $2, rejections = $3::jsonb WHERE id = $1', [id, accepted, JSON.stringify(rejections)]);
    const file = await fileById(tx, id);
    if (!file) throw new Error(`deposit file ${id} vanished inside its own transaction`);
    return { alreadyUploaded: false, file };
  });
}

/** The same bytes again: the stored file, unless it was uploaded for another day or branch (then 409). */
function sameFileAgain(file: DepositFile, req: UploadRequest): { alreadyUploaded: boolean; file: DepositFile } {
  if (file.day !== req.day || file.branchCode !== req.branchCode) {
    throw new HttpError(409, 'deposit_file_elsewhere', `this file was already uploaded for ${file.day}${file.branchCode ? ` (branch ${file.branchCode})` : ''}`, {
      day: file.day,
      branch: file.branchCode ?? '',
    });
  }
  return { alreadyUploaded: true, file };
}
