/**
 * Errors are data across the IPC boundary: a handler never throws into the renderer, it answers with this
 * envelope. Kept free of zod so the preload can build an envelope without bundling a validator.
 */
export const IPC_ERROR_CODES = [
  /** The payload failed the channel's request schema. */
  'bad_request',
  /** The call did not come from the main frame of one of our windows showing our own page. */
  'forbidden_sender',
  /** The channel is not in the contract (refused by the preload before reaching the main process). */
  'unknown_channel',
  /** The operation was understood but the machine refused it (disk full, no permission, ...). */
  'io_error',
  /** A bug: logged in the main process, shown to the user only as a generic failure. */
  'internal',
  /** No protected data key: the OS key store is unavailable (or only Linux's plain-text 'basic_text'), or the
   * wrapped key file cannot be unwrapped. The app refuses to keep personal data unprotected. */
  'data_key_unavailable',
] as const;

export type IpcErrorCode = (typeof IPC_ERROR_CODES)[number];

export interface IpcError {
  code: IpcErrorCode;
  message: string;
}

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

export function ipcOk<T>(value: T): IpcResult<T> {
  return { ok: true, value };
}

export function ipcErr<T = never>(code: IpcErrorCode, message: string): IpcResult<T> {
  return { ok: false, error: { code, message } };
}
