import type { FieldCipher } from '../fieldCipher';
import { preparePulledForStore, type PreparedPulledCase } from './pulledCase';
import { storedDemoCases, type DemoSlice, type StoredCase } from './storedCase';

/** A case change of a pull page, as head office sent it. */
export interface PulledCaseData {
  id: string;
  data: unknown;
}

/** Which worker ran a task: a later task that needs what it kept (a prepared page) is sent to the same one. */
export interface WorkerHandle {
  readonly worker: unknown;
}

/**
 * The biggest writes done by the workers themselves, through their own connection to the store: each row is
 * then copied once, into IndexedDB, and the UI thread neither parses, seals nor writes (issue 18 §2). Null or
 * false where no worker can do it (none started, one failed, the store would not open there): the caller then
 * does the same work in this thread.
 */
export interface RowWriter {
  /**
   * Runs one of the tasks the worker's entry adds (sync/worker: a pull page prepared, then written with its
   * cursor) in the least busy worker, or in `on`; its output, and which worker ran it.
   */
  run(task: string, input: unknown, on?: WorkerHandle): Promise<{ output: unknown; on: WorkerHandle } | null>;
  /** Demo cases made, sealed and written in a transaction of their own; false: not done. */
  writeDemo(slice: DemoSlice): Promise<boolean>;
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
  /** Present where the sealer runs in workers that may write the store themselves. */
  writer?: RowWriter;
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
