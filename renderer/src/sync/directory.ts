import { BranchDirectorySchema } from '../../../shared/team/directory';
import type { RecoveryDeskDb } from '../store/database';
import { writeBranchDirectory } from './repository/directory';
import { parseAnswer, type Transport } from './transport';

/**
 * Fetches the branch directory (POST /sync/directory) and keeps it in meta. Part of every sync, after the
 * records: a failure here (an older head office without the route, a network drop) leaves the last directory
 * in place and never fails the sync of records. Returns whether a fresh one was stored.
 */
export function createDirectoryRefresh({ db, transport }: { db: RecoveryDeskDb; transport: Transport }): () => Promise<boolean> {
  return async () => {
    try {
      const { accessToken } = await transport.credentials();
      const body = await transport.post('/sync/directory', {}, accessToken);
      await writeBranchDirectory(db, parseAnswer(BranchDirectorySchema, body, 'directory'));
      return true;
    } catch {
      return false;
    }
  };
}
