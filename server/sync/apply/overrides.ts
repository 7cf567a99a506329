import { mayApproveOverride, type Refusal } from '../../../shared/domain/permissions';
import type { Role } from '../../../shared/domain/staff';
import { rejected, type Apply, type Decision } from './context';
import { correction } from './corrections';
import { insertOnly } from './insertOnly';
import { findInCase, type StoredRecord } from './records';

/**
 * Overrides at head office (docs/compliance.md, "Overrides"). A decision is taken once, for a request head
 * office has on the same case, by a supervisor of the case's branch who did not ask (maker-checker). Head office
 * cannot check a password typed on the requesting device, so a decision made there (how = on_requesting_device)
 * is accepted only from that very device under the requester's sign-in, on a device of the case's branch, naming
 * a supervisor head office knows for that branch now; it goes back to the branch's devices, where the supervisor
 * sees it among the decisions given in their name.
 */
const WHY: Record<Refusal, string> = {
  role: 'is not a supervisor',
  other_branch: "is not a supervisor of the case's branch",
  not_your_case: 'may not decide on this case',
  own_plan: 'asked for it',
  own_request: 'asked for it: another supervisor must decide (maker-checker)',
  field: 'may not decide it',
};

async function mayDecide(request: StoredRecord, a: Apply<'decideOverride'>): Promise<Decision | null> {
  const { args, deviceId } = a.entry;
  const users = await a.tx.query<{ role: Role; branch_code: string }>('SELECT role, branch_code FROM users WHERE id = $1', [args.decidedBy]);
  const decider = users.rows[0];
  if (!decider) return rejected(a, 'forbidden', `head office knows no user ${args.decidedBy}; override request ${request.id} was not decided`);
  const cases = await a.tx.query<{ branch_code: string }>('SELECT branch_code FROM cases WHERE id = $1', [a.entry.caseId]);
  const branchCode = cases.rows[0]?.branch_code ?? '';
  const verdict = mayApproveOverride({ id: args.decidedBy, role: decider.role, branchCode: decider.branch_code }, { branchCode, officerId: null }, request.userId);
  if (!verdict.ok) return rejected(a, 'forbidden', `${args.decidedBy} ${WHY[verdict.refusal]}; override request ${request.id} was not decided`);
  if (args.how === 'own_device' && args.decidedBy !== a.who.userId) {
    return rejected(a, 'forbidden', `a decision made on the supervisor's own device is sent by that supervisor, not by ${a.who.userId}`);
  }
  if (args.how === 'on_requesting_device' && (a.who.userId !== request.userId || deviceId !== request.deviceId || a.who.branchCode !== branchCode)) {
    return rejected(a, 'forbidden', `a decision made on the requesting device is accepted only from device ${request.deviceId} of ${request.userId}, in the case's branch`);
  }
  return null;
}

export const requestOverride = insertOnly<'requestOverride'>();

export const decideOverride = correction('decideOverride', {
  noun: 'override request',
  already: (existing) => `override request ${String(existing.args.requestId)} was already ${existing.args.decision === 'approve' ? 'approved' : 'rejected'} by ${String(existing.args.decidedBy)}; it is decided once`,
  check: mayDecide,
});

/**
 * An override that names its request must use an approval head office has, given by the supervisor it names,
 * and only once; one without (stored before requests existed) is kept as it was.
 */
export const recordOverride = async (a: Apply<'recordOverride'>): Promise<Decision> => {
  const { requestId, supervisorId, id } = a.entry.args;
  if (requestId !== undefined) {
    const decision = await findInCase(a, 'decideOverride', requestId);
    if (!decision || decision.args.decision !== 'approve' || decision.args.decidedBy !== supervisorId) {
      return rejected(a, 'not_found', `head office has no approval of override request ${requestId} by ${supervisorId} on case ${a.entry.caseId}`);
    }
    const used = await a.tx.query<{ id: string }>(
      `SELECT id FROM field_records WHERE kind = 'recordOverride' AND id <> $1 AND data -> 'args' ->> 'requestId' = $2 LIMIT 1`,
      [id, requestId],
    );
    if (used.rows[0]) return rejected(a, 'conflict', `override request ${requestId} already let contact ${used.rows[0].id} through; an approval is used once`);
  }
  return insertOnly<'recordOverride'>()(a);
};
