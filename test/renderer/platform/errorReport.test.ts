import { describe, expect, it, vi } from 'vitest';
import { createElectronPlatform } from '../../../renderer/src/platform/electronPlatform';
import { errorLogEntry } from '../../../renderer/src/platform/errorReport';
import { ipcContract } from '../../../shared/ipc/contract';
import type { RecoveryDeskBridge } from '../../../shared/ipc/bridge';

describe('error reports for the log', () => {
  it('carry where, the name, message and stack of an Error, within the channel bounds', () => {
    const error = new RangeError('x'.repeat(5000));
    const entry = errorLogEntry({ where: 'screen:case detail', error });
    expect(entry.where).toBe('screen:case_detail');
    expect(entry.name).toBe('RangeError');
    expect(entry.message.length).toBe(1000);
    expect(ipcContract['log:rendererError'].request.safeParse(entry).success).toBe(true);
  });

  it('a thrown non-Error is reported by its type only, never its contents', () => {
    const entry = errorLogEntry({ where: 'app', error: { borrower: '张三', phone: '13812345678' } });
    expect(entry).toEqual({ where: 'app', name: 'NonError', message: 'a thrown object' });
  });

  it('the Electron platform sends it on log:rendererError and does not throw when refused', async () => {
    const invoke = vi.fn(async () => ({ ok: true as const, value: { logged: true } }));
    const platform = createElectronPlatform({ invoke } as unknown as RecoveryDeskBridge);
    await platform.reportError({ where: 'screen:letters', error: new Error('boom') });
    expect(invoke).toHaveBeenCalledWith('log:rendererError', expect.objectContaining({ where: 'screen:letters', name: 'Error', message: 'boom' }));

    const refused = vi.fn(async () => ({ ok: false as const, error: { code: 'bad_request' as const, message: 'no' } }));
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(createElectronPlatform({ invoke: refused } as unknown as RecoveryDeskBridge).reportError({ where: 'app', error: 1 })).resolves.toBeUndefined();
    quiet.mockRestore();
  });
});
