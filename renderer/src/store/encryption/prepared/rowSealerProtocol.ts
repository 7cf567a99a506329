import type { DerivedKeys } from '../fieldCipher';
import type { PreparedPulledCase } from './pulledCase';
import type { PulledCaseData } from './rowSealer';
import type { DemoSlice, StoredCase } from './storedCase';

/** Messages between the store and its row-preparing worker (store/encryption/prepared/workerRowSealer.ts). Plain data. */
export type RowSealerRequest =
  | { kind: 'keys'; keys: DerivedKeys }
  | { kind: 'pulled'; jobId: number; items: PulledCaseData[] }
  | { kind: 'demo'; jobId: number; slice: DemoSlice }
  /** Overwrite the keys and end: sent at lock, sign-out and store close, before the worker is terminated. */
  | { kind: 'forget' };

export type RowSealerResponse =
  | { kind: 'pulled'; jobId: number; prepared: PreparedPulledCase[] }
  | { kind: 'demo'; jobId: number; stored: StoredCase[] }
  | { kind: 'failed'; jobId: number; message: string };
