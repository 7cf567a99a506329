import type { z } from 'zod';
import type { Action } from '../domain/permissions';
import type { MutationName } from './names';

/**
 * How head office (and a device applying what head office sent) settles two devices touching the same record
 * (docs/records.md, "Conflict classes"). Each mutation has exactly one.
 */
export type ConflictClass<A> =
  /** Created once and never changed: the same copy again is a duplicate, other content under its id a conflict. */
  | { class: 'insert_only' }
  /** Corrects a record of `target` once (a void, a decision, a resolution): the first head office takes stands. */
  | { class: 'once_only_correction'; target: MutationName; ref(args: A): string }
  /** An event on a record of `target` that may happen again (a letter posted, then delivered). */
  | { class: 'repeatable_event'; target: MutationName; ref(args: A): string }
  /** Adds to or retires from a list on the case (phones, addresses): never overwrites, retires once. */
  | { class: 'add_retire' }
  /** Moves the case through its state machine, from the state the device saw. */
  | { class: 'state_machine' };

/** Everything the app knows about one mutation, in the module of its record kind. */
export interface MutationKind<S extends z.ZodType> {
  /** Its arguments on the wire (strict: an unknown key is refused on the device that wrote it). */
  args: S;
  /** What the signed-in role must be allowed to do (shared/domain/permissions.ts); null: only being signed in. */
  action: Action | null;
  conflict: ConflictClass<z.output<S>>;
  /** Whether head office sends it back to the devices of the case's scope (access events stay at head office). */
  toDevices: boolean;
}

/** Declares a mutation kind; the identity, for the types. */
export const mutationKind = <S extends z.ZodType>(spec: MutationKind<S>): MutationKind<S> => spec;

export const INSERT_ONLY = { class: 'insert_only' } as const;

/** Who made a record (from the pulled record's envelope): a record built on another device keeps its maker. */
export interface Maker {
  userId: string;
  deviceId: string;
}

export const distinct = (items: readonly string[]): boolean => new Set(items).size === items.length;
