import { afterEach, describe, expect, it, vi } from 'vitest';
import { appInfo } from '../../electron/main/handlers/appInfo';
import { ipcContract } from '../../shared/ipc/contract';

vi.mock('electron', () => import('./fakeElectron').then((m) => m.electronModule));

const ENV = 'RECOVERY_DESK_HEAD_OFFICE_URL';
const ask = () => appInfo({} as never, {} as never);

afterEach(() => {
  delete process.env[ENV];
  vi.restoreAllMocks();
});

describe('app:info', () => {
  it('tells the renderer the head office `npm start` set, tidied, and passes the contract', async () => {
    process.env[ENV] = 'http://127.0.0.1:8787/';
    const info = await ask();
    expect(info).toEqual({ kind: 'electron', version: '0.1.0', os: process.platform, headOfficeUrl: 'http://127.0.0.1:8787' });
    expect(ipcContract['app:info'].response.safeParse(info).success).toBe(true);
  });

  it('says null when none is set or it is empty', async () => {
    expect((await ask()).headOfficeUrl).toBeNull();
    process.env[ENV] = '';
    expect((await ask()).headOfficeUrl).toBeNull();
  });

  it('ignores an address that is not http(s), with a warning', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {});
    process.env[ENV] = 'file:///etc/passwd';
    const info = await ask();
    expect(info.headOfficeUrl).toBeNull();
    expect(ipcContract['app:info'].response.safeParse(info).success).toBe(true);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining(ENV));
  });
});
