import ExcelJS from 'exceljs';
import { problem, type ImportProblem } from './messages';
import { ExtractError, type RawRecord } from './file';

/**
 * XLSX extracts: the first visible worksheet (or the one named), row 1 the header. Nothing is evaluated: a
 * formula counts by the value the spreadsheet saved with it, and one saved without a value is rejected, as
 * are error and TRUE/FALSE cells. Numbers are read by their shortest digits (12625.23 stays 12625.23); a
 * number formatted as a percentage is read as the percentage it shows (0.0435 shown as 4.35% is "4.35").
 * Every row is read once, column by column up to the header's width: linear in the size of the sheet.
 */

type Cell = { text: string } | { problem: ImportProblem };

export async function readXlsx(bytes: Uint8Array, sheetName?: string): Promise<RawRecord[]> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer);
  } catch (err) {
    throw new ExtractError('unreadable_xlsx', { detail: err instanceof Error ? err.message : String(err) });
  }
  // In workbook order (exceljs sorts by the order the workbook lists them).
  const sheets = workbook.worksheets;
  const sheet = sheetName === undefined ? sheets.find((s) => s.state === 'visible' || s.state === undefined) : sheets.find((s) => s.name === sheetName);
  if (!sheet) {
    if (sheetName === undefined) throw new ExtractError('no_visible_sheet');
    throw new ExtractError('no_such_sheet', { sheet: sheetName, sheets: sheets.map((s) => s.name).join(', ') });
  }
  const records: RawRecord[] = [];
  let width = 0;
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    if (records.length === 0) width = row.cellCount;
    const values: string[] = [];
    const problems: { column: number; problem: ImportProblem }[] = [];
    for (let c = 1; c <= width; c++) {
      const cell = readCell(row.getCell(c));
      if ('text' in cell) values.push(cell.text);
      else {
        values.push('');
        problems.push({ column: c - 1, problem: cell.problem });
      }
    }
    // A value right of the header has no column name: the row is ragged, as a CSV row with extra fields.
    if (records.length > 0 && row.cellCount > width) {
      for (let c = width + 1; c <= row.cellCount; c++) {
        const cell = readCell(row.getCell(c));
        if (!('text' in cell) || cell.text !== '') throw new ExtractError('csv_ragged', { line: rowNumber, found: row.cellCount, expected: width });
      }
    }
    records.push(problems.length > 0 ? { rowNumber, values, problems } : { rowNumber, values });
  });
  return records;
}

/** "0.0435" → "4.35": the decimal point moved two places, on the digits, never through a float product. */
export function percentDigits(digits: string): string {
  const negative = digits.startsWith('-');
  const [int = '', frac = ''] = (negative ? digits.slice(1) : digits).split('.');
  const padded = frac.padEnd(2, '0');
  const whole = `${int}${padded.slice(0, 2)}`.replace(/^0+(?=\d)/, '');
  const rest = padded.slice(2);
  return `${negative ? '-' : ''}${whole}${rest ? `.${rest}` : ''}`;
}

/** A percentage format: a % that is not inside quotes nor escaped. */
const isPercentFormat = (fmt: string | undefined) => !!fmt && /%/.test(fmt.replace(/"[^"]*"/g, '').replace(/\\%/g, ''));

function numberText(v: number, numFmt: string | undefined): Cell {
  if (!Number.isFinite(v)) return { problem: problem('error_cell', { value: String(v) }) };
  if (Number.isInteger(v) && !Number.isSafeInteger(v)) return { problem: problem('unsafe_number') };
  const digits = String(v);
  // 1e-7 and the like: left as written, the amount or rate check rejects it with its value.
  if (/e/i.test(digits)) return { text: digits };
  return { text: isPercentFormat(numFmt) ? percentDigits(digits) : digits };
}

function valueText(v: ExcelJS.CellValue, numFmt: string | undefined): Cell {
  if (v === null || v === undefined) return { text: '' };
  if (typeof v === 'string') return { text: v };
  if (typeof v === 'number') return numberText(v, numFmt);
  if (typeof v === 'boolean') return { problem: problem('boolean_cell') };
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? { problem: problem('bad_date', { value: String(v) }) } : { text: v.toISOString().slice(0, 10) };
  if ('error' in v) return { problem: problem('error_cell', { value: String(v.error) }) };
  if ('richText' in v) return { text: v.richText.map((r) => r.text).join('') };
  if ('formula' in v || 'sharedFormula' in v) {
    const result = (v as { result?: ExcelJS.CellValue }).result;
    if (result === undefined || result === null) return { problem: problem('formula_without_value') };
    return valueText(result, numFmt);
  }
  if ('text' in v && typeof v.text === 'string') return { text: v.text };
  return { text: String(v as unknown) };
}

function readCell(cell: ExcelJS.Cell): Cell {
  const v = cell.value;
  // The number format only matters for numbers (and a formula's number); reading it costs a style lookup.
  const numeric = typeof v === 'number' || (v !== null && typeof v === 'object' && 'result' in v && typeof v.result === 'number');
  return valueText(v, numeric ? cell.numFmt : undefined);
}
