import type { OutboxEntry } from '../../../shared/sync/mutations';
import type { RejectionCode, RejectionReason } from '../../../shared/sync/protocol';
import type { Principal } from '../../auth/principal';
import type { Queryable } from '../../db/types';

/** What head office decided about one mutation; `entry` is absent when it could not even be read. */
export type Decision =
  | { status: 'applied' | 'duplicate'; entry: OutboxEntry }
  | { status: 'rejected'; reason: RejectionReason; entry?: OutboxEntry };

/** One mutation being applied: in the push's transaction, by whom, when head office received it. */
export interface Apply {
  tx: Queryable;
  who: Principal;
  entry: OutboxEntry;
  receivedAt: Date;
}

/** A kind's rule: checks the mutation against what head office has, and writes it or says why not. */
export type Policy = (a: Apply) => Promise<Decision>;

/** The mutation's args, read loosely: each policy knows the fields of its own kind. */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- args are typed by name; policies read their own
export const argsOf = (a: Apply): Record<string, any> => a.entry.args as Record<string, unknown>;

export const applied = (a: Apply): Decision => ({ status: 'applied', entry: a.entry });
export const duplicate = (a: Apply): Decision => ({ status: 'duplicate', entry: a.entry });
export const rejected = (a: Apply, code: RejectionCode, message: string): Decision => ({
  status: 'rejected',
  entry: a.entry,
  reason: { code, message: message.slice(0, 1000) },
});
