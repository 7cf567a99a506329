import { v7 as uuidv7 } from 'uuid';

export interface NewIdOptions {
  /**
   * 16 random bytes per call. uuid falls back to the global `crypto.getRandomValues` (Node 20+, Chromium,
   * Electron); pass a source where there is none, or a fixed one for repeatable tests.
   */
  random?: () => Uint8Array;
  /** The time part, in ms since the epoch (defaults to now). */
  msecs?: number;
}

/** A new client record id: UUIDv7, time-ordered, made without a server. */
export function newId(options: NewIdOptions = {}): string {
  const { random, msecs } = options;
  if (random === undefined && msecs === undefined) return uuidv7();
  return uuidv7({ ...(random ? { rng: random } : {}), ...(msecs !== undefined ? { msecs } : {}) });
}
