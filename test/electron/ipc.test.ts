import type { IpcMainInvokeEvent } from 'electron';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatchIpc, IpcFailure, registerIpcHandlers, type IpcHandlers } from '../../electron/main/ipc';
import { APP_ORIGIN, rendererOrigins } from '../../electron/main/origins';
import { IPC_CHANNELS, MAX_SAVE_TEXT_BYTES } from '../../shared/ipc/contract';
import { fakeElectron, FakeWebContents, resetFakeElectron, windowContents } from './fakeElectron';

vi.mock('electron', () => import('./fakeElectron').then((m) => m.electronModule));

interface SenderShape {
  url?: string;
  subframe?: boolean;
  frameGone?: boolean;
  outsideWindow?: boolean;
}

function eventFrom({ url = 'app://bundle/index.html', subframe = false, frameGone = false, outsideWindow = false }: SenderShape = {}) {
  const sender = outsideWindow ? new FakeWebContents() : windowContents();
  const senderFrame = frameGone ? null : { url, parent: subframe ? { url } : null };
  return { sender, senderFrame } as unknown as IpcMainInvokeEvent;
}

function fakeHandlers() {
  return {
    'app:info': vi.fn(async () => ({ kind: 'electron' as const, version: '0.1.0', os: 'linux', headOfficeUrl: null })),
    'files:saveText': vi.fn(async () => ({ saved: true as const, path: '/home/u/案件.csv' })),
    'files:savePdf': vi.fn(async () => ({ saved: true as const, path: '/home/u/催收通知书.pdf' })),
    'files:saveXlsx': vi.fn(async () => ({ saved: true as const, path: '/home/u/清收业绩月报.xlsx' })),
    'letters:print': vi.fn(async () => ({ shown: true })),
    'keys:dataKey': vi.fn(async () => ({ key: new Uint8Array(32) })),
    'keys:forget': vi.fn(async () => ({ forgotten: true })),
    'log:rendererError': vi.fn(async () => ({ logged: true })),
  } satisfies IpcHandlers;
}

const goodSave = { suggestedName: '逾期案件_2026-11-23.csv', content: '案件编号,姓名\nC1,张三\n', mimeType: 'text/csv' };

let handlers: ReturnType<typeof fakeHandlers>;
const options = () => ({ handlers, allowedOrigins: [APP_ORIGIN] });

beforeEach(() => {
  resetFakeElectron();
  handlers = fakeHandlers();
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(() => vi.restoreAllMocks());

describe('registerIpcHandlers', () => {
  it('registers exactly one handler per contract channel, and they answer through the checks', async () => {
    registerIpcHandlers(options());
    const channels = fakeElectron.ipcMain.handle.mock.calls.map(([channel]) => channel);
    expect(channels).toEqual([...IPC_CHANNELS]);

    const listener = fakeElectron.ipcMain.handle.mock.calls.find(([c]) => c === 'app:info')![1];
    expect(await listener(eventFrom(), {})).toEqual({ ok: true, value: { kind: 'electron', version: '0.1.0', os: 'linux', headOfficeUrl: null } });
    expect(await listener(eventFrom({ url: 'https://evil.example/' }), {})).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
  });
});

describe('the sender check', () => {
  it.each<[string, SenderShape]>([
    ['a page from another origin', { url: 'https://evil.example/index.html' }],
    ['another app:// host', { url: 'app://evil/index.html' }],
    ['a file:// page', { url: 'file:///home/u/index.html' }],
    ['a dev-server origin outside development', { url: 'http://localhost:5173/' }],
    ['a subframe of our own page', { subframe: true }],
    ['a frame that has navigated away or closed', { frameGone: true }],
    ['a webContents that is not one of our windows', { outsideWindow: true }],
  ])('refuses %s with forbidden_sender and never calls the handler', async (_name, shape) => {
    const result = await dispatchIpc('files:saveText', eventFrom(shape), goodSave, options());
    expect(result).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    expect(handlers['files:saveText']).not.toHaveBeenCalled();
  });

  it('accepts the dev server only when it is one of the allowed origins', async () => {
    const event = eventFrom({ url: 'http://localhost:5173/index.html' });
    const dev = { handlers, allowedOrigins: rendererOrigins('http://localhost:5173') };
    expect(await dispatchIpc('app:info', event, {}, dev)).toMatchObject({ ok: true });
    expect(await dispatchIpc('app:info', eventFrom({ url: 'http://localhost:5174/' }), {}, dev)).toMatchObject({ ok: false });
  });
});

describe('the payload check', () => {
  it.each<[string, unknown]>([
    ['a path in the file name', { ...goodSave, suggestedName: '../../.bashrc' }],
    ['a Windows path in the file name', { ...goodSave, suggestedName: 'C:\\Windows\\x.csv' }],
    ['an empty file name', { ...goodSave, suggestedName: '' }],
    ['a file name over 200 characters', { ...goodSave, suggestedName: `${'案'.repeat(201)}.csv` }],
    ['a MIME type outside the list', { ...goodSave, mimeType: 'text/html' }],
    ['content that is not text', { ...goodSave, content: 42 }],
    ['content over 20 MB', { ...goodSave, content: 'x'.repeat(MAX_SAVE_TEXT_BYTES + 1) }],
    ['content over 20 MB in UTF-8 though under in characters', { ...goodSave, content: '案'.repeat(MAX_SAVE_TEXT_BYTES / 3 + 1) }],
    ['an unexpected extra field', { ...goodSave, path: '/etc/cron.d/x' }],
    ['no payload at all', undefined],
  ])('refuses %s with bad_request and never calls the handler', async (_name, payload) => {
    const result = await dispatchIpc('files:saveText', eventFrom(), payload, options());
    expect(result).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(handlers['files:saveText']).not.toHaveBeenCalled();
  });

  it('names the bad field without echoing its content', async () => {
    const result = await dispatchIpc('files:saveText', eventFrom(), { ...goodSave, suggestedName: '身份证/110101.csv' }, options());
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.message).toContain('suggestedName');
      expect(result.error.message).not.toContain('110101');
    }
  });

  it('refuses extra fields on an empty request', async () => {
    expect(await dispatchIpc('app:info', eventFrom(), { cmd: 'rm -rf' }, options())).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });
});

