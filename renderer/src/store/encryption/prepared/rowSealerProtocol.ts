import type { DerivedKeys } from '../fieldCipher';
import type { PreparedPulledCase } from './pulledCase';
import type { PulledCaseData } from './rowSealer';
import type { DemoSlice, StoredCase } from './storedCase';

/** Messages between the store and its row-preparing worker (store/encryption/prepared/workerRowSealer.ts). Plain data. */
export type RowSealerRequest =
  /** The keys, and the store the worker may write (by name; null: it only prepares rows). */
  | { kind: 'keys'; keys: DerivedKeys; dbName: string | null }
  | { kind: 'pulled'; jobId: number; items: PulledCaseData[] }
  | { kind: 'demo'; jobId: number; slice: DemoSlice }
  /** Demo cases made, sealed and written into the store by the worker, in a transaction of their own. */
  | { kind: 'writeDemo'; jobId: number; slice: DemoSlice }
  /** One of the tasks the worker's entry added (RowTasks), by name. */
  | { kind: 'task'; jobId: number; task: string; input: unknown }
  /** Overwrite the keys and end: sent at lock, sign-out and store close, before the worker is terminated. */
  | { kind: 'forget' };

export type RowSealerResponse =
  | { kind: 'pulled'; jobId: number; prepared: PreparedPulledCase[] }
  | { kind: 'demo'; jobId: number; stored: StoredCase[] }
  | { kind: 'demoWritten'; jobId: number; count: number }
  | { kind: 'task'; jobId: number; output: unknown }
  /** `unwritable`: the worker could not open the store and did nothing; the same work is done in the UI thread. */
  | { kind: 'failed'; jobId: number; message: string; unwritable?: boolean };
