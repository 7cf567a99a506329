import type { MutationName, OutboxEntry, OutboxEntryOf } from '../../../shared/sync/mutations';
import type { RejectionCode, RejectionReason } from '../../../shared/sync/protocol';
import type { Principal } from '../../auth/principal';
import type { Queryable } from '../../db/types';
import type { KnownRecords } from './storedRecord';

/** What head office decided about one mutation; `entry` is absent when it could not even be read. */
export type Decision =
  | { status: 'applied' | 'duplicate'; entry: OutboxEntry }
  | { status: 'rejected'; reason: RejectionReason; entry?: OutboxEntry };

/** One mutation being applied: in the push's transaction, by whom, when head office received it. */
export interface Apply<N extends MutationName = MutationName> {
  tx: Queryable;
  who: Principal;
  entry: OutboxEntryOf<N>;
  receivedAt: Date;
  known?: KnownRecords;
}

/**
 * What the helpers shared by all kinds read of an Apply. TypeScript takes Apply<N> as invariant in N (the
 * entry's type is an Extract), so they take this instead; an Apply of any one mutation is one.
 */
export interface Applying {
  tx: Queryable;
  who: Principal;
  entry: OutboxEntry;
  receivedAt: Date;
  /** Every field record under one id, as read before anything of this entry was written (push.ts, the id check). */
  known?: KnownRecords;
}


/** A kind's rule: checks the mutation against what head office has, and writes it or says why not. */
export type Policy<N extends MutationName = MutationName> = (a: Apply<N>) => Promise<Decision>;

export const applied = (a: Applying): Decision => ({ status: 'applied', entry: a.entry });
export const duplicate = (a: Applying): Decision => ({ status: 'duplicate', entry: a.entry });
export const rejected = (a: Applying, code: RejectionCode, message: string): Decision => ({
  status: 'rejected',
  entry: a.entry,
  reason: { code, message: message.slice(0, 1000) },
});
