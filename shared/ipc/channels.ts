/**
 * The IPC channel names on their own, free of zod: the sandboxed preload imports only this file, so its
 * bundle stays a few lines long and needs no third-party code (a sandboxed preload cannot load any).
 * `contract.ts` checks at compile time that every name here has schemas and vice versa.
 */
export const IPC_CHANNELS = ['app:info', 'files:saveText', 'files:savePdf', 'files:saveXlsx', 'letters:print', 'keys:dataKey', 'keys:forget', 'log:rendererError'] as const;

export type IpcChannel = (typeof IPC_CHANNELS)[number];

export function isIpcChannel(value: unknown): value is IpcChannel {
  return typeof value === 'string' && (IPC_CHANNELS as readonly string[]).includes(value);
}
