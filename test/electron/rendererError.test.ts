import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { ipcHandlers } from '../../electron/main/handlers';
import { rendererError } from '../../electron/main/handlers/rendererError';
import { dispatchIpc, type IpcContext } from '../../electron/main/ipc';
import { APP_ORIGIN } from '../../electron/main/origins';
import { resetFakeElectron, windowContents } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron').then((m) => m.electronModule));

const context = {} as IpcContext;

function eventFromOurWindow(): IpcMainInvokeEvent {
  return { sender: windowContents(), senderFrame: { url: `${APP_ORIGIN}/index.html`, parent: null } } as unknown as IpcMainInvokeEvent;
}

let logged: ReturnType<typeof vi.spyOn>;
beforeEach(() => {
  resetFakeElectron();
  logged = vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('log:rendererError', () => {
  it('writes where, the error and its stack frames to the main log', async () => {
    const stack = 'TypeError: x is undefined\n    at CaseListScreen (app://bundle/assets/index.js:10:5)\n    at renderWithHooks (app://bundle/assets/index.js:99:1)';
    await expect(rendererError({ where: 'screen:cases', name: 'TypeError', message: 'x is undefined', stack }, context)).resolves.toEqual({ logged: true });
    const line = String(logged.mock.calls[0]![0]);
    expect(line).toMatch(/^\[renderer\] error in screen:cases: TypeError: x is undefined/);
    expect(line).toContain('at CaseListScreen (app://bundle/assets/index.js:10:5)');
  });

  it('goes through the contract from our window', async () => {
    const result = await dispatchIpc('log:rendererError', eventFromOurWindow(), { where: 'app', name: 'Error', message: 'boom' }, {
      handlers: ipcHandlers,
      allowedOrigins: [APP_ORIGIN],
    });
    expect(result).toEqual({ ok: true, value: { logged: true } });
    expect(String(logged.mock.calls[0]![0])).toBe('[renderer] error in app: Error: boom');
  });

  it.each([
    { where: 'a place with spaces', name: 'Error', message: 'm' },
    { where: 'app', name: 'Error', message: 'm'.repeat(1001) },
    { where: 'app', name: 'Error', message: 'm', form: { name: '张三' } },
    { where: 'app', name: 'Error' },
  ])('refuses a report outside its bounds (%#)', async (payload) => {
    const result = await dispatchIpc('log:rendererError', eventFromOurWindow(), payload, { handlers: ipcHandlers, allowedOrigins: [APP_ORIGIN] });
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(logged).not.toHaveBeenCalled();
  });
});
