import type { ConductException } from './exceptions';

/**
 * What a supervisor's device shows of the branch's conduct exceptions (docs/records.md, "Conduct exceptions"):
 * the open ones in the inbox, and per collector on the team view. Open: neither covered by an override nor
 * reviewed yet.
 */
export const isOpenException = (x: Pick<ConductException, 'overriddenBy' | 'reviewedBy'>): boolean => x.overriddenBy === null && x.reviewedBy === null;

const newestFirst = (a: ConductException, b: ConductException) => Date.parse(b.foundAt) - Date.parse(a.foundAt) || Number(b.id) - Number(a.id) || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0);

/** The branch's open exceptions, the newest found first (then the larger id: head office's order). */
export function openExceptions(exceptions: readonly ConductException[], branchCode: string): ConductException[] {
  return exceptions.filter((x) => x.branchCode === branchCode && isOpenException(x)).sort(newestFirst);
}

export interface CollectorConduct {
  userId: string;
  /** Awaiting the supervisor's review. */
  open: number;
  /** Reviewed by a supervisor. */
  reviewed: number;
}

/** Per collector of the branch: open and reviewed exceptions (an override's are neither: it let the contact through). */
export function conductByCollector(exceptions: readonly ConductException[], branchCode: string): Map<string, CollectorConduct> {
  const out = new Map<string, CollectorConduct>();
  for (const x of exceptions) {
    if (x.branchCode !== branchCode || x.overriddenBy !== null) continue;
    const c = out.get(x.userId) ?? { userId: x.userId, open: 0, reviewed: 0 };
    if (x.reviewedBy === null) c.open += 1;
    else c.reviewed += 1;
    out.set(x.userId, c);
  }
  return out;
}
