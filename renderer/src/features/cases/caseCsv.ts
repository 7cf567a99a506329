import Papa from 'papaparse';
import type { TFunction } from 'i18next';
import type { CaseRow } from '../../../../shared/domain/caseSummary';

/** Spreadsheet apps run cells that start with these as formulas; a leading quote makes them text. */
const FORMULA_START = /^[=+\-@\t\r]/;

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
    r.borrowerName,
    r.borrowerPhone ?? '',
    String(r.dpd),
    r.bucket,
    (r.totalFen / 100).toFixed(2),
    (r.principalFen / 100).toFixed(2),
    t(`product.${r.product}`),
    t(`caseStatus.${r.status}`),
    t(`classification.${r.classification}`),
    t(`risk.${r.risk}`),
    r.officerName ?? '',
    r.branchName,
  ]);
  // BOM so that Excel opens UTF-8 Chinese correctly.
  return '\uFEFF' + Papa.unparse([header, ...body].map((line) => line.map(neutralizeCell)));
}
