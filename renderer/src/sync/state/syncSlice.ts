import type { StateCreator } from 'zustand';
import type { AppState } from '../../state/appState';
import type { SyncFailure } from '../failure';
import type { AppSyncEvent } from '../appSync';
import { sessionRuntime } from '../sessionRuntime';
import { clock } from '../../state/clock';

export type SyncPhase = 'off' | 'idle' | 'syncing' | 'offline' | 'failed' | 'sign_in_again';

export interface SyncView {
  phase: SyncPhase;
  lastError: (SyncFailure & { at: string }) | null;
  lastSuccessAt: string | null;
}

export interface SyncSlice {
  sync: SyncView;
  syncNow: () => Promise<void>;
  /** The sync loop reports here (sessionSlice wires it). */
  onSyncEvent: (event: AppSyncEvent) => void;
  resetSyncView: (lastSuccessAt: string | null) => void;
}

export const createSyncSlice: StateCreator<AppState, [], [], SyncSlice> = (set, get) => ({
  sync: { phase: 'off', lastError: null, lastSuccessAt: null },

  syncNow: async () => {
    const runtime = sessionRuntime();
    if (!runtime) return;
    await runtime.sync.syncNow();
  },

  onSyncEvent: (event) => {
    const at = clock.now().toISOString();
    switch (event.type) {
      case 'started':
        set((s) => ({ sync: { ...s.sync, phase: 'syncing' } }));
        return;
      case 'skipped_offline':
        set((s) => ({ sync: { ...s.sync, phase: 'offline' } }));
        return;
      case 'session_ended':
        if (event.problem === 'sign_in_again') set((s) => ({ sync: { ...s.sync, phase: 'sign_in_again' } }));
        else if (event.problem === 'wiped') void get().deviceWiped();
        else void get().deviceRevoked();
        return;
      case 'finished': {
        const run = event.run;
        if (run.ok) {
          set({ sync: { phase: 'idle', lastError: null, lastSuccessAt: at } });
          // Cases may have arrived or left: the list and the outbox figures follow.
          void get().reloadRows();
          void get().refreshOutbox();
          // The branch directory came with the sync: who cases can go to.
          void get().refreshStaff();
          // The open case too: a decision made elsewhere (an override, a plan) shows without reopening it.
          const open = get().caseWork?.caseId;
          if (open) void get().loadCaseWork(open);
        } else if ('error' in run) {
          if (run.error.code === 'network' && run.error.message === 'offline') set((s) => ({ sync: { ...s.sync, phase: 'offline' } }));
          else set((s) => ({ sync: { ...s.sync, phase: 'failed', lastError: { ...run.error, at } } }));
          void get().refreshOutbox();
        }
        return;
      }
    }
  },

  resetSyncView: (lastSuccessAt) => set({ sync: { phase: 'off', lastError: null, lastSuccessAt } }),
});
