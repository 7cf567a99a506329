import type { IpcHandler } from '../ipc';

/**
 * An error the renderer's error boundary caught, written to the main process's log (console.error reaches the
 * file log, which masks long numbers). The stack's first line repeats the message; the rest is code locations.
 */
export const rendererError: IpcHandler<'log:rendererError'> = async ({ where, name, message, stack }) => {
  const frames = stack ? ` ⏎ ${stack.split('\n').slice(1, 12).map((line) => line.trim()).join(' ⏎ ')}` : '';
  console.error(`[renderer] error in ${where}: ${name}: ${message}${frames}`);
  return { logged: true };
};
