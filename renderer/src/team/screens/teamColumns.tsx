import type { ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { TeamCounts, TeamRow } from '../../../../shared/team/teamFigures';
import { formatFen } from '../../ui/format';

/** A row of the table: a member's figures, or the totals (kind 'total'). */
export type TeamTableRow = (TeamRow & { total?: false }) | (TeamCounts & { total: true; key: 'total' });

/** The figure columns, in the order; each header says what is counted and over which period. */
const FIGURES: [keyof TeamCounts, string, 'count' | 'fen'][] = [
  ['cases', 'cases', 'count'],
  ['amountFen', 'amount', 'fen'],
  ['attemptsToday', 'attempts', 'count'],
  ['connectedToday', 'connected', 'count'],
  ['rightPartyToday', 'rightParty', 'count'],
  ['promisesDueToday', 'promisesDue', 'count'],
  ['promisesBrokenThisWeek', 'promisesBroken', 'count'],
  ['receiptsToday', 'receipts', 'count'],
  ['receiptsTodayFen', 'receiptsAmount', 'fen'],
  ['lettersToday', 'lettersToday', 'count'],
  ['lettersThisWeek', 'lettersWeek', 'count'],
  ['overridesThisWeek', 'overrides', 'count'],
  ['disputesOpen', 'disputes', 'count'],
  ['complaintsOpen', 'complaints', 'count'],
];

export interface TeamColumnMeta {
  numeric: boolean;
}

export function teamFigureColumns(t: TFunction): ColumnDef<TeamTableRow, unknown>[] {
  return FIGURES.map(([key, label, kind]) => ({
    id: key,
    header: () => t(`team.col.${label}`),
    cell: ({ row }) => (kind === 'fen' ? formatFen(row.original[key]) : String(row.original[key])),
    meta: { numeric: true } satisfies TeamColumnMeta,
  }));
}
