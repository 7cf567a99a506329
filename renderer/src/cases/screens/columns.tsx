import type { ColumnDef } from '@tanstack/react-table';
import type { TFunction } from 'i18next';
import type { CaseRow } from '../../../../shared/domain/caseSummary';
import { SORTABLE_COLUMNS, type SortableColumn } from '../../../../shared/domain/caseQuery';
import { formatFen } from '../../ui/format';
import type { SegmentId } from '../../../../shared/segments/ids';

export interface CaseColumnMeta {
  sortKey?: SortableColumn;
  numeric?: boolean;
  width: number;
}

/** Column ids equal the row fields (and the sort keys) so saved views and sorting speak one language. */
export function caseColumns(t: TFunction, segmentOf: ReadonlyMap<string, SegmentId> = NO_SEGMENTS): ColumnDef<CaseRow>[] {
  const col = (
    id: keyof CaseRow & string,
    width: number,
    cell: (r: CaseRow) => string | number,
    opts: { numeric?: boolean; sortable?: boolean } = {},
  ): ColumnDef<CaseRow> => ({
    id,
    header: () => t(`column.${id}`),
    accessorFn: (r) => r[id],
    cell: (ctx) => cell(ctx.row.original),
    meta: { sortKey: opts.sortable === false ? undefined : (id as SortableColumn), numeric: opts.numeric, width } satisfies CaseColumnMeta,
  });
  return [
    col('caseNumber', 170, (r) => r.caseNumber),
    col('borrowerName', 110, (r) => r.borrowerName),
    col('borrowerPhone', 130, (r) => r.borrowerPhone ?? '—', { sortable: false }),
    col('dpd', 90, (r) => r.dpd, { numeric: true }),
    col('bucket', 70, (r) => r.bucket),
    col('totalFen', 140, (r) => formatFen(r.totalFen), { numeric: true }),
    col('principalFen', 140, (r) => formatFen(r.principalFen), { numeric: true }),
    col('product', 100, (r) => t(`product.${r.product}`)),
    col('accountCount', 80, (r) => r.accountCount, { numeric: true }),
    col('status', 90, (r) => t(`caseStatus.${r.status}`)),
    col('classification', 100, (r) => t(`classification.${r.classification}`)),
    col('risk', 70, (r) => (r.risk === null ? '—' : t(`risk.${r.risk}`))),
    // Not a row field: worked out from the case's records for the rows in view (useCaseSegments); … until then.
    {
      id: 'segment',
      header: () => t('column.segment'),
      accessorFn: (r) => segmentOf.get(r.id) ?? null,
      cell: (ctx) => {
        const s = segmentOf.get(ctx.row.original.id);
        return s ? t(`customer.segment.${s}`) : '…';
      },
      meta: { width: 120 } satisfies CaseColumnMeta,
    },
    col('officerName', 100, (r) => r.officerName ?? t('detail.unassigned')),
    col('branchName', 150, (r) => r.branchName),
  ];
}

/** Every list column in display order: the sortable ones, with the (masked, unsortable) phone after the name and the segment after the risk. */
export const ALL_COLUMN_IDS = [...SORTABLE_COLUMNS.slice(0, 2), 'borrowerPhone', ...SORTABLE_COLUMNS.slice(2, 11), 'segment', ...SORTABLE_COLUMNS.slice(11)] as const;

const NO_SEGMENTS: ReadonlyMap<string, SegmentId> = new Map();
