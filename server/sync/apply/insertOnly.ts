import { argsOf, type Apply, type Decision, type Policy } from './context';
import { alreadyHave, storeRecord } from './records';

/**
 * Activities, promises, payments, plans, planned visits, letters, disputes, overrides, access events and any
 * kind head office has no special rule for: insert-only and immutable. The same copy again is a duplicate;
 * other content under the same id is a conflict (a correction is its own record: a void, a cancellation).
 */
export const recordIdOf = (a: Apply): string => {
  const id = argsOf(a).id;
  return typeof id === 'string' ? id : a.entry.id;
};

export const insertOnly: Policy = async (a: Apply): Promise<Decision> => {
  const id = recordIdOf(a);
  return (await alreadyHave(a, id)) ?? storeRecord(a, id);
};
