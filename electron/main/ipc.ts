import { BrowserWindow, ipcMain, type IpcMainInvokeEvent, type WebContents } from 'electron';
import {
  IPC_CHANNELS,
  ipcContract,
  ipcErr,
  ipcOk,
  type IpcChannel,
  type IpcErrorCode,
  type IpcRequest,
  type IpcResponse,
  type IpcResult,
} from '../../shared/ipc/contract';
import { isFromOrigins } from './origins';

/**
 * Registers one ipcMain.handle per contract channel. Every call is checked twice before a handler sees
 * it: who sent it (the main frame of one of our windows, showing our own page) and what it carries
 * (the channel's zod schema). The handler's answer is checked against the contract too.
 */

export interface IpcContext {
  /** The webContents that called, e.g. to parent a dialog to its window. */
  sender: WebContents;
}

export type IpcHandler<C extends IpcChannel> = (request: IpcRequest<C>, context: IpcContext) => Promise<IpcResponse<C>>;
export type IpcHandlers = { [C in IpcChannel]: IpcHandler<C> };

/** Thrown by a handler for an expected failure the user should hear about (e.g. the disk refused a write). */
export class IpcFailure extends Error {
  constructor(
    readonly code: IpcErrorCode,
    message: string,
  ) {
    super(message);
    this.name = 'IpcFailure';
  }
}

/**
 * The sender must be a top-level frame (not an iframe an attacker could get into the page), inside a
 * BrowserWindow (not a devtools or other stray webContents), currently showing one of our origins.
 * `senderFrame` is null when the frame has since navigated away or been destroyed: refuse that too.
 */
export function isTrustedSender(event: IpcMainInvokeEvent, allowedOrigins: readonly string[]): boolean {
  const frame = event.senderFrame;
  if (!frame || frame.parent !== null) return false;
  if (!BrowserWindow.fromWebContents(event.sender)) return false;
  return isFromOrigins(frame.url, allowedOrigins);
}

function describeIssues(issues: readonly { path: readonly PropertyKey[]; message: string }[]): string {
  // Paths and messages only: never echo the payload back (it may hold customers' personal data).
  const text = issues.map((i) => `${i.path.map(String).join('.') || '(payload)'}: ${i.message}`).join('; ');
  return text.length > 500 ? `${text.slice(0, 500)}…` : text;
}

export interface IpcRegistryOptions {
  handlers: IpcHandlers;
  allowedOrigins: readonly string[];
}

/** One call, start to finish. Exported so tests can drive it with a fake event. */
export async function dispatchIpc(
  channel: IpcChannel,
  event: IpcMainInvokeEvent,
  payload: unknown,
  { handlers, allowedOrigins }: IpcRegistryOptions,
): Promise<IpcResult<unknown>> {
  if (!isTrustedSender(event, allowedOrigins)) {
    console.warn(`[ipc] refused ${channel} from ${event.senderFrame?.url ?? 'a destroyed frame'}`);
    return ipcErr('forbidden_sender', 'This window may not call the main process.');
  }
  const schemas = ipcContract[channel];
  const request = schemas.request.safeParse(payload);
  if (!request.success) return ipcErr('bad_request', describeIssues(request.error.issues));

  try {
    // The mapped type pairs each channel with its handler; TypeScript cannot follow that through a union.
    const handler = handlers[channel] as IpcHandler<IpcChannel>;
    const value = await handler(request.data as never, { sender: event.sender });
    const response = schemas.response.safeParse(value);
    if (!response.success) {
      console.error(`[ipc] ${channel} answered outside the contract: ${describeIssues(response.error.issues)}`);
      return ipcErr('internal', 'Internal error.');
    }
    return ipcOk(response.data);
  } catch (error) {
    if (error instanceof IpcFailure) return ipcErr(error.code, error.message);
    console.error(`[ipc] ${channel} failed:`, error);
    return ipcErr('internal', 'Internal error.');
  }
}

export function registerIpcHandlers(options: IpcRegistryOptions): void {
  for (const channel of IPC_CHANNELS) {
    ipcMain.handle(channel, (event, payload: unknown) => dispatchIpc(channel, event, payload, options));
  }
}
