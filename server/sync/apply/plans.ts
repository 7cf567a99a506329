import { rejected, type Apply } from './context';
import { correction } from './corrections';
import type { StoredRecord } from './records';

/**
 * Maker-checker at head office, not only in the app: a plan is decided once, by a supervisor of the case's
 * branch (or a head-office admin) who is not the plan's maker.
 */
async function mayDecide(plan: StoredRecord, a: Apply<'decidePlan'>) {
  const { who } = a;
  if (who.role !== 'supervisor' && who.role !== 'head_office_admin') {
    return rejected(a, 'forbidden', `only a supervisor may approve or reject a repayment plan; you are signed in as ${who.role}`);
  }
  if (who.role === 'supervisor') {
    const c = await a.tx.query<{ branch_code: string }>('SELECT branch_code FROM cases WHERE id = $1', [a.entry.caseId]);
    const branch = c.rows[0]?.branch_code;
    if (branch !== who.branchCode) {
      return rejected(a, 'forbidden', `plan ${plan.id} is on a case of branch ${branch ?? '(unknown)'}; only that branch's supervisor may decide it`);
    }
  }
  if (plan.userId === who.userId) {
    return rejected(a, 'forbidden', `you made plan ${plan.id}: another supervisor must decide it (maker-checker)`);
  }
  return null;
}

export const decidePlan = correction('decidePlan', {
  noun: 'repayment plan',
  already: (existing, a) =>
    `plan ${String(existing.args.planId)} was already ${existing.args.decision === 'approve' ? 'approved' : 'rejected'} by ${existing.userId}; it is decided once (this ${a.entry.args.decision} was not applied)`,
  check: mayDecide,
});
