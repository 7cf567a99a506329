import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFileLog, formatLogLine, redactLogText } from '../../electron/main/log/fileLog';
import { installMainLog, uninstallMainLog } from '../../electron/main/log/mainLog';
import { fakeApp, resetFakeElectron } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron').then((m) => m.electronModule));

let dir = '';
beforeEach(() => {
  resetFakeElectron();
  dir = mkdtempSync(path.join(tmpdir(), 'recovery-desk-log-'));
});
afterEach(() => {
  uninstallMainLog();
  vi.restoreAllMocks();
  rmSync(dir, { recursive: true, force: true });
});

const read = (name = 'main.log') => readFileSync(path.join(dir, name), 'utf8');

describe('file log', () => {
  it('appends timestamped, levelled lines, one per message', () => {
    const log = createFileLog({ dir, now: () => new Date('2026-12-03T09:30:00Z') });
    log.write('info', '[sync] pushed 3 changes');
    log.write('error', 'first line\nsecond line');
    expect(read().split('\n')).toEqual([
      '2026-12-03T09:30:00.000Z INFO [sync] pushed 3 changes',
      '2026-12-03T09:30:00.000Z ERROR first line ⏎ second line',
      '',
    ]);
  });

  it('rotates by size and keeps no more than the files asked for', () => {
    const log = createFileLog({ dir, maxBytes: 1000, files: 3 });
    for (let i = 0; i < 200; i++) log.write('info', `line ${i} ${'x'.repeat(40)}`);
    expect(readdirSync(dir).sort()).toEqual(['main.log', 'main.log.1', 'main.log.2']);
    for (const name of readdirSync(dir)) expect(statSync(path.join(dir, name)).size).toBeLessThanOrEqual(1000);
    // The newest line is in main.log, the one before a rotation in main.log.1.
    expect(read()).toContain('line 199 ');
    const previous = read('main.log.1').trim().split('\n').at(-1)!;
    const firstNow = read().split('\n')[0]!;
    expect(Number(/line (\d+)/.exec(previous)![1]) + 1).toBe(Number(/line (\d+)/.exec(firstNow)![1]));
    expect(read('main.log.2')).not.toContain('line 0 ');
  });

  it('continues the size of an existing file after a restart', () => {
    createFileLog({ dir, maxBytes: 300 }).write('info', 'a'.repeat(250));
    createFileLog({ dir, maxBytes: 300 }).write('info', 'b'.repeat(250));
    expect(existsSync(path.join(dir, 'main.log.1'))).toBe(true);
    expect(read()).toContain('bbb');
    expect(read()).not.toContain('aaa');
  });

  it('masks phone, ID and account numbers and e-mail addresses, keeps ids and short numbers', () => {
    expect(redactLogText('case c-102 call 13812345678 failed (code 503)')).toBe('case c-102 call [number] failed (code 503)');
    expect(redactLogText('id 310101199001011234, mail wang.fang@example.cn')).toBe('id [number], mail [email]');
    expect(redactLogText('phone 138 1234 5678 at 2026-12-03')).toBe('phone [number] at 2026-12-03');
  });

  it('bounds one line', () => {
    const line = formatLogLine('warn', 'y'.repeat(10_000), new Date(0));
    expect(line.length).toBeLessThan(4100);
    expect(line.endsWith('…\n')).toBe(true);
  });

  it('a log that cannot be written does not throw', () => {
    const log = createFileLog({ dir });
    rmSync(dir, { recursive: true, force: true });
    expect(() => log.write('error', 'lost')).not.toThrow();
  });
});

describe('main log', () => {
  it('the console, uncaught errors and renderer crashes go to the file in the logs folder', () => {
    fakeApp.getPath.mockImplementation(() => dir);
    vi.spyOn(process.stderr, 'write').mockImplementation(() => true);
    const error = vi.spyOn(console, 'error').mockImplementation(() => {});
    installMainLog();
    console.error('[ipc] letters:print failed:', new Error('EACCES'));
    expect(error).toHaveBeenCalled(); // still on the console for a developer
    // Our monitor is the last one added; emitting the event itself would reach vitest's own handler too.
    process.listeners('uncaughtExceptionMonitor').at(-1)!(new Error('boom'), 'uncaughtException');
    fakeApp.emit('render-process-gone', {}, {}, { reason: 'oom', exitCode: 133 });
    const text = read();
    expect(text).toMatch(/INFO \[main\] started version=0\.1\.0 packaged=true/);
    expect(text).toMatch(/ERROR \[ipc\] letters:print failed: Error: EACCES/);
    expect(text).toMatch(/ERROR \[main\] uncaught exception: Error: boom/);
    expect(text).toMatch(/ERROR \[renderer\] process gone: reason=oom exitCode=133/);
  });

  it('uninstalling gives the console back', () => {
    fakeApp.getPath.mockImplementation(() => dir);
    const before = console.warn;
    installMainLog();
    expect(console.warn).not.toBe(before);
    uninstallMainLog();
    expect(console.warn).toBe(before);
  });
});
