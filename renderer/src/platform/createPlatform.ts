import type { Platform } from './Platform';
import { createBrowserPlatform } from './browserPlatform';
import { createElectronPlatform, hasElectronBridge } from './electronPlatform';

/** The one place that decides which platform the UI runs on. */
export function createPlatform(version: string): Platform {
  return hasElectronBridge() ? createElectronPlatform(window.api!) : createBrowserPlatform(version);
}
