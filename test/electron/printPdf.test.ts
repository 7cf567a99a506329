import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { PRINT_DIR_PREFIX, printPdf, sweepPrintLeftovers } from '../../electron/main/handlers/printPdf';
import type { IpcContext } from '../../electron/main/ipc';
import { fakeApp, FakeBrowserWindow, resetFakeElectron } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron').then((m) => m.electronModule));

const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]);
const context = {} as IpcContext;
let temp = '';

const printFolders = () => readdirSync(temp).filter((name) => name.startsWith(PRINT_DIR_PREFIX));
/** Deletion runs after 'closed' without being awaited: give it a moment. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

beforeEach(() => {
  resetFakeElectron();
  temp = mkdtempSync(path.join(tmpdir(), 'recovery-desk-temp-'));
  fakeApp.getPath.mockImplementation(() => temp);
});
afterEach(() => {
  vi.restoreAllMocks();
  rmSync(temp, { recursive: true, force: true });
});

describe('printing a letter', () => {
  it('shows the PDF in a Node-free window, from a file in the temp folder', async () => {
    await expect(printPdf({ title: '催收通知书', bytes: pdf }, context)).resolves.toEqual({ shown: true });
    const viewer = FakeBrowserWindow.instances.at(-1)!;
    expect(viewer.options.webPreferences).toMatchObject({ sandbox: true, nodeIntegration: false, contextIsolation: true });
    const [file] = viewer.loadFile.mock.calls[0]!;
    expect(file.startsWith(temp)).toBe(true);
    expect(readFileSync(file)).toEqual(Buffer.from(pdf));
  });

  it('deletes the letter once its window is closed, not before', async () => {
    await printPdf({ title: 'letter', bytes: pdf }, context);
    const viewer = FakeBrowserWindow.instances.at(-1)!;
    const [file] = viewer.loadFile.mock.calls[0]!;
    await settle();
    expect(existsSync(file)).toBe(true);
    viewer.emit('closed');
    await settle();
    expect(existsSync(file)).toBe(false);
    expect(printFolders()).toEqual([]);
  });

  it('a PDF that cannot be shown is refused and its file deleted', async () => {
    // The fake announces each new window's contents on the app once the window exists: make that one fail to load.
    fakeApp.once('web-contents-created', () => FakeBrowserWindow.instances.at(-1)!.loadFile.mockRejectedValueOnce(new Error('ERR_FAILED')));
    await expect(printPdf({ title: 'letter', bytes: pdf }, context)).rejects.toMatchObject({ code: 'io_error' });
    await settle();
    expect(FakeBrowserWindow.instances.at(-1)!.close).toHaveBeenCalled();
    expect(printFolders()).toEqual([]);
  });
});

describe('sweeping print leftovers at start', () => {
  it('deletes every print folder a crash left, and nothing else', async () => {
    for (const name of [`${PRINT_DIR_PREFIX}a1`, `${PRINT_DIR_PREFIX}b2`]) {
      mkdirSync(path.join(temp, name));
      writeFileSync(path.join(temp, name, 'letter.pdf'), pdf);
    }
    mkdirSync(path.join(temp, 'someone-else'));
    writeFileSync(path.join(temp, 'notes.txt'), 'keep');
    await expect(sweepPrintLeftovers()).resolves.toBe(2);
    expect(readdirSync(temp).sort()).toEqual(['notes.txt', 'someone-else']);
  });

  it('a missing temp folder is not an error', async () => {
    await expect(sweepPrintLeftovers(path.join(temp, 'gone'))).resolves.toBe(0);
  });
});
