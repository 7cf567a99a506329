import type { StateCreator } from 'zustand';
import type { AppState } from './appState';

export type Screen = 'myDay' | 'cases' | 'caseDetail' | 'team' | 'approvals' | 'letters' | 'sync' | 'settings' | 'performance';

export interface NavigationSlice {
  screen: Screen;
  openCaseId: string | null;
  navigate: (screen: Exclude<Screen, 'caseDetail'>) => void;
  openCase: (caseId: string) => void;
  backToList: () => void;
}

export const createNavigationSlice: StateCreator<AppState, [], [], NavigationSlice> = (set) => ({
  screen: 'cases',
  openCaseId: null,
  navigate: (screen) => set({ screen, openCaseId: null }),
  openCase: (caseId) => set({ screen: 'caseDetail', openCaseId: caseId }),
  backToList: () => set({ screen: 'cases', openCaseId: null }),
});
