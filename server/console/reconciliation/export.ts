import ExcelJS from 'exceljs';
import { formatFen } from '../../../shared/domain/money';
import type { BankDeposit, FieldReceipt, MismatchReason, UnmatchedDepositReason } from '../../../shared/reconciliation/match';
import type { DayReport, Tally } from '../../../shared/reconciliation/report';
import { spreadsheetSafe } from '../../import/report';

/**
 * The day's reconciliation as a file for head office's records (docs/reconciliation.md): one line per receipt
 * or deposit with its result, headers in Chinese. CSV in UTF-8 with a BOM (Excel shows the Chinese), every cell
 * made safe to open (a leading = + - @ is not taken as a formula); XLSX adds sheets of totals per collector and
 * per branch. Amounts in yuan with two decimals, written from fen.
 */

const RESULT = { matched: '已匹配', mismatch: '不一致', unmatchedReceipt: '收据未存款', unmatchedDeposit: '存款未匹配', voided: '收据已作废' } as const;
const MISMATCH: Record<MismatchReason, string> = { amount_differs: '金额不符', before_receipt: '存款日期早于收款', after_lag: '超过允许的存款天数' };
const UNMATCHED: Record<UnmatchedDepositReason, string> = {
  no_receipt_number: '附言中没有收据编号',
  several_receipts: '附言中有多个收据编号',
  unknown_receipt: '总行没有该收据',
  voided_receipt: '收据已作废',
  already_paired: '该收据已有对应存款',
};
const STATE = { pending: '在允许天数内，待存款', overdue: '已超过允许天数' } as const;

export const DETAIL_HEADER = ['结果', '说明', '网点', '收款员', '收款员姓名', '收据编号', '收款日期', '收据金额（元）', '付款人', '案件', '存款日期', '存款金额（元）', '入账账号', '附言', '存款文件行'];

const yuan = (fen: number | undefined) => (fen === undefined ? '' : formatFen(fen, { symbol: false }));

function line(result: string, note: string, r: FieldReceipt | null, d: BankDeposit | null, branch: string | null): string[] {
  return [
    result, note, r?.branchCode ?? branch ?? '', r?.collectorId ?? '', r?.collectorName ?? '', r?.number ?? '', r?.receivedOn ?? '', yuan(r?.amountFen), r?.payerName ?? '', r?.caseId ?? '',
    d?.date ?? '', yuan(d?.amountFen), d?.account ?? '', d?.reference ?? '', d ? String(d.rowNumber) : '',
  ];
}

export function detailLines(report: DayReport): string[][] {
  return [
    ...report.mismatches.map((m) => line(RESULT.mismatch, m.reasons.map((x) => MISMATCH[x]).join('；'), m.receipt, m.deposit, null)),
    ...report.unmatchedReceipts.map((u) => line(RESULT.unmatchedReceipt, `${STATE[u.state]}（最晚 ${u.dueBy}）`, u.receipt, null, null)),
    ...report.unmatchedDeposits.map((u) => line(RESULT.unmatchedDeposit, UNMATCHED[u.reason], null, u.deposit, u.deposit.branchCode)),
    ...report.voided.map((v) => line(RESULT.voided, v.depositIds.length > 0 ? `有 ${v.depositIds.length} 笔存款指向此收据` : '', v.receipt, null, null)),
    ...report.matched.map((m) => line(RESULT.matched, '', m.receipt, m.deposit, null)),
  ];
}

const csvField = (value: string) => {
  const s = spreadsheetSafe(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};

export function reportCsv(report: DayReport): string {
  return `\uFEFF${[DETAIL_HEADER, ...detailLines(report)].map((l) => l.map(csvField).join(',')).join('\r\n')}\r\n`;
}

const TOTALS_HEADER = ['收据笔数', '收据金额（元）', '已匹配笔数', '已匹配金额（元）', '不一致笔数', '不一致金额（元）', '未存款笔数', '未存款金额（元）', '作废笔数', '作废金额（元）'];
const totalCells = (t: { receipts: Tally; matched: Tally; mismatched: Tally; unmatched: Tally; voided: Tally }) =>
  [t.receipts, t.matched, t.mismatched, t.unmatched, t.voided].flatMap((x) => [x.count, yuan(x.fen)]);

export async function reportXlsx(report: DayReport): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  const detail = book.addWorksheet('核对明细');
  // Text cells are written as strings: no cell is a formula, so nothing needs neutralising.
  detail.addRows([DETAIL_HEADER, ...detailLines(report)]);
  const collectors = book.addWorksheet('按收款员');
  collectors.addRows([['网点', '收款员', '收款员姓名', ...TOTALS_HEADER], ...report.byCollector.map((c) => [c.branchCode, c.collectorId, c.collectorName, ...totalCells(c)])]);
  const branches = book.addWorksheet('按网点');
  branches.addRows([
    ['网点', ...TOTALS_HEADER, '存款笔数', '存款金额（元）', '未匹配存款笔数', '未匹配存款金额（元）'],
    ...report.byBranch.map((b) => [b.branchCode ?? '（全行文件，未归属网点）', ...totalCells(b), b.deposits.count, yuan(b.deposits.fen), b.unmatchedDeposits.count, yuan(b.unmatchedDeposits.fen)]),
  ]);
  for (const sheet of [detail, collectors, branches]) {
    sheet.getRow(1).font = { bold: true };
    sheet.columns.forEach((c) => (c.width = 16));
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
