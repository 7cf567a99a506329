import type { Queryable } from './types';

const changesLocked = new WeakSet<Queryable>();

/**
 * Serialises writers of the change log (imports, reassignments, pushes), so seqs become visible in the order
 * they were taken and a pull never skips one committed late. Readers are not blocked. Every insert into the
 * log, and every case row lock, takes it first (once per transaction): the same order everywhere, so a push
 * and an import never deadlock, and a push holds it only from its first logged change to its commit.
 */
export async function lockChanges(tx: Queryable): Promise<void> {
  if (changesLocked.has(tx)) return;
  await tx.query('LOCK TABLE changes IN EXCLUSIVE MODE');
  // Only a transaction's handle remembers it: on the database itself the lock would end with the statement.
  if (!('transaction' in tx)) changesLocked.add(tx);
}

/** After ROLLBACK TO SAVEPOINT: a lock taken inside the savepoint was released with it. */
export function changesLockReleased(tx: Queryable): void {
  changesLocked.delete(tx);
}

export const holdsChangesLock = (tx: Queryable): boolean => changesLocked.has(tx);
