import { createHash } from 'node:crypto';

/**
 * What an import does to each case, counted in total and by branch, and a digest of the whole plan (which case
 * gets which outcome). The console's dry run keeps the digest; applying that upload later checks the plan is
 * still the same, so what is applied is what the admin saw (docs/server.md, "Portfolio in the console").
 */

export interface ImportCounts {
  new: number;
  updated: number;
  unchanged: number;
  closed: number;
  /** Cases (customers) rejected whole. */
  rejected: number;
  /** Rows of the file in rejected cases. */
  rejectedRows: number;
}

export type CaseOutcome = 'new' | 'updated' | 'unchanged' | 'closed' | 'rejected';

export const zeroCounts = (): ImportCounts => ({ new: 0, updated: 0, unchanged: 0, closed: 0, rejected: 0, rejectedRows: 0 });

export class Tally {
  readonly counts = zeroCounts();
  readonly byBranch = new Map<string, ImportCounts>();
  private readonly outcomes: string[] = [];

  /** `branch`: where the case goes (or, for a closure or a rejection, where it is or was to go); '' when unknown. */
  add(outcome: CaseOutcome, caseId: string, branch: string, rejectedRows = 0): void {
    let b = this.byBranch.get(branch);
    if (!b) this.byBranch.set(branch, (b = zeroCounts()));
    for (const c of [this.counts, b]) {
      c[outcome]++;
      c.rejectedRows += rejectedRows;
    }
    this.outcomes.push(`${caseId}\t${outcome}\t${branch}`);
  }

  /** By branch, in branch-code order. */
  branches(): BranchCounts[] {
    return [...this.byBranch].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([branchCode, counts]) => ({ branchCode, ...counts }));
  }

  /** SHA-256 of every case's outcome, in case-id order: equal digests, the same plan. */
  digest(): string {
    return createHash('sha256').update([...this.outcomes].sort().join('\n')).digest('hex');
  }
}

export type BranchCounts = ImportCounts & { branchCode: string };
