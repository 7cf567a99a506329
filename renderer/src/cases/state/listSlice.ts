import type { StateCreator } from 'zustand';
import type { AppState } from '../../state/appState';
import { EMPTY_FILTERS, type CaseListFilters, type CaseSort, type SortableColumn } from '../../../../shared/domain/caseQuery';
import type { SavedView } from '../../store/savedView';

export interface ListSlice {
  filters: CaseListFilters;
  search: string;
  sort: CaseSort;
  hiddenColumns: string[];
  savedViews: SavedView[];
  /** Bumped when filters are replaced wholesale (clear, saved view), so inputs show the new values. */
  filtersEpoch: number;
  /** Index of the keyboard-focused row in the visible list. */
  activeRow: number;
  setFilter: <K extends keyof CaseListFilters>(key: K, value: CaseListFilters[K]) => void;
  clearFilters: () => void;
  setSearch: (search: string) => void;
  sortBy: (column: SortableColumn) => void;
  toggleColumn: (column: string) => void;
  setActiveRow: (index: number) => void;
  loadSavedViews: () => Promise<void>;
  saveView: (name: string) => Promise<void>;
  applyView: (id: string) => void;
  deleteView: (id: string) => Promise<void>;
}

/** Columns a collector expects first: money and delinquency sort descending. */
const DESCENDING_FIRST: ReadonlySet<SortableColumn> = new Set(['dpd', 'bucket', 'totalFen', 'principalFen', 'classification', 'risk', 'accountCount']);

export const createListSlice: StateCreator<AppState, [], [], ListSlice> = (set, get) => ({
  filters: EMPTY_FILTERS,
  search: '',
  sort: { column: 'dpd', direction: 'desc' },
  hiddenColumns: ['principalFen', 'branchName', 'accountCount'],
  savedViews: [],
  filtersEpoch: 0,
  activeRow: 0,

  setFilter: (key, value) => set((s) => ({ filters: { ...s.filters, [key]: value }, activeRow: 0 })),
  clearFilters: () => set((s) => ({ filters: EMPTY_FILTERS, search: '', activeRow: 0, filtersEpoch: s.filtersEpoch + 1 })),
  setSearch: (search) => set({ search, activeRow: 0 }),
  sortBy: (column) =>
    set((s) => ({
      sort:
        s.sort.column === column
          ? { column, direction: s.sort.direction === 'asc' ? 'desc' : 'asc' }
          : { column, direction: DESCENDING_FIRST.has(column) ? 'desc' : 'asc' },
      activeRow: 0,
    })),
  toggleColumn: (column) =>
    set((s) => ({
      hiddenColumns: s.hiddenColumns.includes(column) ? s.hiddenColumns.filter((c) => c !== column) : [...s.hiddenColumns, column],
    })),
  setActiveRow: (activeRow) => set({ activeRow }),

  loadSavedViews: async () => {
    const store = get().store;
    set({ savedViews: store ? await store.savedViews.list() : [] });
  },
  saveView: async (name) => {
    const store = get().store;
    if (!store) return;
    const { filters, search, sort, hiddenColumns } = get();
    await store.savedViews.save({ id: crypto.randomUUID(), name, filters, search, sort, hiddenColumns, createdAt: new Date().toISOString() });
    await get().loadSavedViews();
  },
  applyView: (id) => {
    const view = get().savedViews.find((v) => v.id === id);
    if (view)
      set((s) => ({ filters: view.filters, search: view.search, sort: view.sort, hiddenColumns: view.hiddenColumns, activeRow: 0, filtersEpoch: s.filtersEpoch + 1 }));
  },
  deleteView: async (id) => {
    await get().store?.savedViews.remove(id);
    await get().loadSavedViews();
  },
});
