import { appendFileSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import path from 'node:path';

/**
 * The log a packaged app keeps (issue 12 §3): a packaged app has no console, so without a file a failure
 * in the field leaves nothing to look at. One file, rotated by size (main.log → main.log.1 → … ), so the
 * log can never fill the disk. Writes are synchronous on purpose: the line about an uncaught error must be
 * on disk before the process dies. Lines carry ids and codes only; `redactLogText` is the backstop.
 */

export const LOG_FILE_NAME = 'main.log';
export const DEFAULT_MAX_LOG_BYTES = 5 * 1024 * 1024;
/** Files kept in all: the current one and two older ones. */
export const DEFAULT_LOG_FILES = 3;
/** One line never takes more than this: a runaway message must not push everything else out. */
export const MAX_LOG_LINE_CHARS = 4000;

export type LogLevel = 'info' | 'warn' | 'error';

export interface FileLogOptions {
  dir: string;
  maxBytes?: number;
  files?: number;
  now?: () => Date;
}

export interface FileLog {
  readonly file: string;
  write(level: LogLevel, message: string): void;
}

/**
 * Runs of 7 or more digits (phone, ID card and account numbers; a calendar date is kept) and e-mail addresses are masked, so a
 * message that quotes an input by accident still keeps the customer's numbers out of the file.
 */
const CALENDAR_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function redactLogText(text: string): string {
  return text
    .replace(/[\w.+-]+@[\w-]+(\.[\w-]+)+/g, '[email]')
    .replace(/\d[\d\s-]{5,}\d/g, (run) => (run.replace(/\D/g, '').length >= 7 && !CALENDAR_DATE.test(run) ? '[number]' : run));
}

export function formatLogLine(level: LogLevel, message: string, at: Date): string {
  const oneLine = redactLogText(message).replace(/\r?\n/g, ' ⏎ ');
  const bounded = oneLine.length > MAX_LOG_LINE_CHARS ? `${oneLine.slice(0, MAX_LOG_LINE_CHARS)}…` : oneLine;
  return `${at.toISOString()} ${level.toUpperCase()} ${bounded}\n`;
}

export function createFileLog({ dir, maxBytes = DEFAULT_MAX_LOG_BYTES, files = DEFAULT_LOG_FILES, now = () => new Date() }: FileLogOptions): FileLog {
  const file = path.join(dir, LOG_FILE_NAME);
  mkdirSync(dir, { recursive: true });
  let size = sizeOf(file);

  // main.log.(files-1) is dropped, every other one moves up by one, main.log becomes main.log.1.
  const rotate = () => {
    if (files <= 1) rmSync(file, { force: true });
    else rmSync(`${file}.${files - 1}`, { force: true });
    for (let n = files - 2; n >= 1; n--) moveIfThere(`${file}.${n}`, `${file}.${n + 1}`);
    if (files > 1) moveIfThere(file, `${file}.1`);
    size = 0;
  };

  return {
    file,
    write(level, message) {
      const line = formatLogLine(level, message, now());
      const bytes = Buffer.byteLength(line);
      try {
        if (size > 0 && size + bytes > maxBytes) rotate();
        appendFileSync(file, line);
        size += bytes;
      } catch {
        // A log that cannot be written must never take the app down with it.
      }
    },
  };
}

function sizeOf(file: string): number {
  try {
    return statSync(file).size;
  } catch {
    return 0;
  }
}

function moveIfThere(from: string, to: string): void {
  try {
    renameSync(from, to);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
}
