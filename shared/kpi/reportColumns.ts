import { formatFen } from '../domain/money';
import { formatPercent, formatRatio, valueOf, type Fraction } from './fraction';
import type { ReportLine } from './report';

/**
 * The monthly report's columns, one list for both files: the XLSX writes each value as a number with a format
 * (yuan, percent) so the head of department can add and sort, the PDF prints it formatted. Same figures, same
 * order, same words (reportLabels.ts).
 */
export type ColumnKind = 'text' | 'count' | 'fen' | 'rate' | 'ratio';
export type CellValue = { kind: 'text'; text: string } | { kind: 'count'; n: number | null } | { kind: 'fen'; fen: number | null } | { kind: 'rate' | 'ratio'; f: Fraction | null };

export const REPORT_COLUMNS = [
  'name', 'cases', 'openingOverdue', 'closingOverdue', 'recovered', 'recoveryRate', 'target', 'progress',
  'cured', 'curedTarget', 'promisesKept', 'contactsPerCase', 'rightPartyRate', 'overrides', 'complaints', 'complaintsPer1000',
] as const;
export type ReportColumn = (typeof REPORT_COLUMNS)[number];

export function cellOf(line: ReportLine, column: ReportColumn, nameShown: string = line.name): CellValue {
  switch (column) {
    case 'name': return { kind: 'text', text: nameShown };
    case 'cases': return { kind: 'count', n: line.cases };
    case 'openingOverdue': return { kind: 'fen', fen: line.openingOverdueFen };
    case 'closingOverdue': return { kind: 'fen', fen: line.closingOverdueFen };
    case 'recovered': return { kind: 'fen', fen: line.recoveredFen };
    case 'recoveryRate': return { kind: 'rate', f: line.recoveryRate };
    case 'target': return { kind: 'fen', fen: line.targetFen };
    case 'progress': return { kind: 'rate', f: line.progress };
    case 'cured': return { kind: 'count', n: line.curedAccounts };
    case 'curedTarget': return { kind: 'count', n: line.curedTarget };
    case 'promisesKept': return { kind: 'rate', f: line.promisesKept };
    case 'contactsPerCase': return { kind: 'ratio', f: line.contactsPerCase };
    case 'rightPartyRate': return { kind: 'rate', f: line.rightPartyRate };
    case 'overrides': return { kind: 'count', n: line.overrides };
    case 'complaints': return { kind: 'count', n: line.complaints };
    case 'complaintsPer1000': return { kind: 'ratio', f: line.complaintsPer1000 };
  }
}

/** As printed (the PDF, the screen): "¥1,234.50", "12.35%", "3.25", "—" for nothing. */
export function formatCell(cell: CellValue): string {
  switch (cell.kind) {
    case 'text': return cell.text;
    case 'count': return cell.n === null ? '—' : String(cell.n);
    case 'fen': return cell.fen === null ? '—' : formatFen(cell.fen);
    case 'rate': return cell.f === null ? '—' : formatPercent(cell.f);
    case 'ratio': return cell.f === null ? '—' : formatRatio(cell.f);
  }
}

/** As a spreadsheet number: yuan for money, the plain fraction for a rate (formatted 0.00%), null for nothing. */
export function numberOfCell(cell: CellValue): string | number | null {
  switch (cell.kind) {
    case 'text': return cell.text;
    case 'count': return cell.n;
    case 'fen': return cell.fen === null ? null : cell.fen / 100;
    case 'rate':
    case 'ratio': return cell.f === null ? null : valueOf(cell.f);
  }
}
