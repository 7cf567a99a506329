import type { StateCreator } from 'zustand';
import type { AppState } from '../../state/appState';
import { i18next, rememberLanguage, savedLanguage, type Language } from '../../i18n';
import type { AppInfo, Platform } from '../../platform/Platform';

export interface SettingsSlice {
  language: Language;
  platform: Platform | null;
  appInfo: AppInfo | null;
  storagePersisted: boolean | null;
  setLanguage: (language: Language) => Promise<void>;
  attachPlatform: (platform: Platform) => Promise<void>;
}

export const createSettingsSlice: StateCreator<AppState, [], [], SettingsSlice> = (set) => ({
  language: savedLanguage(),
  platform: null,
  appInfo: null,
  storagePersisted: null,
  setLanguage: async (language) => {
    await i18next.changeLanguage(language);
    rememberLanguage(language);
    document.documentElement.lang = language;
    set({ language });
  },
  attachPlatform: async (platform) => {
    set({ platform, appInfo: await platform.info() });
    // Without persistence the browser may evict the store under disk pressure, losing unsynced work.
    set({ storagePersisted: await platform.requestPersistentStorage().catch(() => false) });
  },
});
