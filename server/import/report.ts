import { importMessage, type ImportLanguage } from './messages';
import type { Rejection } from './rows';
import type { ClosingCase } from './closures';

/**
 * The reports an import writes next to the file: CSV in UTF-8 with a BOM (so Excel shows the Chinese), made
 * safe to open in a spreadsheet: a cell that starts with = + - @, a tab or a carriage return would be taken
 * as a formula (CSV injection), so it gets a leading apostrophe and is shown as the text it is.
 */

export function spreadsheetSafe(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

const csvField = (value: string) => {
  const s = spreadsheetSafe(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

/** Lines as CSV in UTF-8 with a BOM, every cell spreadsheet-safe: the reports and the extract templates. */
export const spreadsheetCsv = (lines: readonly (readonly string[])[]) => `\uFEFF${lines.map((l) => l.map(csvField).join(',')).join('\r\n')}\r\n`;

/** The report's header in its language: Chinese for the people who open it in Excel, English with --lang en. */
const REJECTION_HEADER: Record<ImportLanguage, readonly string[]> = {
  'zh-CN': ['行号', '客户号', '字段', '代码', '原因'],
  en: ['row', 'customer_no', 'field', 'code', 'reason'],
};

/** Rows as the import found them or as the imports table keeps them (the reason is made from the code). */
export type ReportedRejection = Pick<Rejection, 'row' | 'customerNo' | 'field' | 'code' | 'params'> & { reason?: string };

export function rejectionReportCsv(rejections: readonly ReportedRejection[], lang: ImportLanguage = 'zh-CN'): string {
  return spreadsheetCsv([REJECTION_HEADER[lang], ...rejections.map((r) => [String(r.row), r.customerNo, r.field, r.code, importMessage(r.code, r.params, lang)])]);
}

export function closureReportCsv(cases: readonly ClosingCase[]): string {
  return spreadsheetCsv([['case_id', 'case_number', 'customer_no', 'branch_code', 'officer_id', 'status'], ...cases.map((c) => [c.caseId, c.caseNumber, c.customerNo, c.branchCode, c.officerId ?? '', c.status])]);
}
