import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { hmac, type _HMAC } from '@noble/hashes/hmac.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { DataKeyError } from './dataKeyError';

/** 256-bit data key: from safeStorage in Electron, from a separate IndexedDB database in the browser preview. */
export const DATA_KEY_BYTES = 32;

/**
 * A sealed field as IndexedDB holds it. A wrapper object, not a bare Uint8Array, so an attachment's
 * plaintext bytes (stored before v6) can never be mistaken for ciphertext.
 */
export interface Sealed {
  $sealed: Uint8Array;
}

export function isSealed(value: unknown): value is Sealed {
  return typeof value === 'object' && value !== null && (value as Sealed).$sealed instanceof Uint8Array;
}

const FORMAT_V1 = 1;
const KIND_JSON = 0;
const KIND_BYTES = 1;
const NONCE_BYTES = 24;
const HEADER_BYTES = 2 + NONCE_BYTES;
/** 64 bits of HMAC: a chance collision among 1.5 million terms is about one in sixteen million (and would only add
 * a row to a search result), while rows stay short (11 characters a term; every list row is read at start-up). */
const BLIND_BYTES = 8;

/**
 * The keys derived from the data key: what the row-preparing worker is given (in memory only, never stored), so
 * the data key itself never leaves the thread that loaded it.
 */
export interface DerivedKeys {
  sealKey: Uint8Array;
  blindKey: Uint8Array;
  keyCheck: string;
}

function derive(dataKey: Uint8Array, purpose: string): Uint8Array {
  return hkdf(sha256, dataKey, undefined, utf8ToBytes(`recovery-desk/${purpose}/v1`), 32);
}

function base64url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

/**
 * Synchronous field encryption (XChaCha20-Poly1305, random 192-bit nonces) and keyed blind indexes
 * (HMAC-SHA-256), both with keys derived from the one data key. Synchronous on purpose: it runs inside
 * Dexie transactions, where awaiting WebCrypto would commit the transaction early.
 */
export class FieldCipher {
  private readonly sealKey: Uint8Array;
  private readonly blindKey: Uint8Array;
  private readonly blindMac: _HMAC<ReturnType<typeof sha256.create>>;
  private blindScratch: _HMAC<ReturnType<typeof sha256.create>> | undefined;
  private readonly blindOut = new Uint8Array(32);
  private wiped = false;
  /** Stored in the store's meta table: tells a wrong key apart from a right one without decrypting data. */
  readonly keyCheck: string;

  /** From the data key, or (in the row-preparing worker) from the keys derived from it (`derivedKeys()`). */
  constructor(dataKey: Uint8Array | DerivedKeys) {
    if (!(dataKey instanceof Uint8Array)) {
      this.sealKey = dataKey.sealKey.slice();
      this.blindKey = dataKey.blindKey.slice();
      this.keyCheck = dataKey.keyCheck;
    } else {
      if (dataKey.length !== DATA_KEY_BYTES) throw new DataKeyError('key_unavailable', `the data key must be ${DATA_KEY_BYTES} bytes`);
      this.sealKey = derive(dataKey, 'field-encryption');
      this.blindKey = derive(dataKey, 'blind-index');
      this.keyCheck = bytesToHex(hmac(sha256, derive(dataKey, 'key-check'), utf8ToBytes('recovery-desk key check'))).slice(0, 32);
    }
    if (this.sealKey.length !== 32 || this.blindKey.length !== 32) throw new DataKeyError('key_unavailable', 'derived keys must be 32 bytes');
    this.blindMac = hmac.create(sha256, this.blindKey);
  }

  /** Copies of the derived keys, for the row-preparing worker (sent by postMessage, kept in its memory only). */
  derivedKeys(): DerivedKeys {
    return { sealKey: this.sealKey.slice(), blindKey: this.blindKey.slice(), keyCheck: this.keyCheck };
  }

  /** Overwrites the key bytes this object holds: after this it seals and opens nothing (the worker, when wiped). */
  wipe(): void {
    this.wiped = true;
    this.sealKey.fill(0);
    this.blindKey.fill(0);
    this.blindMac.destroy();
    this.blindScratch?.destroy();
  }

  /** `context` (table/field) is authenticated with the value, so a ciphertext cannot be moved to another field. */
  seal(context: string, value: unknown): Sealed {
    this.assertKeys();
    const isBytes = value instanceof Uint8Array;
    const kind = isBytes ? KIND_BYTES : KIND_JSON;
    const plain = isBytes ? value : utf8ToBytes(JSON.stringify(value));
    const out = new Uint8Array(HEADER_BYTES + plain.length + 16);
    out[0] = FORMAT_V1;
    out[1] = kind;
    const nonce = out.subarray(2, HEADER_BYTES);
    crypto.getRandomValues(nonce);
    const cipher = xchacha20poly1305(this.sealKey, nonce, this.aad(context, kind));
    out.set(cipher.encrypt(plain), HEADER_BYTES);
    return { $sealed: out };
  }

  /** Throws DataKeyError('wrong_key') when the tag does not verify: never returns garbage. */
  open(context: string, sealed: Sealed): unknown {
    this.assertKeys();
    const bytes = sealed.$sealed;
    if (bytes.length < HEADER_BYTES + 16 || bytes[0] !== FORMAT_V1 || (bytes[1] !== KIND_JSON && bytes[1] !== KIND_BYTES)) {
      throw new DataKeyError('wrong_key', `${context}: not a sealed value this app can read`);
    }
    const kind = bytes[1]!;
    let plain: Uint8Array;
    try {
      const cipher = xchacha20poly1305(this.sealKey, bytes.subarray(2, HEADER_BYTES), this.aad(context, kind));
      plain = cipher.decrypt(bytes.subarray(HEADER_BYTES));
    } catch {
      throw new DataKeyError('wrong_key', `${context}: the data key does not open this value`);
    }
    return kind === KIND_BYTES ? plain : JSON.parse(new TextDecoder().decode(plain));
  }

  /** A search term's blind index: equal terms give equal strings, and nothing about the term without the key. */
  blind(term: string): string {
    this.assertKeys();
    // Reuses one HMAC object and one output buffer: a 100,000-case load blinds over a million terms.
    const mac = (this.blindScratch = this.blindMac._cloneInto(this.blindScratch));
    mac.update(utf8ToBytes(term));
    mac.digestInto(this.blindOut);
    return base64url(this.blindOut.subarray(0, BLIND_BYTES));
  }

  /** A wiped cipher's zeroed key must never seal anything. */
  private assertKeys(): void {
    if (this.wiped) throw new DataKeyError('key_unavailable', 'the data key was wiped from this cipher');
  }

  private aad(context: string, kind: number): Uint8Array {
    return utf8ToBytes(`${FORMAT_V1}:${kind}:${context}`);
  }
}
