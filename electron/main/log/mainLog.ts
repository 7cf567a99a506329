import { app } from 'electron';
import { format } from 'node:util';
import { createFileLog, type FileLog, type LogLevel } from './fileLog';

/**
 * Sends the main process's console lines, its uncaught errors and the renderer's crashes to the file log in
 * `app.getPath('logs')`. The console keeps working too (it is what a developer sees during `npm run dev`).
 * What reaches the console from main is ids, channels, codes and origins (see ipc.ts, security.ts), never a
 * payload; the file log masks long digit runs and e-mail addresses on top of that.
 */

let installed: FileLog | null = null;

function describeError(error: unknown): string {
  if (error instanceof Error) return error.stack ?? `${error.name}: ${error.message}`;
  return format('%o', error);
}

const CONSOLE_LEVELS = { log: 'info', info: 'info', warn: 'warn', error: 'error' } as const satisfies Record<string, LogLevel>;

export function installMainLog(dir = app.getPath('logs')): FileLog {
  if (installed) return installed;
  const log = createFileLog({ dir });
  installed = log;
  const undo: (() => void)[] = [];

  for (const [method, level] of Object.entries(CONSOLE_LEVELS) as [keyof typeof CONSOLE_LEVELS, LogLevel][]) {
    const original = console[method];
    console[method] = (...args: unknown[]) => {
      log.write(level, format(...args));
      original.apply(console, args);
    };
    undo.push(() => (console[method] = original));
  }

  // The monitor sees the error without taking over: Electron still reports it as before.
  const onUncaught = (error: Error) => log.write('error', `[main] uncaught exception: ${describeError(error)}`);
  const onRejection = (reason: unknown) => log.write('error', `[main] unhandled rejection: ${describeError(reason)}`);
  process.on('uncaughtExceptionMonitor', onUncaught);
  process.on('unhandledRejection', onRejection);
  undo.push(() => process.off('uncaughtExceptionMonitor', onUncaught), () => process.off('unhandledRejection', onRejection));

  app.on('render-process-gone', (_event, _contents, details) => {
    log.write('error', `[renderer] process gone: reason=${details.reason} exitCode=${details.exitCode}`);
  });
  app.on('child-process-gone', (_event, details) => {
    log.write('error', `[${details.type}] process gone: reason=${details.reason} exitCode=${details.exitCode}`);
  });
  log.write('info', `[main] started version=${app.getVersion()} packaged=${app.isPackaged} platform=${process.platform}`);
  uninstall = () => {
    for (const step of undo) step();
    installed = null;
    uninstall = () => {};
  };
  return log;
}

let uninstall: () => void = () => {};

/** Gives the console and the process handlers back (tests; the app keeps its log until it quits). */
export function uninstallMainLog(): void {
  uninstall();
}
