import type { IpcMainInvokeEvent } from 'electron';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dispatchIpc } from '../../electron/main/ipc';
import { APP_ORIGIN } from '../../electron/main/origins';
import { ipcHandlers } from '../../electron/main/handlers';
import { createDataKeyStore, DATA_KEY_FILE } from '../../electron/main/dataKey';
import { fakeApp, FakeWebContents, resetFakeElectron, windowContents } from './fakeElectron';

/** safeStorage stand-in: "wraps" by XOR with a per-account secret, so the file is not the key in the clear. */
const safeStorage = vi.hoisted(() => {
  const fake = {
    available: true,
    backend: 'gnome_libsecret' as string,
    accountSecret: 0x5a,
    isEncryptionAvailable: vi.fn(() => fake.available),
    getSelectedStorageBackend: vi.fn(() => fake.backend),
    encryptString: vi.fn((s: string) => Buffer.from(Buffer.from(`wrapped:${s}`).map((b) => b ^ fake.accountSecret))),
    decryptString: vi.fn((b: Buffer) => {
      const text = Buffer.from(b.map((x) => x ^ fake.accountSecret)).toString();
      if (!text.startsWith('wrapped:')) throw new Error('Error while decrypting the ciphertext provided to safeStorage.decryptString.');
      return text.slice('wrapped:'.length);
    }),
  };
  return fake;
});

vi.mock('electron', async () => {
  const m = await import('./fakeElectron');
  return { ...m.electronModule, safeStorage, default: { ...m.fakeElectron, safeStorage } };
});

let dir: string;
const options = () => ({ handlers: ipcHandlers, allowedOrigins: [APP_ORIGIN] });
const fromOurWindow = () => ({ sender: windowContents(), senderFrame: { url: 'app://bundle/index.html', parent: null } }) as unknown as IpcMainInvokeEvent;
const fromElsewhere = (url: string, outside = false) =>
  ({ sender: outside ? new FakeWebContents() : windowContents(), senderFrame: { url, parent: null } }) as unknown as IpcMainInvokeEvent;

beforeEach(() => {
  resetFakeElectron();
  dir = mkdtempSync(path.join(tmpdir(), 'rd-key-'));
  fakeApp.getPath.mockImplementation(() => dir);
  Object.assign(safeStorage, { available: true, backend: 'gnome_libsecret', accountSecret: 0x5a });
  vi.spyOn(console, 'warn').mockImplementation(() => {});
  vi.spyOn(console, 'error').mockImplementation(() => {});
});
afterEach(async () => {
  await dispatchIpc('keys:forget', fromOurWindow(), {}, options());
  rmSync(dir, { recursive: true, force: true });
  vi.restoreAllMocks();
});

describe('keys:dataKey', () => {
  it('makes a 256-bit key on first run, stores it only wrapped, and hands the same key back next time', async () => {
    const first = await dispatchIpc('keys:dataKey', fromOurWindow(), {}, options());
    expect(first.ok).toBe(true);
    const key = (first as { value: { key: Uint8Array } }).value.key;
    expect(key).toBeInstanceOf(Uint8Array);
    expect(key).toHaveLength(32);
    const file = readFileSync(path.join(dir, DATA_KEY_FILE));
    expect(file.includes(Buffer.from(key))).toBe(false);
    expect(file.toString('latin1')).not.toContain(Buffer.from(key).toString('base64'));
    // A new process (a fresh store object) unwraps the same key from the file.
    expect(await createDataKeyStore(() => dir).load()).toEqual(key);
  });

  it.each([
    ['another origin', fromElsewhere('https://evil.example/index.html')],
    ['a webContents outside our windows', fromElsewhere('app://bundle/index.html', true)],
  ])('refuses %s, and makes no key for it', async (_name, event) => {
    expect(await dispatchIpc('keys:dataKey', event, {}, options())).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    expect(await dispatchIpc('keys:forget', event, {}, options())).toMatchObject({ ok: false, error: { code: 'forbidden_sender' } });
    expect(existsSync(path.join(dir, DATA_KEY_FILE))).toBe(false);
    expect(safeStorage.encryptString).not.toHaveBeenCalled();
  });

  it('refuses a payload outside the contract', async () => {
    expect(await dispatchIpc('keys:dataKey', fromOurWindow(), { key: 'mine' }, options())).toMatchObject({ ok: false, error: { code: 'bad_request' } });
  });

  it('refuses to run unprotected when the OS key store is unavailable, and says so', async () => {
    safeStorage.available = false;
    const result = await dispatchIpc('keys:dataKey', fromOurWindow(), {}, options());
    expect(result).toMatchObject({ ok: false, error: { code: 'data_key_unavailable' } });
    expect((result as { error: { message: string } }).error.message).toMatch(/key store is not available/);
    expect(existsSync(path.join(dir, DATA_KEY_FILE))).toBe(false);
  });

  it.runIf(process.platform === 'linux')("refuses Linux's basic_text backend, naming it", async () => {
    safeStorage.backend = 'basic_text';
    const result = await dispatchIpc('keys:dataKey', fromOurWindow(), {}, options());
    expect(result).toMatchObject({ ok: false, error: { code: 'data_key_unavailable' } });
    expect((result as { error: { message: string } }).error.message).toContain("'basic_text'");
  });

  it('never replaces a key file it cannot unwrap (another account): refuses and leaves it', async () => {
    await createDataKeyStore(() => dir).load();
    const before = readFileSync(path.join(dir, DATA_KEY_FILE));
    safeStorage.accountSecret = 0x33;
    const result = await createDataKeyStore(() => dir)
      .load()
      .then(
        () => 'loaded',
        (e: { code: string }) => e.code,
      );
    expect(result).toBe('data_key_unavailable');
    expect(readFileSync(path.join(dir, DATA_KEY_FILE))).toEqual(before);
  });

  it('gives two concurrent first-run callers one key', async () => {
    const store = createDataKeyStore(() => dir);
    const [a, b] = await Promise.all([store.load(), store.load()]);
    expect(a).toEqual(b);
    expect(safeStorage.encryptString).toHaveBeenCalledTimes(1);
  });
});

describe('keys:forget', () => {
  it('deletes the wrapped key: the next run gets a different key', async () => {
    const first = (await dispatchIpc('keys:dataKey', fromOurWindow(), {}, options())) as { value: { key: Uint8Array } };
    expect(await dispatchIpc('keys:forget', fromOurWindow(), {}, options())).toEqual({ ok: true, value: { forgotten: true } });
    expect(existsSync(path.join(dir, DATA_KEY_FILE))).toBe(false);
    const second = (await dispatchIpc('keys:dataKey', fromOurWindow(), {}, options())) as { value: { key: Uint8Array } };
    expect(second.value.key).not.toEqual(first.value.key);
    writeFileSync(path.join(dir, 'unrelated.txt'), 'x');
    expect(await dispatchIpc('keys:forget', fromOurWindow(), {}, options())).toEqual({ ok: true, value: { forgotten: true } });
    expect(existsSync(path.join(dir, 'unrelated.txt'))).toBe(true);
  });
});
