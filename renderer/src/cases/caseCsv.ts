import Papa from 'papaparse';
import type { TFunction } from 'i18next';
import type { CaseRow } from '../../../shared/domain/caseSummary';
import { maskName } from '../../../shared/domain/masks';

/**
 * Spreadsheet apps run cells that start with these as formulas (also after leading spaces, which some
 * trim, and full-width ＝＋－＠, which some fold); a tab, CR or LF first can smuggle one in. A leading
 * quote makes the cell text.
 */
const FORMULA_START = /^[\s\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20]|^[\t\r\n]/;

export function neutralizeCell(value: string): string {
  return FORMULA_START.test(value) ? `'${value}` : value;
}

/** The shown rows as CSV, personal data masked (exports leave the device). Amounts in yuan with 2 decimals. */
export function caseRowsToCsv(rows: readonly CaseRow[], t: TFunction): string {
  const header = ['caseNumber', 'borrowerName', 'borrowerPhone', 'dpd', 'bucket', 'totalFen', 'principalFen', 'product', 'status', 'classification', 'risk', 'officerName', 'branchName'].map(
    (c) => t(`column.${c}`),
  );
  const body = rows.map((r) => [
    r.caseNumber,
    maskName(r.borrowerName),
    r.borrowerPhone ?? '',
    String(r.dpd),
    r.bucket,
    (r.totalFen / 100).toFixed(2),
    (r.principalFen / 100).toFixed(2),
    t(`product.${r.product}`),
    t(`caseStatus.${r.status}`),
    t(`classification.${r.classification}`),
    r.risk === null ? '' : t(`risk.${r.risk}`),
    r.officerName ?? '',
    r.branchName,
  ]);
  // BOM so that Excel opens UTF-8 Chinese correctly.
  return '\uFEFF' + Papa.unparse([header, ...body].map((line) => line.map(neutralizeCell)));
}
