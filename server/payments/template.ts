import { demoExtract, todayInShanghai } from '../import/demoPortfolio';
import { spreadsheetCsv } from '../import/report';
import { PAYMENT_OPTIONAL_COLUMNS, PAYMENT_REQUIRED_COLUMNS } from './rows';

/**
 * The repayment extract's template (还款导入 → 下载模板, docs/import-format.md "Repayment extract"): every column,
 * the required ones first, and one example repayment of today on the first account of the demo portfolio's first
 * customer, so on the demo head office the template is a file the import takes (test/server/console/payments.test.ts).
 */
export function paymentsTemplateCsv(now: Date): string {
  const header = [...PAYMENT_REQUIRED_COLUMNS, ...PAYMENT_OPTIONAL_COLUMNS];
  const account = demoExtract({ cases: 1, now }).rows[0]!.cells;
  const today = todayInShanghai(now);
  const example: Record<(typeof header)[number], string> = {
    transaction_ref: `TX${today.replaceAll('-', '')}000001`,
    account_number: account.account_number ?? '',
    amount: '1000.00',
    value_date: today,
    customer_no: account.customer_no ?? '',
    channel: '柜面',
  };
  return spreadsheetCsv([header, header.map((column) => example[column])]);
}
