import { describe, expect, it, vi } from 'vitest';
import { createElectronPlatform, PlatformError } from '../../../renderer/src/platform/electronPlatform';
import type { RecoveryDeskBridge } from '../../../shared/ipc/bridge';

describe('Electron platform', () => {
  it('calls the bridge with the contract channel and unwraps the result', async () => {
    const invoke = vi.fn(async () => ({ ok: true as const, value: { saved: true as const, path: '/tmp/cases.csv' } }));
    const platform = createElectronPlatform({ invoke } as unknown as RecoveryDeskBridge);
    const req = { suggestedName: 'cases.csv', content: 'a,b', mimeType: 'text/csv' as const };
    await expect(platform.saveText(req)).resolves.toEqual({ saved: true, path: '/tmp/cases.csv' });
    expect(invoke).toHaveBeenCalledWith('files:saveText', req);
  });

  it('turns an error envelope into a PlatformError with its code', async () => {
    const invoke = vi.fn(async () => ({ ok: false as const, error: { code: 'bad_request' as const, message: 'suggestedName: must be a plain file name' } }));
    const platform = createElectronPlatform({ invoke } as unknown as RecoveryDeskBridge);
    const error = await platform.saveText({ suggestedName: '../x', content: '', mimeType: 'text/csv' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(PlatformError);
    expect((error as PlatformError).code).toBe('bad_request');
  });
});
