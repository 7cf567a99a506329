import { createHash } from 'node:crypto';
import { DEFAULT_TIME_ZONE, todayIn } from '../../../shared/calendar';
import { CaseSchema } from '../../../shared/domain/case';
import { agencyDeviceId, type Agency } from '../../../shared/outsourcing/agency';
import type { ResultFile } from '../../../shared/outsourcing/api';
import { mapResultHeader, readResultRows, RESULT_HEADERS, type ResultProblem, type ResultRow } from '../../../shared/outsourcing/resultFile';
import { RecordActivityArgsSchema } from '../../../shared/records/activity';
import { CreatePromiseArgsSchema } from '../../../shared/records/promise';
import { RecordPaymentArgsSchema } from '../../../shared/records/payment';
import { newId } from '../../../shared/sync/ids';
import type { Db, Queryable } from '../../db/types';
import { HttpError } from '../../http/errors';
import { ExtractError, readExtract, UNDECODABLE } from '../../import/extract';
import { importMessage } from '../../import/messages';
import { logRecord } from '../../sync/apply/log';

/**
 * An agency's results file (docs/server.md, "Outsourcing"): read with the portfolio import's readers (CSV in
 * UTF-8 or GB18030, XLSX), each row checked (shared/outsourcing/resultFile.ts) against the cases the agency holds.
 * Accepted rows become field records like a device's (recordActivity, recordPayment with source agency,
 * createPromise), made by the agency (device agency-<id>, field_records.agency_id) and logged for the case's
 * scope, so they reach the devices; refused rows are kept with the file. The same bytes again change nothing.
 */

function refused(problem: string, reasonZh: string, reasonEn: string): HttpError {
  return new HttpError(400, 'bad_results_file', reasonEn, { problem, reasonZh, reasonEn });
}

async function readRows(bytes: Buffer, fileName: string) {
  try {
    return await readExtract(bytes, fileName);
  } catch (err) {
    if (err instanceof ExtractError) throw refused(err.problem.code, importMessage(err.problem.code, err.problem.params, 'zh-CN'), importMessage(err.problem.code, err.problem.params, 'en'));
    throw err;
  }
}

interface FileRow {
  id: string;
  agency_id: string;
  file_name: string;
  format: string;
  row_count: number;
  accepted_count: number;
  counts: ResultFile['counts'];
  rejections: ResultProblem[];
  uploaded_by: string;
  uploaded_at: string | Date;
}
const fileOf = (r: FileRow): ResultFile => ({
  id: r.id, agencyId: r.agency_id, fileName: r.file_name, format: r.format, rowCount: r.row_count, acceptedCount: r.accepted_count, counts: r.counts, rejections: r.rejections, uploadedBy: r.uploaded_by, uploadedAt: new Date(r.uploaded_at).toISOString(),
});
/** Files of an agency, or the file with a SHA-256, or with an id (each null: any): one literal query. */
async function selectFiles(db: Queryable, f: { agencyId?: string; sha256?: string; id?: string }): Promise<FileRow[]> {
  const res = await db.query<FileRow>(
    `SELECT id, agency_id, file_name, format, row_count, accepted_count, counts, rejections, uploaded_by, uploaded_at FROM agency_result_files
      WHERE ($1::text IS NULL OR agency_id = $1) AND ($2::text IS NULL OR sha256 = $2) AND ($3::text IS NULL OR id = $3)
      ORDER BY uploaded_at DESC, id DESC`,
    [f.agencyId ?? null, f.sha256 ?? null, f.id ?? null],
  );
  return res.rows;
}

export async function resultFilesOf(db: Queryable, agencyId: string): Promise<ResultFile[]> {
  return (await selectFiles(db, { agencyId })).map(fileOf);
}

/** The mutation and its args a result stands for, checked with the kind's own schema before it is written. */
function recordOf(r: ResultRow, at: Date): { name: 'recordActivity' | 'recordPayment' | 'createPromise'; args: Record<string, unknown> } {
  const id = newId();
  if (r.kind === 'payment') {
    return { name: 'recordPayment', args: RecordPaymentArgsSchema.parse({ id, caseId: r.caseId, amountFen: r.amountFen, paidOn: r.paidOn, source: 'agency', receiptId: null, reference: r.reference, recordedAt: at.toISOString() }) };
  }
  if (r.kind === 'promise') return { name: 'createPromise', args: CreatePromiseArgsSchema.parse({ id, caseId: r.caseId, activityId: null, amountFen: r.amountFen, dueDate: r.dueDate, madeAt: r.madeAt }) };
  return {
    name: 'recordActivity',
    args: RecordActivityArgsSchema.parse({ id, caseId: r.caseId, partyId: r.partyId, channel: r.channel, phoneId: r.phoneId, addressId: null, outcome: r.outcome, notes: r.note, nextAction: null, nextActionDate: null, at: r.at }),
  };
}

