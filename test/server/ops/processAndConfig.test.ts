import { EventEmitter } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig, testConfig } from '../../../server/config';
import { closeOnSignals, startServer, type ProcessLike, type RunningServer } from '../../../server/main';

const dirs: string[] = [];
const tempDir = () => {
  const d = mkdtempSync(join(tmpdir(), 'rd-ops-'));
  dirs.push(d);
  return d;
};
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

/** A process stand-in: the handlers' events, and the exit codes asked for. */
function fakeProcess(): ProcessLike & { emit(event: string, ...args: unknown[]): boolean; exits: number[]; exited: Promise<number> } {
  const emitter = new EventEmitter();
  const exits: number[] = [];
  let resolveExit: (code: number) => void = () => {};
  const exited = new Promise<number>((r) => (resolveExit = r));
  return Object.assign(emitter, {
    exits,
    exited,
    exit(code: number) {
      exits.push(code);
      resolveExit(code);
    },
  }) as unknown as ProcessLike & { emit(event: string, ...args: unknown[]): boolean; exits: number[]; exited: Promise<number> };
}

describe('crash handlers (server/main.ts)', () => {
  it('an uncaught exception is logged with its stack, the server and database are closed, and the process exits 1', async () => {
    const server = await startServer(testConfig({ dataDir: tempDir(), logLevel: 'silent' }));
    const proc = fakeProcess();
    const lines: string[] = [];
    closeOnSignals(server, (l) => lines.push(l), proc);
    expect((await fetch(`${server.url}/health`)).status).toBe(200);

    proc.emit('uncaughtException', new Error('boom in a timer'));
    expect(await proc.exited).toBe(1);
    expect(proc.exits).toEqual([1]);
    expect(lines.join('\n')).toMatch(/uncaught exception: Error: boom in a timer\n\s+at /);
    expect(lines.join('\n')).toContain('shutting down (exit code 1)');
    await expect(fetch(`${server.url}/health`)).rejects.toThrow();
    await expect(server.db.query('SELECT 1')).rejects.toThrow();
  }, 60_000);

  it('an unhandled rejection of a non-Error is logged and exits 1 too', async () => {
    const server = await startServer(testConfig({ dataDir: tempDir(), logLevel: 'silent' }));
    const proc = fakeProcess();
    const lines: string[] = [];
    closeOnSignals(server, (l) => lines.push(l), proc);
    proc.emit('unhandledRejection', 'a string, not an Error');
    expect(await proc.exited).toBe(1);
    expect(lines[0]).toContain('unhandled rejection: Error: non-error thrown: a string, not an Error');
    await expect(fetch(`${server.url}/health`)).rejects.toThrow();
  }, 60_000);

  it('exits 1 after the close timeout when closing hangs, and at once on a second crash', async () => {
    const fatal: unknown[] = [];
    const hanging = {
      app: { log: { fatal: (...args: unknown[]) => fatal.push(args) } },
      close: () => new Promise<void>(() => {}),
    } as unknown as RunningServer;
    const proc = fakeProcess();
    const lines: string[] = [];
    closeOnSignals(hanging, (l) => lines.push(l), proc, 50);
    const started = performance.now();
    proc.emit('uncaughtException', new Error('first'));
    expect(await proc.exited).toBe(1);
    expect(performance.now() - started).toBeGreaterThanOrEqual(45);
    expect(lines.at(-1)).toContain('took over 50 ms: exiting anyway');
    expect(fatal).toHaveLength(1);
    proc.emit('uncaughtException', new Error('second'));
    expect(proc.exits).toEqual([1, 1]);
  });

  it('SIGTERM still closes and exits 0', async () => {
    const server = await startServer(testConfig({ dataDir: tempDir(), logLevel: 'silent' }));
    const proc = fakeProcess();
    closeOnSignals(server, () => {}, proc);
    proc.emit('SIGTERM', 'SIGTERM');
    expect(await proc.exited).toBe(0);
    await expect(server.db.query('SELECT 1')).rejects.toThrow();
  }, 60_000);
});

describe('database pool settings (configuration)', () => {
  it('have defaults, and take DB_POOL_MAX and the DB_*_TIMEOUT_MS variables', () => {
    const dataDir = tempDir();
    expect(loadConfig({ DATA_DIR: dataDir }).dbPool).toEqual({ max: 10, connectTimeoutMs: 10_000, idleTimeoutMs: 30_000, statementTimeoutMs: 0 });
    expect(loadConfig({ DATA_DIR: dataDir, DB_POOL_MAX: '40', DB_CONNECT_TIMEOUT_MS: '2500', DB_IDLE_TIMEOUT_MS: '60000', DB_STATEMENT_TIMEOUT_MS: '120000' }).dbPool).toEqual({
      max: 40,
      connectTimeoutMs: 2500,
      idleTimeoutMs: 60_000,
      statementTimeoutMs: 120_000,
    });
  });

  it('refuses bad values naming each variable and why', () => {
    let error: unknown;
    try {
      loadConfig({ DATA_DIR: tempDir(), DB_POOL_MAX: '0', DB_CONNECT_TIMEOUT_MS: 'soon', DB_IDLE_TIMEOUT_MS: '5', DB_STATEMENT_TIMEOUT_MS: '200', METRICS_TOKEN: 'xyzzy-tok' });
    } catch (err) {
      error = err;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/DB_POOL_MAX: .*1/);
    expect(message).toMatch(/DB_CONNECT_TIMEOUT_MS: .*number/i);
    expect(message).toContain('DB_IDLE_TIMEOUT_MS: at least 1000 ms');
    expect(message).toContain('DB_STATEMENT_TIMEOUT_MS: 0 (no limit) or at least 1000 ms');
    expect(message).toContain('METRICS_TOKEN: must be at least 16 characters');
    expect(message).not.toContain('xyzzy-tok');
  });
});
