import { useEffect, useMemo, useRef, type KeyboardEvent } from 'react';
import { flexRender, getCoreRowModel, useReactTable, type VisibilityState } from '@tanstack/react-table';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useTranslation } from 'react-i18next';
import type { CaseRow } from '../../../../shared/domain/caseSummary';
import { useAppStore } from '../../state/appStore';
import { caseColumns, type CaseColumnMeta } from './columns';
import type { SegmentId } from '../../../../shared/segments/ids';
import { useCaseSegments } from '../../customer/state/useCaseSegments';

const ROW_HEIGHT = 34;
const NO_IDS: readonly string[] = [];
/** The tick-box column, when rows can be selected (分案). */
const PICK_WIDTH = 36;

/** Ticked rows, by id; given only to roles that may act on a selection. */
export interface RowSelection {
  isSelected: (id: string) => boolean;
  toggle: (id: string) => void;
  /** Ticks or unticks every row shown. */
  setAll: (ids: readonly string[], on: boolean) => void;
}

/**
 * The virtualized case table. Rows arrive already filtered and sorted (queryCaseRows), so the table
 * only lays out columns and renders the few dozen rows in view, whatever the list's length.
 */
export function CaseTable({ rows, selection, segmentsKnown }: { rows: CaseRow[]; selection?: RowSelection; segmentsKnown?: ReadonlyMap<string, SegmentId> }) {
  const { t, i18n } = useTranslation();
  const sort = useAppStore((s) => s.sort);
  const sortBy = useAppStore((s) => s.sortBy);
  const hiddenColumns = useAppStore((s) => s.hiddenColumns);
  const activeRow = useAppStore((s) => s.activeRow);
  const setActiveRow = useAppStore((s) => s.setActiveRow);
  const openCase = useAppStore((s) => s.openCase);

  // The segment of the rows in view only (a portfolio's every case is read only while the segment filter is on).
  const segmentShown = !hiddenColumns.includes('segment');
  const columnVisibility = useMemo<VisibilityState>(() => Object.fromEntries(hiddenColumns.map((c) => [c, false])), [hiddenColumns]);

  const scrollRef = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({
    count: rows.length,
    getScrollElement: () => scrollRef.current,
    estimateSize: () => ROW_HEIGHT,
    overscan: 12,
  });
  const items = virtualizer.getVirtualItems();
  const firstIndex = items[0]?.index ?? 0;
  // The table model gets only the rows in view: building row objects for 100,000 cases on every
  // sort would cost more than the sort itself.
  const windowRows = useMemo(() => rows.slice(firstIndex, firstIndex + items.length), [rows, firstIndex, items.length]);
  const inView = useCaseSegments(segmentShown ? windowRows.map((r) => r.id) : NO_IDS);
  const segmentOf = useMemo(() => (segmentsKnown && segmentsKnown.size > 0 ? new Map([...inView, ...segmentsKnown]) : inView), [inView, segmentsKnown]);
  const columns = useMemo(() => caseColumns(t, segmentOf), [t, i18n.language, segmentOf]);

  const table = useReactTable({
    data: windowRows,
    columns,
    state: { columnVisibility },
    getCoreRowModel: getCoreRowModel(),
    manualSorting: true,
    getRowId: (r) => r.id,
  });
  const tableRows = table.getRowModel().rows;
  const visibleColumns = table.getVisibleLeafColumns();
  const width = visibleColumns.reduce((w, c) => w + (c.columnDef.meta as CaseColumnMeta).width, 0) + (selection ? PICK_WIDTH : 0);
  const allTicked = selection !== undefined && rows.length > 0 && rows.every((r) => selection.isSelected(r.id));

  // Marks for the benchmark (bench/cases): when the first rows are on screen.
  useEffect(() => {
    if (rows.length > 0 && performance.getEntriesByName('rd:list-visible').length === 0)
      requestAnimationFrame(() => performance.mark('rd:list-visible'));
  }, [rows.length]);

  useEffect(() => {
    if (rows.length > 0) virtualizer.scrollToIndex(Math.min(activeRow, rows.length - 1));
  }, [activeRow, rows.length, virtualizer]);

  const onKeyDown = (e: KeyboardEvent<HTMLDivElement>) => {
    const last = rows.length - 1;
    if (last < 0) return;
    const page = Math.max(1, Math.floor((scrollRef.current?.clientHeight ?? 400) / ROW_HEIGHT) - 1);
    const moves: Record<string, number> = {
      ArrowDown: activeRow + 1,
      ArrowUp: activeRow - 1,
      PageDown: activeRow + page,
      PageUp: activeRow - page,
      Home: 0,
      End: last,
    };
    if (e.key in moves) {
      e.preventDefault();
      setActiveRow(Math.max(0, Math.min(last, moves[e.key]!)));
    } else if (e.key === 'Enter') {
      e.preventDefault();
      const row = rows[activeRow];
      if (row) openCase(row.id);
    }
  };

  return (
    <div
      className="case-table"
      ref={scrollRef}
      tabIndex={0}
      role="grid"
      aria-rowcount={rows.length + 1}
      aria-activedescendant={rows[activeRow] ? `case-row-${rows[activeRow]!.id}` : undefined}
      onKeyDown={onKeyDown}
      aria-keyshortcuts="ArrowUp ArrowDown PageUp PageDown Home End Enter"
      data-testid="case-table"
    >
      <div className="thead" role="row" style={{ width }}>
        {selection && (
          <div role="columnheader" className="th pick">
            <input type="checkbox" checked={allTicked} aria-label={t('assignment.selectShown')} onChange={(e) => selection.setAll(rows.map((r) => r.id), e.target.checked)} data-testid="select-shown" />
          </div>
        )}
        {table.getHeaderGroups()[0]!.headers.map((header) => {
          const meta = header.column.columnDef.meta as CaseColumnMeta;
          const sorted = meta.sortKey && sort.column === meta.sortKey ? sort.direction : null;
          return (
            <div
              key={header.id}
              role="columnheader"
              aria-sort={sorted === 'asc' ? 'ascending' : sorted === 'desc' ? 'descending' : 'none'}
              className={`th${meta.numeric ? ' num' : ''}`}
              style={{ width: meta.width }}
            >
              {meta.sortKey ? (
                <button className="sort" onClick={() => sortBy(meta.sortKey!)} data-column={header.id}>
                  {flexRender(header.column.columnDef.header, header.getContext())}
                  <span className="sort-mark" aria-hidden="true">
                    {sorted === 'asc' ? '▲' : sorted === 'desc' ? '▼' : ''}
                  </span>
                </button>
              ) : (
                flexRender(header.column.columnDef.header, header.getContext())
              )}
            </div>
          );
        })}
      </div>
      <div className="tbody" style={{ height: virtualizer.getTotalSize(), width }}>
        {items.map((item, i) => {
          const row = tableRows[i];
          if (!row) return null;
          return (
            <div
              key={row.id}
              id={`case-row-${row.id}`}
              role="row"
              aria-rowindex={item.index + 2}
              aria-selected={item.index === activeRow}
              className={item.index === activeRow ? 'tr active' : 'tr'}
              style={{ transform: `translateY(${item.start}px)`, height: ROW_HEIGHT }}
              onClick={() => setActiveRow(item.index)}
              onDoubleClick={() => openCase(row.original.id)}
              data-case-id={row.original.id}
            >
              {selection && (
                <div role="gridcell" className="td pick" onClick={(e) => e.stopPropagation()}>
                  <input type="checkbox" checked={selection.isSelected(row.original.id)} aria-label={t('assignment.selectRow', { caseNumber: row.original.caseNumber })} onChange={() => selection.toggle(row.original.id)} data-testid="select-row" />
                </div>
              )}
              {row.getVisibleCells().map((cell) => {
                const meta = cell.column.columnDef.meta as CaseColumnMeta;
                return (
                  <div key={cell.id} role="gridcell" className={`td${meta.numeric ? ' num' : ''}`} style={{ width: meta.width }} data-column={cell.column.id}>
                    {cell.column.id === 'caseNumber' ? (
                      <button className="link" onClick={() => openCase(row.original.id)}>
                        {flexRender(cell.column.columnDef.cell, cell.getContext())}
                      </button>
                    ) : (
                      flexRender(cell.column.columnDef.cell, cell.getContext())
                    )}
                  </div>
                );
              })}
            </div>
          );
        })}
      </div>
    </div>
  );
}
