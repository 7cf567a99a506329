import type { AppSync } from './appSync';
import type { SessionAccess } from './sessionAccess';

/**
 * The live objects of the signed-in session (the credentials closure and the sync loop). Kept out of the
 * zustand state on purpose: the state is inspectable and serialisable, a token must be neither.
 */
export interface SessionRuntime {
  access: SessionAccess | null;
  sync: AppSync;
}

let current: SessionRuntime | null = null;

export function setSessionRuntime(next: SessionRuntime | null): void {
  current?.sync.stop();
  current?.access?.clear();
  current = next;
}

export function sessionRuntime(): SessionRuntime | null {
  return current;
}
