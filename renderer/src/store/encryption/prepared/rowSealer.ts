import type { FieldCipher } from '../fieldCipher';
import { preparePulledForStore, type PreparedPulledCase } from './pulledCase';
import { storedDemoCases, type DemoSlice, type StoredCase } from './storedCase';

/** A case change of a pull page, as head office sent it. */
export interface PulledCaseData {
  id: string;
  data: unknown;
}

/**
 * Prepares rows for a big write (a first sync's pages, the demo load): checks, list rows, sealing and blind
 * indexes, with the store's keys. The app's is a worker (workerRowSealer), so this work leaves the UI thread;
 * where there is no Worker (tests, Node) the same functions run in this thread (inThreadRowSealer).
 */
export interface RowSealer {
  /** The cases of one pull page, in the order given. */
  pulledCases(items: readonly PulledCaseData[]): Promise<PreparedPulledCase[]>;
  demoCases(slice: DemoSlice): Promise<StoredCase[]>;
  /** Drops the keys it holds (the worker ends); the next call starts again with the store's cipher. */
  forget(): void;
}

export function inThreadRowSealer(cipher: FieldCipher): RowSealer {
  return {
    pulledCases: async (items) => items.map((it) => preparePulledForStore(cipher, it.id, it.data)),
    demoCases: async (slice) => storedDemoCases(cipher, slice),
    forget: () => undefined,
  };
}
