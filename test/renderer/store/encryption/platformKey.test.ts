import { describe, expect, it, vi } from 'vitest';
import { createElectronPlatform, PlatformError } from '../../../../renderer/src/platform/electronPlatform';
import type { RecoveryDeskBridge } from '../../../../shared/ipc/bridge';

function bridge(answers: Record<string, () => unknown>) {
  const invoke = vi.fn(async (channel: string) => answers[channel]!());
  return { api: { invoke } as unknown as RecoveryDeskBridge, invoke };
}

describe('the Electron platform’s data key', () => {
  it('asks the main process once and keeps the key in memory; forgetting asks again next time', async () => {
    let n = 0;
    const { api, invoke } = bridge({
      'keys:dataKey': () => ({ ok: true, value: { key: new Uint8Array(32).fill(++n) } }),
      'keys:forget': () => ({ ok: true, value: { forgotten: true } }),
    });
    const platform = createElectronPlatform(api);
    const [a, b] = await Promise.all([platform.dataKey(), platform.dataKey()]);
    expect(a).toBe(b);
    expect(invoke.mock.calls.filter(([c]) => c === 'keys:dataKey')).toHaveLength(1);
    await platform.forgetDataKey();
    expect(invoke).toHaveBeenCalledWith('keys:forget', {});
    expect((await platform.dataKey())[0]).toBe(2);
    expect(platform.dataKeyProtection).toBe('os_key_store');
  });

  it('turns a refusal into an error with the main process’s code, and does not cache it', async () => {
    let available = false;
    const { api } = bridge({
      'keys:dataKey': () =>
        available ? { ok: true, value: { key: new Uint8Array(32) } } : { ok: false, error: { code: 'data_key_unavailable', message: 'no key store' } },
    });
    const platform = createElectronPlatform(api);
    await expect(platform.dataKey()).rejects.toEqual(expect.objectContaining({ code: 'data_key_unavailable' }));
    await expect(platform.dataKey()).rejects.toBeInstanceOf(PlatformError);
    available = true;
    expect(await platform.dataKey()).toHaveLength(32);
  });
});
