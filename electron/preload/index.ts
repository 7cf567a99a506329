import { contextBridge, ipcRenderer } from 'electron';
import type { RecoveryDeskBridge } from '../../shared/ipc/bridge';
import { isIpcChannel } from '../../shared/ipc/channels';
import { ipcErr } from '../../shared/ipc/result';

/**
 * The renderer's only door to the main process: `window.api.invoke(channel, payload)` for the channels
 * of the contract, nothing else (no ipcRenderer, no Node). Runs sandboxed, so it is bundled as one
 * CommonJS file and imports only the zod-free channel list. Payloads are validated in the main process,
 * which cannot trust anything the renderer side does.
 */
export const bridge: RecoveryDeskBridge = {
  invoke(channel, payload) {
    if (!isIpcChannel(channel)) {
      return Promise.resolve(ipcErr('unknown_channel', `Unknown channel: ${String(channel).slice(0, 100)}`));
    }
    // Errors are data: even a failure of IPC itself comes back as an envelope, never as a rejection.
    return ipcRenderer.invoke(channel, payload).catch(() => ipcErr('internal', 'The main process did not answer.'));
  },
};

contextBridge.exposeInMainWorld('api', bridge);
