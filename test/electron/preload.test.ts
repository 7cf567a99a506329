import { beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RecoveryDeskBridge } from '../../shared/ipc/bridge';
import { IPC_CHANNELS } from '../../shared/ipc/contract';
import { fakeElectron } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron').then((m) => m.electronModule));

let exposed: Array<[string, unknown]>;
let api: RecoveryDeskBridge;

beforeAll(async () => {
  await import('../../electron/preload/index');
  exposed = fakeElectron.contextBridge.exposeInMainWorld.mock.calls as Array<[string, unknown]>;
  api = exposed[0]![1] as RecoveryDeskBridge;
});
beforeEach(() => fakeElectron.ipcRenderer.invoke.mockReset());

describe('the preload bridge', () => {
  it('exposes one object, window.api, with nothing but invoke', () => {
    expect(exposed.map(([key]) => key)).toEqual(['api']);
    expect(Object.keys(api)).toEqual(['invoke']);
  });

  it.each([...IPC_CHANNELS])('passes %s through to the main process', async (channel) => {
    fakeElectron.ipcRenderer.invoke.mockResolvedValueOnce({ ok: true, value: 'answer' });
    const payload = { any: 'payload' };
    expect(await api.invoke(channel, payload as never)).toEqual({ ok: true, value: 'answer' });
    expect(fakeElectron.ipcRenderer.invoke).toHaveBeenCalledWith(channel, payload);
  });

  it.each(['fs:readFile', 'shell:openExternal', '__proto__', 'constructor', 'toString', '', 42, null])(
    'refuses channel %s without calling ipcRenderer',
    async (channel) => {
      const result = await api.invoke(channel as never, {} as never);
      expect(result).toMatchObject({ ok: false, error: { code: 'unknown_channel' } });
      expect(fakeElectron.ipcRenderer.invoke).not.toHaveBeenCalled();
    },
  );

  it('turns a failed IPC call into an error envelope instead of a rejection', async () => {
    fakeElectron.ipcRenderer.invoke.mockRejectedValueOnce(new Error('No handler registered'));
    expect(await api.invoke('app:info', {})).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