export interface ResultUpload {
  bytes: Buffer;
  fileName: string;
  agency: Agency;
  userId: string;
  at: Date;
}

export async function storeResultFile(db: Db, req: ResultUpload): Promise<{ alreadyUploaded: boolean; file: ResultFile }> {
  const sha256 = createHash('sha256').update(req.bytes).digest('hex');
  const known = (await selectFiles(db, { sha256 }))[0];
  if (known) {
    if (known.agency_id !== req.agency.id) throw new HttpError(409, 'results_file_elsewhere', 'this file was already uploaded for another agency');
    return { alreadyUploaded: true, file: fileOf(known) };
  }
  const extract = await readRows(req.bytes, req.fileName);
  const header = mapResultHeader(extract.header);
  if ('missing' in header) {
    const zh = header.missing.map((f) => `${f}（可用列名：${RESULT_HEADERS[f].join('、')}）`).join('；');
    throw refused('missing_columns', `缺少列：${zh}`, `missing column(s): ${header.missing.map((f) => `${f} (accepted names: ${RESULT_HEADERS[f].join(', ')})`).join('; ')}`);
  }
  if ('ambiguous' in header) throw refused('duplicate_column', `两列都可表示 ${header.ambiguous.field}：${header.ambiguous.columns.join('、')}`, `two columns could be ${header.ambiguous.field}: ${header.ambiguous.columns.join(', ')}`);
  if (extract.rows.length === 0) throw refused('no_rows', '文件没有数据行：未导入任何结果', 'the file has no rows: nothing imported');

  return db.transaction(async (tx) => {
    const held = await tx.query<{ data: unknown; open: boolean }>(
      `SELECT c.data, bool_or(ac.recalled_at IS NULL) AS open FROM agency_cases ac JOIN cases c ON c.id = ac.case_id WHERE ac.agency_id = $1 GROUP BY c.id, c.data`,
      [req.agency.id],
    );
    const cases = new Map(held.rows.map((r) => { const c = CaseSchema.parse(r.data); return [c.caseNumber, { case: c, withAgency: r.open }] as const; }));
    // A case the agency never held is looked up too, so the rejection can say "not with this agency" rather than "unknown".
    const column = header.map.caseNumber!;
    const numbers = [...new Set(extract.rows.map((r) => (r.cells[column] ?? '').trim()))];
    const others = await tx.query<{ data: unknown }>('SELECT data FROM cases WHERE case_number = ANY($1::text[])', [numbers]);
    for (const r of others.rows) {
      const c = CaseSchema.parse(r.data);
      if (!cases.has(c.caseNumber)) cases.set(c.caseNumber, { case: c, withAgency: false });
    }
    const rows = extract.rows.map((r) => ({ rowNumber: r.rowNumber, cells: r.cells, unreadable: [...(r.problems ?? []).map((p) => p.field), ...Object.entries(r.cells).filter(([, v]) => v.includes(UNDECODABLE)).map(([k]) => k)] }));
    const read = readResultRows(rows, { map: header.map, caseByNumber: (n) => cases.get(n) ?? null, today: todayIn(DEFAULT_TIME_ZONE, req.at), nowIso: req.at.toISOString(), timeZone: DEFAULT_TIME_ZONE });

    const id = newId();
    const device = agencyDeviceId(req.agency.id);
    const counts = { contact: 0, payment: 0, promise: 0 };
    for (const r of read.results) {
      const record = recordOf(r, req.at);
      const data = { name: record.name, caseId: r.caseId, deviceId: device, userId: req.userId, agencyId: req.agency.id, resultFileId: id, rowNumber: r.rowNumber, args: record.args };
      await tx.query(
        `INSERT INTO field_records (kind, id, case_id, device_id, user_id, mutation_id, data, received_at, agency_id) VALUES ($1, $2, $3, $4, $5, $6, $7::jsonb, $8, $9)`,
        [record.name, record.args.id, r.caseId, device, req.userId, r.rowNumber, JSON.stringify(data), req.at.toISOString(), req.agency.id],
      );
      await logRecord(tx, record.name, String(record.args.id), r.caseId, req.at.toISOString());
      counts[r.kind] += 1;
    }
    const rejections = [...read.rejections].sort((a, b) => a.rowNumber - b.rowNumber);
    await tx.query(
      `INSERT INTO agency_result_files (id, agency_id, sha256, file_name, format, row_count, accepted_count, counts, rejections, uploaded_by, uploaded_at) VALUES ($1, $2, $3, $4, $5, $6, $7, $8::jsonb, $9::jsonb, $10, $11)`,
      [id, req.agency.id, sha256, req.fileName, extract.format, extract.rows.length, read.results.length, JSON.stringify(counts), JSON.stringify(rejections), req.userId, req.at.toISOString()],
    );
    const file = (await selectFiles(tx, { id }))[0]!;
    return { alreadyUploaded: false, file: fileOf(file) };
  });
}
