import { useMemo } from 'react';
import { flexRender, getCoreRowModel, useReactTable, type ColumnDef } from '@tanstack/react-table';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import type { TeamFigures, TeamRow } from '../../../../shared/team/teamFigures';
import { teamFigureColumns, type TeamColumnMeta, type TeamTableRow } from './teamColumns';
import { syncAge } from './syncAge';

export interface TeamTableProps {
  figures: TeamFigures;
  now: Date;
  onShowCases: (row: TeamRow) => void;
  onShowTimeline: (row: TeamRow) => void;
}

/** A row's person as the supervisor reads it. */
export const personName = (t: TFunction, r: TeamRow) => (r.kind === 'unassigned' ? t('team.unassigned') : (r.name ?? t('team.unknownName')));

/** The team table: one row per person (members, people not in the list, unassigned), then the totals. */
export function TeamTable({ figures, now, onShowCases, onShowTimeline }: TeamTableProps) {
  const { t, i18n } = useTranslation();

  const columns = useMemo<ColumnDef<TeamTableRow, unknown>[]>(
    () => [
      {
        id: 'name',
        header: () => t('team.col.name'),
        cell: ({ row: { original: r } }) =>
          r.total ? (
            <strong>{t('team.total')}</strong>
          ) : (
            <span>
              {personName(t, r)}
              {r.role && <span className="muted small"> · {t(`staffRole.${r.role}`)}</span>}
              {r.kind === 'former' && <span className="muted small"> · {t('team.former')}</span>}
            </span>
          ),
      },
      ...teamFigureColumns(t),
      {
        id: 'lastSync',
        header: () => t('team.col.lastSync'),
        cell: ({ row: { original: r } }) => (r.total || r.kind !== 'member' ? '' : syncAge(t, r.lastSyncAt, now)),
      },
      {
        id: 'actions',
        header: () => t('team.col.actions'),
        cell: ({ row: { original: r } }) =>
          r.total ? null : (
            <span className="row gap">
              <button className="small" onClick={() => onShowCases(r)} aria-label={t('team.openCasesOf', { name: personName(t, r) })} data-testid={`team-cases-${r.key || 'unassigned'}`}>
                {t('team.openCases')}
              </button>
              {r.kind !== 'unassigned' && (
                <button className="small" onClick={() => onShowTimeline(r)} aria-label={t('team.timelineOf', { name: personName(t, r) })} data-testid={`team-timeline-${r.key}`}>
                  {t('team.timeline')}
                </button>
              )}
            </span>
          ),
      },
    ],
    [t, i18n.language, now, onShowCases, onShowTimeline],
  );
  const data = useMemo<TeamTableRow[]>(() => [...figures.rows, { ...figures.totals, total: true, key: 'total' }], [figures]);
  const table = useReactTable({ data, columns, getCoreRowModel: getCoreRowModel(), getRowId: (r) => (r.total ? 'total' : `p-${r.key}`) });

  return (
    <div className="team-table-wrap">
      <table className="grid team-table" aria-label={t('team.tableLabel')} data-testid="team-table">
        <thead>
          {table.getHeaderGroups().map((g) => (
            <tr key={g.id}>
              {g.headers.map((h) => (
                <th key={h.id} scope="col" className={(h.column.columnDef.meta as TeamColumnMeta | undefined)?.numeric ? 'num' : undefined}>
                  {flexRender(h.column.columnDef.header, h.getContext())}
                </th>
              ))}
            </tr>
          ))}
        </thead>
        <tbody>
          {table.getRowModel().rows.map((row) => (
            <tr key={row.id} className={row.original.total ? 'team-total' : undefined} data-testid={row.original.total ? 'team-total' : `team-row-${row.original.key || 'unassigned'}`}>
              {row.getVisibleCells().map((cell) => (
                <td key={cell.id} data-col={cell.column.id} className={(cell.column.columnDef.meta as TeamColumnMeta | undefined)?.numeric ? 'num' : undefined}>
                  {flexRender(cell.column.columnDef.cell, cell.getContext())}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
