import { rejected, type Policy } from './context';
import { insertOnly } from './insertOnly';

/**
 * A payment is insert-only. Source core_banking is head office's alone (the repayment import, server/payments/):
 * countOnce trusts it as the bank's record, so a device may not claim it.
 */
const stored = insertOnly<'recordPayment'>();

export const recordPayment: Policy<'recordPayment'> = async (a) => {
  if (a.entry.args.source === 'core_banking') return rejected(a, 'forbidden', 'a payment from core banking comes from head office’s import, not from a device; record a receipt or a transfer');
  return stored(a);
};
