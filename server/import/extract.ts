import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

/**
 * Reads a core-banking extract (docs/import-format.md) into rows of text: CSV in UTF-8 (with or without a
 * BOM) or GB18030, or XLSX (the first worksheet). Every cell comes back as text, so amounts are parsed from
 * their digits and never pass through a float. Row numbers are the file's own (the header is row 1).
 */

export interface ExtractRow {
  /** 1-based line (CSV record) or worksheet row number; the header is row 1. */
  rowNumber: number;
  cells: Record<string, string>;
}

export interface Extract {
  format: 'csv' | 'xlsx';
  encoding: 'utf-8' | 'gb18030' | null;
  header: string[];
  rows: ExtractRow[];
}

export class ExtractError extends Error {
  override readonly name = 'ExtractError';
}

/** The character that marks bytes that were not text in the file's encoding. */
export const UNDECODABLE = '\uFFFD';

const XLSX_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export async function readExtract(bytes: Uint8Array, fileName = ''): Promise<Extract> {
  const isZip = XLSX_MAGIC.every((b, i) => bytes[i] === b);
  if (isZip || /\.xlsx$/i.test(fileName)) {
    if (!isZip) throw new ExtractError('the file is named .xlsx but is not an XLSX workbook');
    return readXlsx(bytes);
  }
  const { text, encoding } = decodeText(bytes);
  const records = parseCsv(text);
  return toExtract('csv', encoding, records.map((r) => ({ rowNumber: r.line, values: r.values })));
}

/**
 * UTF-8 when every line is valid UTF-8, or when most lines with non-ASCII bytes are (a UTF-8 file with a
 * few damaged bytes: those lines get U+FFFD and their rows are rejected, instead of the whole file being
 * read as GB18030 mojibake). Otherwise GB18030. A BOM means UTF-8.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  const lossy = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
  const hasBom = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  try {
    return { text: strict.decode(buf), encoding: 'utf-8' };
  } catch {
    // Not all valid UTF-8: judge line by line.
  }
  let utf8Lines = 0;
  let otherLines = 0;
  let start = 0;
  for (let i = 0; i <= buf.length; i++) {
    if (i === buf.length || buf[i] === 0x0a) {
      const line = buf.subarray(start, i);
      start = i + 1;
      if (line.every((b) => b < 0x80)) continue;
      try {
        strict.decode(line);
        utf8Lines++;
      } catch {
        otherLines++;
      }
    }
  }
  if (hasBom || utf8Lines > otherLines) return { text: lossy.decode(buf), encoding: 'utf-8' };
  // iconv-lite writes U+FFFD for bytes that are not GB18030.
  return { text: iconv.decode(buf, 'gb18030'), encoding: 'gb18030' };
}

/** RFC 4180 CSV: commas, double-quoted fields with "" inside and line breaks, CRLF or LF. */
export function parseCsv(text: string): { line: number; values: string[] }[] {
  const out: { line: number; values: string[] }[] = [];
  let line = 1;
  let recordLine = 1;
  let field = '';
  let values: string[] = [];
  let quoted = false;
  let i = 0;
  const endRecord = () => {
    values.push(field);
    field = '';
    if (!(values.length === 1 && values[0] === '')) out.push({ line: recordLine, values });
    values = [];
  };
  while (i < text.length) {
    const ch = text[i]!;
    if (quoted) {
      if (ch === '"') {
        if (text[i + 1] === '"') {
          field += '"';
          i += 2;
          continue;
        }
        quoted = false;
      } else {
        if (ch === '\n') line++;
        field += ch;
      }
      i++;
      continue;
    }
    if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      values.push(field);
      field = '';
    } else if (ch === '\r' && text[i + 1] === '\n') {
      // the \n ends the record
    } else if (ch === '\n') {
      endRecord();
      line++;
      recordLine = line;
    } else field += ch;
    i++;
  }
  if (field !== '' || values.length > 0) endRecord();
  return out;
}

async function readXlsx(bytes: Uint8Array): Promise<Extract> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (err) {
    throw new ExtractError(`not a readable XLSX workbook: ${err instanceof Error ? err.message : String(err)}`);
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new ExtractError('the workbook has no worksheet');
  const records: { rowNumber: number; values: string[] }[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    const values: string[] = [];
    for (let c = 1; c <= sheet.columnCount; c++) values.push(cellText(row.getCell(c).value));
    records.push({ rowNumber, values });
  });
  return toExtract('xlsx', null, records);
}

/** A cell as text: numbers by their shortest round-trip digits (so 12625.23 stays 12625.23), dates as YYYY-MM-DD. */
function cellText(v: ExcelJS.CellValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'string') return v;
  if (typeof v === 'number') return Number.isSafeInteger(v) || !Number.isInteger(v) ? String(v) : `#unsafe-number:${String(v)}`;
  if (typeof v === 'boolean') return v ? 'true' : 'false';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? '#bad-date' : v.toISOString().slice(0, 10);
  if (typeof v === 'object') {
    if ('richText' in v) return v.richText.map((r) => r.text).join('');
    if ('text' in v && typeof v.text === 'string') return v.text;
    if ('result' in v) return cellText((v as { result?: ExcelJS.CellValue }).result ?? null);
    if ('error' in v) return `#error:${String((v as { error: unknown }).error)}`;
  }
  return String(v as unknown);
}

function toExtract(format: 'csv' | 'xlsx', encoding: Extract['encoding'], records: { rowNumber: number; values: string[] }[]): Extract {
  const [head, ...body] = records;
  if (!head) throw new ExtractError('the file is empty: no header row');
  const header = head.values.map((h) => h.replace(/^\uFEFF/, '').trim().toLowerCase());
  const rows = body
    .filter((r) => r.values.some((v) => v.trim() !== ''))
    .map((r) => {
      const cells: Record<string, string> = {};
      header.forEach((name, i) => {
        if (name) cells[name] = (r.values[i] ?? '').trim();
      });
      return { rowNumber: r.rowNumber, cells };
    });
  return { format, encoding, header, rows };
}
