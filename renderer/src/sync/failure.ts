/**
 * How the sync client fails: every failure comes back to the caller as a typed result, never as an
 * exception into the UI. Inside the client a failure is thrown (fail) and turned into a result at the edge (run).
 */

export type SyncFailureCode = 'network' | 'unauthorized' | 'version' | 'server';
export interface SyncFailure {
  code: SyncFailureCode;
  message: string;
}

export type SyncResult<T> = { ok: true; value: T } | { ok: false; error: SyncFailure };

export class Failure extends Error {
  constructor(readonly failure: SyncFailure) {
    super(failure.message);
  }
}

export const fail = (code: SyncFailureCode, message: string): never => {
  throw new Failure({ code, message });
};

/** The message of anything thrown, for a failure's text. */
export function reasonOf(err: unknown): string {
  return String((err as Error)?.message ?? err);
}

export async function run<T>(work: () => Promise<T>): Promise<SyncResult<T>> {
  try {
    return { ok: true, value: await work() };
  } catch (err) {
    if (err instanceof Failure) return { ok: false, error: err.failure };
    // A local store failure (quota, a closed database) or a bug: still a result, never a throw.
    return { ok: false, error: { code: 'server', message: `sync stopped: ${reasonOf(err)}` } };
  }
}
