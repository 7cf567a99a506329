import type { SealerWorker } from '../../store/encryption/prepared/workerRowSealer';

/**
 * Starts the app's row-preparing worker (rowWriter.worker.ts: the store's, with the pull's page tasks). Given to
 * the store by the composition root (registerRowWorker), since the store imports no capability.
 */
export function startRowWriter(): SealerWorker {
  return new Worker(new URL('./rowWriter.worker.ts', import.meta.url), { type: 'module', name: 'row-writer' }) as unknown as SealerWorker;
}
