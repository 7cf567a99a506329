import type { StateCreator } from 'zustand';
import type { AppState } from './appState';
import type { DataSource } from '../store/database';
import { loadPublishedConfig } from '../config/configInForce';
import { openStore, deleteDemoStore, type Store, type StoreOpenFailure } from '../store/openStore';
import type { StoreProvenance } from '../store/metaRepository';
import type { CaseRow } from '../../../shared/domain/caseSummary';
import { WorkRepository } from '../fieldwork/repository/workRepository';
import { LetterRepository } from '../letters/repository/letterRepository';
import { readSyncStatus, type SyncStatus } from '../sync/repository/syncStatus';
import { districtsOf } from '../assignment/repository/assignments';
import { TeamRepository } from '../team/repository/teamRepository';
import { KpiRepository } from '../kpi/repository/kpiRepository';
import { readEvidenceRun, type EvidenceRun } from '../sync/evidence/evidenceState';
import { evidenceKeepDays, setEvidenceKeepDays } from '../sync/evidence/housekeeping';

/** What screens read beyond the case list, with the open store bound: components never hold the database. */
export interface Reads {
  work: WorkRepository;
  letters: LetterRepository;
  syncStatus: () => Promise<SyncStatus>;
  /** The borrower's district of each case (分案 within districts). */
  districts: (caseIds: readonly string[]) => Promise<Map<string, string>>;
  team: TeamRepository;
  /** The performance screens (业绩): KPI input and targets. */
  kpi: KpiRepository;
  /** The last evidence upload (sync/evidence): what reached head office, what it refused. */
  evidenceRun: () => Promise<EvidenceRun | null>;
  /** How long this device keeps evidence head office holds (a device preference, not a record). */
  evidenceKeepDays: { get: () => Promise<number>; set: (days: number) => Promise<void> };
}

const readsByStore = new WeakMap<Store, Reads>();

/**
 * The reads of the open store, derived from it (so a closed or wiped store never leaves stale reads behind),
 * one object per store (a stable value for React's dependency lists): `useAppStore(selectReads)`.
 */
export function selectReads(state: { store: Store | null }): Reads | null {
  const store = state.store;
  if (!store) return null;
  let reads = readsByStore.get(store);
  if (!reads) {
    reads = {
      work: new WorkRepository(store.db),
      letters: new LetterRepository(store.db),
      syncStatus: () => readSyncStatus(store.db),
      districts: (ids) => districtsOf(store.db, ids),
      team: new TeamRepository(store.db),
      kpi: new KpiRepository(store.db),
      evidenceRun: () => readEvidenceRun(store.db),
      evidenceKeepDays: { get: () => evidenceKeepDays(store.db), set: (days) => setEvidenceKeepDays(store.db, days) },
    };
    readsByStore.set(store, reads);
  }
  return reads;
}

const SOURCE_KEY = 'recovery-desk.dataSource';
export const DEMO_SEED = 20261123;
const PREVIEW_ROWS = 200;

export function rememberedSource(): DataSource {
  return globalThis.localStorage?.getItem(SOURCE_KEY) === 'demo' ? 'demo' : 'live';
}

export interface DemoProgress {
  done: number;
  total: number;
}

export interface StoreSlice {
  storeStatus: 'opening' | 'ready' | 'failed';
  storeFailure: { failure: StoreOpenFailure; detail: string } | null;
  store: Store | null;
  source: DataSource;
  provenance: StoreProvenance | null;
  rows: CaseRow[];
  /** Some rows are on screen (possibly only the first page). */
  rowsLoaded: boolean;
  /** Every row is loaded: filters, search, sort and totals are meaningful. */
  rowsComplete: boolean;
  demoProgress: DemoProgress | null;
  openDataSource: (source: DataSource) => Promise<void>;
  reloadRows: () => Promise<void>;
  /** Replaces one case's list row after a change to that case. */
  refreshRow: (caseId: string) => Promise<void>;
  loadDemo: (count: number, snapshotDate: string) => Promise<void>;
  clearDemo: () => Promise<void>;
}

export const createStoreSlice: StateCreator<AppState, [], [], StoreSlice> = (set, get) => ({
  storeStatus: 'opening',
  storeFailure: null,
  store: null,
  source: rememberedSource(),
  provenance: null,
  rows: [],
  rowsLoaded: false,
  rowsComplete: false,
  demoProgress: null,

  openDataSource: async (source) => {
    get().store?.close();
    set({ storeStatus: 'opening', storeFailure: null, store: null, source, rows: [], rowsLoaded: false, rowsComplete: false, provenance: null });
    const result = await openStore(source);
    if (!result.ok) {
      set({ storeStatus: 'failed', storeFailure: { failure: result.failure, detail: result.detail } });
      return;
    }
    globalThis.localStorage?.setItem(SOURCE_KEY, source);
    performance.mark('rd:store-open');
    set({ storeStatus: 'ready', store: result.store, provenance: await result.store.meta.provenance() });
    await Promise.all([get().reloadRows(), get().loadSavedViews(), get().loadDevice(), loadPublishedConfig(result.store.db)]);
  },

  reloadRows: async () => {
    const store = get().store;
    if (!store) return;
    if (!get().rowsLoaded) {
      // Reading 100,000 rows takes about a second; show the most overdue cases (the default order) first.
      const first = await store.cases.mostOverdueRows(PREVIEW_ROWS);
      if (get().store === store && !get().rowsComplete) set({ rows: first, rowsLoaded: true });
    }
    const rows = await store.cases.listRows();
    if (get().store !== store) return;
    set({ rows, rowsLoaded: true, rowsComplete: true });
    requestAnimationFrame(() => performance.mark('rd:list-complete'));
  },

  refreshRow: async (caseId) => {
    const store = get().store;
    if (!store) return;
    const row = await store.cases.row(caseId);
    if (!row || get().store !== store) return;
    set((s) => ({ rows: s.rows.map((r) => (r.id === caseId ? row : r)) }));
  },

  loadDemo: async (count, snapshotDate) => {
    if (get().source !== 'demo') await get().openDataSource('demo');
    const store = get().store;
    if (!store) return;
    set({ demoProgress: { done: 0, total: count } });
    try {
      // The portfolio generator is only for this button: it loads now, not with the first chunk (issue 18 §4).
      const { loadDemoPortfolio } = await import('../demo/repository/demoLoader');
      performance.mark('rd:demo-load-start');
      await loadDemoPortfolio(store, {
        seed: DEMO_SEED,
        count,
        snapshotDate,
        onProgress: (done, total) => set({ demoProgress: { done, total } }),
      });
      performance.mark('rd:demo-load-end');
      set({ provenance: await store.meta.provenance() });
      await get().reloadRows();
    } finally {
      set({ demoProgress: null });
    }
  },

  clearDemo: async () => {
    if (get().source === 'demo') get().store?.close();
    await deleteDemoStore();
    await get().openDataSource('live');
  },
});
