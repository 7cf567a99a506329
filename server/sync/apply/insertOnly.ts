import type { MutationName } from '../../../shared/sync/mutations';
import type { Apply, Applying, Decision, Policy } from './context';
import { alreadyHave, storeRecord } from './records';

/**
 * Conflict class insert_only (shared/records/kind.ts): created once and immutable. The same copy again is a
 * duplicate; other content under the same id is a conflict (a correction is its own record: a void, a
 * cancellation). The record is kept under its client id, or the entry's own id when it has none.
 */
export const recordIdOf = (a: Applying): string => {
  const args: object = a.entry.args;
  return 'id' in args && typeof args.id === 'string' ? args.id : a.entry.id;
};

export const insertOnly = <N extends MutationName>(): Policy<N> => async (a: Apply<N>): Promise<Decision> => {
  const id = recordIdOf(a);
  return (await alreadyHave(a, id)) ?? storeRecord(a, id);
};
