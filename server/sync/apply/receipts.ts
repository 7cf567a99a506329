import { rejected, type Policy } from './context';
import { alreadyHave, storeRecord } from './records';

/**
 * A receipt is insert-only, and its number (device code + counter) is unique bank-wide: a second receipt
 * with the same number under another id is refused, whatever its case.
 */
export const recordReceipt: Policy<'recordReceipt'> = async (a) => {
  const { id, number } = a.entry.args;
  const same = await alreadyHave(a, id, () => `receipt ${number} (${id}) was already received with different content; a wrong receipt is voided, never changed`);
  if (same) return same;
  const taken = await a.tx.query<{ id: string }>(`SELECT id FROM field_records WHERE kind = 'recordReceipt' AND data -> 'args' ->> 'number' = $1`, [number]);
  if (taken.rows.length > 0) {
    return rejected(a, 'conflict', `receipt number ${number} is already used by another receipt; each printed receipt needs its own number`);
  }
  return storeRecord(a, id);
};
