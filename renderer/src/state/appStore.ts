import { create } from 'zustand';
import { createNavigationSlice, type NavigationSlice } from './navigationSlice';
import { createStoreSlice, type StoreSlice } from './storeSlice';
import { createListSlice, type ListSlice } from '../cases/state/listSlice';
import { createSettingsSlice, type SettingsSlice } from '../settings/state/settingsSlice';
import { createOperatorSlice, type OperatorSlice } from '../session/state/operatorSlice';
import { createFieldworkSlice, type FieldworkSlice } from '../fieldwork/state/fieldworkSlice';
import { createSessionSlice, type SessionSlice } from '../session/state/sessionSlice';
import { createSyncSlice, type SyncSlice } from '../sync/state/syncSlice';
import type { AppState } from './appState';

export type { AppState };

declare module './appState' {
  /** The store is these slices; a slice added here is a slice every other slice's `get()` sees. */
  interface AppState extends NavigationSlice, StoreSlice, ListSlice, SettingsSlice, OperatorSlice, FieldworkSlice, SessionSlice, SyncSlice {}
}

/** One store, built from slices with named actions; components read state and call actions, nothing else. */
export const useAppStore = create<AppState>()((...a) => ({
  ...createNavigationSlice(...a),
  ...createStoreSlice(...a),
  ...createListSlice(...a),
  ...createSettingsSlice(...a),
  ...createOperatorSlice(...a),
  ...createFieldworkSlice(...a),
  ...createSessionSlice(...a),
  ...createSyncSlice(...a),
}));
