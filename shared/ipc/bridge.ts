import type { IpcChannel, IpcRequest, IpcResponse } from './contract';
import type { IpcResult } from './result';

/**
 * What the preload exposes as `window.api`, and nothing more: one typed `invoke` over the contract's
 * channels. It never rejects; failures come back as `{ ok: false, error }`.
 * The renderer declares the global itself (shared/ has no DOM types):
 *   declare global { interface Window { api?: RecoveryDeskBridge } }
 */
export interface RecoveryDeskBridge {
  invoke<C extends IpcChannel>(channel: C, payload: IpcRequest<C>): Promise<IpcResult<IpcResponse<C>>>;
}

/** The property of `window` the preload fills. */
export const BRIDGE_GLOBAL = 'api';
