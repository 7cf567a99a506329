import { z } from 'zod';
import { CaseStatusSchema, ClassificationSchema, ProductSchema, RiskSchema } from './case';
import { BUCKETS } from './buckets';
import type { CaseRow } from './caseSummary';

/** The case list's filters. Empty arrays and nulls mean "any". */
export const CaseListFiltersSchema = z.object({
  buckets: z.array(z.enum(BUCKETS)),
  dpdMin: z.number().int().nonnegative().nullable(),
  dpdMax: z.number().int().nonnegative().nullable(),
  amountMinFen: z.number().int().nonnegative().nullable(),
  amountMaxFen: z.number().int().nonnegative().nullable(),
  products: z.array(ProductSchema),
  statuses: z.array(CaseStatusSchema),
  classifications: z.array(ClassificationSchema),
  risks: z.array(RiskSchema),
  officerIds: z.array(z.string()),
});
export type CaseListFilters = z.infer<typeof CaseListFiltersSchema>;

export const EMPTY_FILTERS: CaseListFilters = {
  buckets: [],
  dpdMin: null,
  dpdMax: null,
  amountMinFen: null,
  amountMaxFen: null,
  products: [],
  statuses: [],
  classifications: [],
  risks: [],
  officerIds: [],
};

export const SORTABLE_COLUMNS = [
  'caseNumber',
  'borrowerName',
  'dpd',
  'bucket',
  'totalFen',
  'principalFen',
  'product',
  'accountCount',
  'status',
  'classification',
  'risk',
  'officerName',
  'branchName',
] as const;
export type SortableColumn = (typeof SORTABLE_COLUMNS)[number];

export const CaseSortSchema = z.object({
  column: z.enum(SORTABLE_COLUMNS),
  direction: z.enum(['asc', 'desc']),
});
export type CaseSort = z.infer<typeof CaseSortSchema>;

export interface CaseQuery {
  filters: CaseListFilters;
  search: string;
  sort: CaseSort;
}

const RISK_RANK = { low: 0, medium: 1, high: 2 } as const;

function matchesFilters(row: CaseRow, f: CaseListFilters): boolean {
  if (f.buckets.length > 0 && !f.buckets.includes(row.bucket)) return false;
  if (f.dpdMin !== null && row.dpd < f.dpdMin) return false;
  if (f.dpdMax !== null && row.dpd > f.dpdMax) return false;
  if (f.amountMinFen !== null && row.totalFen < f.amountMinFen) return false;
  if (f.amountMaxFen !== null && row.totalFen > f.amountMaxFen) return false;
  if (f.products.length > 0 && !row.products.some((p) => f.products.includes(p))) return false;
  if (f.statuses.length > 0 && !f.statuses.includes(row.status)) return false;
  if (f.classifications.length > 0 && !f.classifications.includes(row.classification)) return false;
  if (f.risks.length > 0 && !f.risks.includes(row.risk)) return false;
  if (f.officerIds.length > 0 && !f.officerIds.includes(row.officerId ?? '')) return false;
  return true;
}

/** Search by name, phone, ID-number tail, account, contract or case number; digits ignore separators. */
export function normalizeSearch(text: string): string {
  const q = text.trim().toLowerCase();
  return /^[\d\s-]+$/.test(q) ? q.replace(/[\s-]/g, '') : q;
}

type Key = (row: CaseRow) => number | string;
const collator = new Intl.Collator('zh-CN');

const SORT_KEYS: Record<SortableColumn, Key> = {
  caseNumber: (r) => r.caseNumber,
  borrowerName: (r) => r.borrowerName,
  dpd: (r) => r.dpd,
  bucket: (r) => r.bucketRank,
  totalFen: (r) => r.totalFen,
  principalFen: (r) => r.principalFen,
  product: (r) => r.product,
  accountCount: (r) => r.accountCount,
  status: (r) => r.status,
  classification: (r) => r.classificationRank,
  risk: (r) => RISK_RANK[r.risk],
  officerName: (r) => r.officerName ?? '',
  branchName: (r) => r.branchName,
};

/**
 * Filters, searches and sorts the list rows in memory: with every row already loaded this takes
 * milliseconds for 100,000 cases, far less than a round trip through IndexedDB indexes.
 * Ties keep a stable order by case number so the list never jumps.
 */
export function queryCaseRows(rows: readonly CaseRow[], query: CaseQuery): CaseRow[] {
  const q = normalizeSearch(query.search);
  const out = rows.filter((r) => matchesFilters(r, query.filters) && (q === '' || r.searchText.includes(q)));
  const key = SORT_KEYS[query.sort.column];
  const dir = query.sort.direction === 'asc' ? 1 : -1;
  // Precompute keys once: a comparator that re-derives them costs n log n calls.
  const keys = new Map<CaseRow, number | string>();
  for (const r of out) keys.set(r, key(r));
  const numeric = out.length > 0 && typeof keys.get(out[0]!) === 'number';
  out.sort((a, b) => {
    const ka = keys.get(a)!;
    const kb = keys.get(b)!;
    const c = numeric ? (ka as number) - (kb as number) : collator.compare(ka as string, kb as string);
    return c !== 0 ? c * dir : a.caseNumber < b.caseNumber ? -1 : a.caseNumber > b.caseNumber ? 1 : 0;
  });
  return out;
}

export interface RowsTotal {
  count: number;
  totalFen: number;
}

export function totalOfRows(rows: readonly CaseRow[]): RowsTotal {
  let totalFen = 0;
  for (const r of rows) totalFen += r.totalFen;
  return { count: rows.length, totalFen };
}
