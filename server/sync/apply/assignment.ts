import { writeAssignment } from '../../import/reassign';
import { duplicate, rejected, type Policy } from './context';
import { caseNotHere, lockCase } from './caseData';
import { alreadyHave, storeRecord } from './records';

/** Roles a case may be given to: those who work cases (a supervisor may keep some himself). */
const HOLDS_CASES: ReadonlySet<string> = new Set(['collector', 'supervisor']);

/**
 * 分案 from a device (docs/records.md, "Assignment"): a move from the assignment the device saw. The case must
 * still be with `fromOfficerId` at head office — when another supervisor moved it first, the later move is
 * refused as a conflict (first-wins, as status changes), unless it ends where the case already is. The target
 * must be a user of the case's branch who holds cases; a supervisor works only the cases now in their branch
 * and cannot move one out of it (cross-branch moves are the import's). Applied through the import's own
 * reassignment (writeAssignment): the old collector's devices get a tombstone, the new one's the case and its
 * history. The record itself (who, when, why) stays in field_records.
 */
export const assignCase: Policy<'assignCase'> = async (a) => {
  const { caseId, fromOfficerId, officerId } = a.entry.args;
  const same = await alreadyHave(a, a.entry.args.id);
  if (same) return same;
  const c = await lockCase(a.tx, caseId);
  if (!c) return rejected(a, 'not_found', `${caseNotHere(caseId)}: it cannot be assigned`);
  if (a.who.role !== 'head_office_admin' && c.branchCode !== a.who.branchCode) {
    return rejected(a, 'out_of_scope', `case ${c.data.caseNumber} is no longer in branch ${a.who.branchCode}: it was not reassigned`);
  }
  const found = await a.tx.query<{ id: string; name: string; role: string; branch_code: string; branch_name: string }>(
    'SELECT u.id, u.name, u.role, u.branch_code, b.name AS branch_name FROM users u JOIN branches b ON b.code = u.branch_code WHERE u.id = $1',
    [officerId],
  );
  const officer = found.rows[0];
  if (!officer) return rejected(a, 'invalid', `there is no user ${officerId} at head office: case ${c.data.caseNumber} was not reassigned`);
  if (officer.branch_code !== c.branchCode) {
    return rejected(a, 'invalid', `${officer.name} is of branch ${officer.branch_code}, case ${c.data.caseNumber} of branch ${c.branchCode}: a case is moved within its branch only`);
  }
  if (!HOLDS_CASES.has(officer.role)) return rejected(a, 'invalid', `${officer.name} is a ${officer.role} and holds no cases: case ${c.data.caseNumber} was not reassigned`);
  if (c.officerId !== fromOfficerId) {
    if (c.officerId === officerId) return duplicate(a);
    return rejected(a, 'conflict', `case ${c.data.caseNumber} was reassigned meanwhile (now ${c.data.assignment.officerName ?? 'unassigned'}, not ${fromOfficerId ?? 'unassigned'}): this move was not applied`);
  }
  const decision = await storeRecord(a, a.entry.args.id);
  const nowIso = a.receivedAt.toISOString();
  await writeAssignment(a.tx, c, { id: officer.id, name: officer.name, branchCode: officer.branch_code, branchName: officer.branch_name }, nowIso);
  return decision;
};
