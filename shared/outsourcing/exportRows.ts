import type { Case } from '../domain/case';
import { formatFen, sumFen, totalOfAmounts } from '../domain/money';
import { maskIdNumber, maskName, maskPhone } from '../domain/masks';
import { EXPORT_FIELD_NAMES, EXPORT_FIELDS, type ExportField } from './agency';

/**
 * The rows of an export to an agency (docs/domain.md, "Outsourcing"): only the columns its contract allows,
 * maskable ones masked unless the contract lets them out whole. Pure: head office reads the cases and writes
 * the file; what goes out is decided here, once.
 */

/** Column headers in Chinese (the agency's staff read them), in EXPORT_FIELDS order. */
export const EXPORT_HEADERS: Readonly<Record<ExportField, string>> = {
  caseNumber: '案件编号',
  debtorName: '借款人姓名',
  idNumber: '证件号码',
  phones: '联系电话',
  addresses: '联系地址',
  product: '产品',
  contractNumber: '合同编号',
  outstanding: '欠款金额（元）',
  dpd: '逾期天数',
  overdueSince: '逾期起始日',
};

const PRODUCT_NAMES: Readonly<Record<string, string>> = { credit_card: '信用卡', consumer_loan: '消费贷款', business_loan: '经营贷款', mortgage: '住房按揭' };

export interface ExportContract {
  exportFields: readonly ExportField[];
  unmasked: readonly ExportField[];
}

/** The columns an export carries, in the fixed order (not the order the contract lists them). */
export const exportColumns = (contract: ExportContract): ExportField[] => EXPORT_FIELD_NAMES.filter((f) => contract.exportFields.includes(f));

/** Whether a column goes out masked under this contract. */
export const isMasked = (contract: ExportContract, field: ExportField): boolean => EXPORT_FIELDS[field].maskable && !contract.unmasked.includes(field);

function cellOf(c: Case, field: ExportField, masked: boolean): string {
  const borrower = c.parties.find((p) => p.role === 'borrower') ?? c.parties[0]!;
  const phones = borrower.phones.filter((p) => p.retiredAt === null);
  const addresses = borrower.addresses.filter((a) => a.retiredAt === null);
  switch (field) {
    case 'caseNumber':
      return c.caseNumber;
    case 'debtorName':
      return masked ? maskName(borrower.name) : borrower.name;
    case 'idNumber':
      return masked ? maskIdNumber(borrower.idNumber) : borrower.idNumber;
    case 'phones':
      return phones.map((p) => (masked ? maskPhone(p.number) : p.number)).join('；');
    case 'addresses':
      // Masked: the city and district only (enough to plan a visit's area, not to find the door).
      return addresses.map((a) => (masked ? `${a.province}${a.city}${a.district}` : `${a.province}${a.city}${a.district}${a.line}`)).join('；');
    case 'product':
      return [...new Set(c.accounts.map((a) => PRODUCT_NAMES[a.product] ?? a.product))].join('、');
    case 'contractNumber':
      return c.accounts.map((a) => a.contractNumber).join('、');
    case 'outstanding':
      return formatFen(sumFen(c.accounts.map((a) => totalOfAmounts(a.amounts))), { symbol: false });
    case 'dpd':
      return String(Math.max(...c.accounts.map((a) => a.dpd)));
    case 'overdueSince': {
      const days = c.accounts.map((a) => a.overdueSince).filter((d): d is string => d !== null).sort();
      return days[0] ?? '';
    }
  }
}

/** The header row and one row per case, every cell text. */
export function exportTable(cases: readonly Case[], contract: ExportContract): { header: string[]; rows: string[][]; columns: ExportField[] } {
  const columns = exportColumns(contract);
  return {
    columns,
    header: columns.map((f) => EXPORT_HEADERS[f]),
    rows: cases.map((c) => columns.map((f) => cellOf(c, f, isMasked(contract, f)))),
  };
}
