import { app, safeStorage } from 'electron';
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { DATA_KEY_BYTES } from '../../shared/ipc/contract';
import { IpcFailure, type IpcHandler } from './ipc';

/**
 * The local store's data key. Made here on first run (32 random bytes), kept in userData only wrapped by
 * the OS key store through safeStorage (DPAPI on Windows, Keychain on macOS, libsecret/kwallet on Linux),
 * handed to our own window over `keys:dataKey` (sender-checked like every channel), deleted by `keys:forget`.
 * Without a real OS key store the app refuses to run the store at all rather than keep personal data
 * unprotected.
 */
export const DATA_KEY_FILE = 'data-key.bin';

const UNAVAILABLE =
  "This computer's protected key store is not available, so Recovery Desk cannot encrypt the case data on it and will not open it. " +
  'On Windows and macOS sign in to your own user account; on Linux sign in to a desktop session with a keyring (GNOME Keyring or KWallet).';
const BASIC_TEXT =
  "On this Linux desktop Electron's safeStorage uses its 'basic_text' backend: the key would be locked with a password built into the program, which protects nothing. " +
  'Recovery Desk will not open the case data this way. Sign in to a desktop session with a keyring (GNOME Keyring or KWallet), or start it with --password-store=gnome-libsecret.';
const UNREADABLE =
  "The data key on this computer cannot be unlocked with this user account's key store (another account, or a reinstalled system). " +
  'The local data is left as it is; ask head office to re-issue the device.';

export interface DataKeyStore {
  load(): Promise<Uint8Array<ArrayBuffer>>;
  /** True if there was a key file to delete. */
  forget(): Promise<boolean>;
}

function assertProtected(): void {
  if (!safeStorage.isEncryptionAvailable()) throw new IpcFailure('data_key_unavailable', UNAVAILABLE);
  // Only Linux reports a backend; 'basic_text' is a hard-coded password, i.e. no protection at rest.
  if (process.platform === 'linux' && safeStorage.getSelectedStorageBackend?.() === 'basic_text') {
    throw new IpcFailure('data_key_unavailable', BASIC_TEXT);
  }
}

async function readKeyFile(file: string): Promise<Buffer | null> {
  try {
    return await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return null;
    throw new IpcFailure('data_key_unavailable', UNREADABLE);
  }
}

function unwrap(wrapped: Buffer): Uint8Array<ArrayBuffer> {
  let key: Buffer;
  try {
    key = Buffer.from(safeStorage.decryptString(wrapped), 'base64');
  } catch {
    throw new IpcFailure('data_key_unavailable', UNREADABLE);
  }
  if (key.length !== DATA_KEY_BYTES) throw new IpcFailure('data_key_unavailable', UNREADABLE);
  return new Uint8Array(key);
}

/** Writes the wrapped key next to its final name first, so a crash never leaves half a key file. */
async function createKeyFile(file: string): Promise<Uint8Array<ArrayBuffer>> {
  const key = randomBytes(DATA_KEY_BYTES);
  const temp = `${file}.${process.pid}.tmp`;
  await writeFile(temp, safeStorage.encryptString(key.toString('base64')), { mode: 0o600, flag: 'wx' });
  await rename(temp, file);
  return new Uint8Array(key);
}

export function createDataKeyStore(directory: () => string = () => app.getPath('userData')): DataKeyStore {
  // One load at a time: two first-run calls must not make two keys.
  let pending: Promise<Uint8Array<ArrayBuffer>> | null = null;
  const file = () => path.join(directory(), DATA_KEY_FILE);

  const loadOnce = async (): Promise<Uint8Array<ArrayBuffer>> => {
    assertProtected();
    const wrapped = await readKeyFile(file());
    // An existing key file is never replaced: the store it opens would be lost with it.
    return wrapped ? unwrap(wrapped) : createKeyFile(file());
  };

  return {
    load() {
      pending ??= loadOnce();
      pending.catch(() => (pending = null));
      return pending;
    },
    async forget() {
      pending = null;
      const existed = (await readKeyFile(file()).catch(() => null)) !== null;
      await rm(file(), { force: true });
      return existed;
    },
  };
}

const store = createDataKeyStore();

export const dataKeyHandler: IpcHandler<'keys:dataKey'> = async () => ({ key: await store.load() });

export const forgetDataKeyHandler: IpcHandler<'keys:forget'> = async () => ({ forgotten: await store.forget() });
