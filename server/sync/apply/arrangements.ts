import { rejected, type Apply } from './context';
import { correction } from './corrections';
import type { StoredRecord } from './records';

/**
 * 特殊客户处置方案 at head office: decided once, by a supervisor of the case's branch who is not the
 * arrangement's maker (maker-checker, as for plans: the app's own check is not trusted).
 */
async function mayDecide(arrangement: StoredRecord, a: Apply<'decideArrangement'>) {
  const { who } = a;
  if (who.role !== 'supervisor') {
    return rejected(a, 'forbidden', `only a supervisor of the branch may approve or reject a special-customer arrangement; you are signed in as ${who.role}`);
  }
  const c = await a.tx.query<{ branch_code: string }>('SELECT branch_code FROM cases WHERE id = $1', [a.entry.caseId]);
  const branch = c.rows[0]?.branch_code;
  if (branch !== who.branchCode) {
    return rejected(a, 'forbidden', `arrangement ${arrangement.id} is on a case of branch ${branch ?? '(unknown)'}; only that branch's supervisor may decide it`);
  }
  if (arrangement.userId === who.userId) {
    return rejected(a, 'forbidden', `you proposed arrangement ${arrangement.id}: another supervisor must decide it (maker-checker)`);
  }
  return null;
}

export const decideArrangement = correction('decideArrangement', {
  noun: 'special-customer arrangement',
  already: (existing, a) =>
    `arrangement ${String(existing.args.arrangementId)} was already ${existing.args.decision === 'approve' ? 'approved' : 'rejected'} by ${existing.userId}; it is decided once (this ${a.entry.args.decision} was not applied)`,
  check: mayDecide,
});
