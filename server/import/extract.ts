import { readCsv } from './csv';
import { ExtractError, type Extract, type ExtractRow, type RawRecord, type ReadOptions } from './file';
import { readXlsx } from './xlsx';

export { ExtractError, UNDECODABLE, type CellProblem, type Extract, type ExtractRow, type RawRecord, type ReadOptions } from './file';

/**
 * Reads a core-banking extract (docs/import-format.md) into rows of text: CSV in UTF-8 (with or without a
 * BOM) or GB18030, or XLSX (the first visible worksheet, or the one named). Every cell comes back as text, so
 * amounts are parsed from their digits and never pass through a float. Row numbers are the file's own (the
 * header is row 1; for CSV, the line a record starts on). A file that is not well formed is refused whole
 * (ExtractError, with its line): nothing in it is guessed.
 */

const XLSX_MAGIC = [0x50, 0x4b, 0x03, 0x04];

export async function readExtract(bytes: Uint8Array, fileName = '', options: ReadOptions = {}): Promise<Extract> {
  const isZip = XLSX_MAGIC.every((b, i) => bytes[i] === b);
  if (isZip || /\.xlsx$/i.test(fileName)) {
    if (!isZip) throw new ExtractError('not_xlsx');
    const sheet = await readXlsx(bytes, options.sheet);
    return toExtract('xlsx', null, sheet);
  }
  const csv = readCsv(bytes, options.undecodable);
  return toExtract('csv', csv.encoding, csv.records);
}

const columnName = (i: number) => String(i + 1);

/** The header (a column named twice refuses the file) and the rows as cells by column name. */
export function toExtract(format: 'csv' | 'xlsx', encoding: Extract['encoding'], records: readonly RawRecord[]): Extract {
  const [head, ...body] = records;
  if (!head) throw new ExtractError('no_header');
  const header = head.values.map((h) => h.replace(/^\uFEFF/, '').trim().toLowerCase());
  const seen = new Map<string, number>();
  header.forEach((name, i) => {
    if (!name) return;
    const first = seen.get(name);
    if (first !== undefined) throw new ExtractError('duplicate_column', { column: name, first: columnName(first), second: columnName(i) });
    seen.set(name, i);
  });
  const rows: ExtractRow[] = [];
  for (const r of body) {
    if (!r.values.some((v) => v.trim() !== '') && !r.problems?.length) continue;
    const cells: Record<string, string> = {};
    header.forEach((name, i) => {
      if (name) cells[name] = (r.values[i] ?? '').trim();
    });
    const problems = (r.problems ?? []).map((p) => ({ field: header[p.column] || columnName(p.column), problem: p.problem }));
    rows.push(problems.length > 0 ? { rowNumber: r.rowNumber, cells, problems } : { rowNumber: r.rowNumber, cells });
  }
  return { format, encoding, header, rows };
}
