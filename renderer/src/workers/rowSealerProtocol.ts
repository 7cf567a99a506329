import type { DerivedKeys } from '../store/encryption/fieldCipher';
import type { PreparedPulledCase } from '../store/prepared/pulledCase';
import type { PulledCaseData } from '../store/prepared/rowSealer';
import type { DemoSlice, StoredCase } from '../store/prepared/storedCase';

/** Messages between the store and its row-preparing worker (store/prepared/workerRowSealer.ts). Plain data. */
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
