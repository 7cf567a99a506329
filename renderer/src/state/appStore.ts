import { create } from 'zustand';
import { createNavigationSlice, type NavigationSlice } from './navigationSlice';
import { createStoreSlice, type StoreSlice } from './storeSlice';
import { createListSlice, type ListSlice } from './listSlice';
import { createSettingsSlice, type SettingsSlice } from './settingsSlice';

export type AppState = NavigationSlice & StoreSlice & ListSlice & SettingsSlice;

/** One store, built from slices with named actions; components read state and call actions, nothing else. */
export const useAppStore = create<AppState>()((...a) => ({
  ...createNavigationSlice(...a),
  ...createStoreSlice(...a),
  ...createListSlice(...a),
  ...createSettingsSlice(...a),
}));
