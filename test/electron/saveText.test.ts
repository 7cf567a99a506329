import type { WebContents } from 'electron';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { saveText } from '../../electron/main/handlers/saveText';
import { IpcFailure } from '../../electron/main/ipc';
import { fakeApp, fakeElectron, resetFakeElectron, windowContents } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron').then((m) => m.electronModule));

let documents: string;
let sender: WebContents;
const request = { suggestedName: '逾期案件.csv', content: '\uFEFF案件编号,金额\nC1,¥1,234.50\n', mimeType: 'text/csv' as const };

beforeEach(() => {
  resetFakeElectron();
  vi.spyOn(console, 'error').mockImplementation(() => {});
  documents = mkdtempSync(path.join(tmpdir(), 'save-text-'));
  fakeApp.getPath.mockReturnValue(documents);
  sender = windowContents() as unknown as WebContents;
});
afterEach(() => {
  rmSync(documents, { recursive: true, force: true });
  vi.restoreAllMocks();
});

describe('saveText', () => {
  it('suggests the name in the documents folder with a CSV filter, and writes UTF-8 where the user chose', async () => {
    const chosen = path.join(documents, '我的导出.csv');
    fakeElectron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: chosen });
    expect(await saveText(request, { sender })).toEqual({ saved: true, path: chosen });
    const options = fakeElectron.dialog.showSaveDialog.mock.calls[0]!.at(-1);
    expect(options.defaultPath).toBe(path.join(documents, '逾期案件.csv'));
    expect(options.filters[0]).toEqual({ name: 'CSV', extensions: ['csv'] });
    expect(readFileSync(chosen, 'utf8')).toBe(request.content);
  });

  it('saves nothing when the user cancels', async () => {
    fakeElectron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: true, filePath: '' });
    expect(await saveText(request, { sender })).toEqual({ saved: false });
  });

  it('reports a write the disk refuses as io_error', async () => {
    const impossible = path.join(documents, 'no-such-folder', 'x.csv');
    fakeElectron.dialog.showSaveDialog.mockResolvedValueOnce({ canceled: false, filePath: impossible });
    const failure = await saveText(request, { sender }).catch((e: unknown) => e);
    expect(failure).toBeInstanceOf(IpcFailure);
    expect(failure).toMatchObject({ code: 'io_error', message: expect.stringContaining('ENOENT') });
  });
});