describe('a good call', () => {
  it('reaches the handler with the parsed payload and the sender, and returns its value', async () => {
    const event = eventFrom();
    const result = await dispatchIpc('files:saveText', event, goodSave, options());
    expect(result).toEqual({ ok: true, value: { saved: true, path: '/home/u/案件.csv' } });
    expect(handlers['files:saveText']).toHaveBeenCalledWith(goodSave, { sender: event.sender });
  });

  it('turns an unexpected error into internal, logged, without leaking its message', async () => {
    handlers['files:saveText'].mockRejectedValueOnce(new Error('EACCES: /secret/path'));
    const result = await dispatchIpc('files:saveText', eventFrom(), goodSave, options());
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'Internal error.' } });
    expect(console.error).toHaveBeenCalled();
  });

  it('passes on an expected failure with its own code', async () => {
    handlers['files:saveText'].mockRejectedValueOnce(new IpcFailure('io_error', 'The file could not be written (ENOSPC).'));
    expect(await dispatchIpc('files:saveText', eventFrom(), goodSave, options())).toEqual({
      ok: false,
      error: { code: 'io_error', message: 'The file could not be written (ENOSPC).' },
    });
  });

  it('refuses to return an answer outside the contract', async () => {
    handlers['app:info'].mockResolvedValueOnce({ kind: 'browser', version: '0.1.0', os: 'linux', headOfficeUrl: null } as never);
    expect(await dispatchIpc('app:info', eventFrom(), {}, options())).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});

describe('PDF channels', () => {
  const pdf = new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d, 0x31, 0x2e, 0x37]);
  it('accepts a PDF to save and refuses bytes that are not a PDF or a name that is a path', async () => {
    expect(await dispatchIpc('files:savePdf', eventFrom(), { suggestedName: '通知书.pdf', bytes: pdf }, options())).toMatchObject({ ok: true });
    expect(await dispatchIpc('files:savePdf', eventFrom(), { suggestedName: '通知书.pdf', bytes: new Uint8Array([1, 2, 3, 4, 5]) }, options())).toMatchObject({
      ok: false,
      error: { code: 'bad_request' },
    });
    expect(await dispatchIpc('files:savePdf', eventFrom(), { suggestedName: '../通知书.pdf', bytes: pdf }, options())).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(handlers['files:savePdf']).toHaveBeenCalledTimes(1);
  });
});

describe('XLSX channel', () => {
  const xlsx = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]);
  it('accepts a workbook to save and refuses bytes that are not one, a PDF name, or a path', async () => {
    expect(await dispatchIpc('files:saveXlsx', eventFrom(), { suggestedName: '清收业绩月报_2026-12.xlsx', bytes: xlsx }, options())).toMatchObject({ ok: true });
    expect(await dispatchIpc('files:saveXlsx', eventFrom(), { suggestedName: '月报.xlsx', bytes: new Uint8Array([0x25, 0x50, 0x44, 0x46, 0x2d]) }, options())).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await dispatchIpc('files:saveXlsx', eventFrom(), { suggestedName: '月报.pdf', bytes: xlsx }, options())).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(await dispatchIpc('files:saveXlsx', eventFrom(), { suggestedName: '../月报.xlsx', bytes: xlsx }, options())).toMatchObject({ ok: false, error: { code: 'bad_request' } });
    expect(handlers['files:saveXlsx']).toHaveBeenCalledTimes(1);
  });
});
