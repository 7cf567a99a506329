import { transitionCase } from '../../../shared/fieldwork/caseStatus';
import { duplicate, rejected, type Policy } from './context';
import { caseNotHere, lockCase, saveCase } from './caseData';
import { alreadyHave, storeRecord } from './records';

/**
 * Status changes are not last-writer-wins: each goes through the state machine (shared/fieldwork/caseStatus)
 * from the status head office has now. A change made from a status the case has since left (another device
 * moved it first) is refused as a conflict, unless it ends where the case already is (nothing to do).
 */
export const setCaseStatus: Policy<'setCaseStatus'> = async (a) => {
  const { from, to, holdReason } = a.entry.args;
  const same = await alreadyHave(a, a.entry.id);
  if (same) return same;
  const c = await lockCase(a.tx, a.entry.args.caseId);
  if (!c) return rejected(a, 'not_found', `${caseNotHere(a.entry.args.caseId)}: its status cannot change`);
  const current = c.data.status;
  if (current !== from) {
    if (current === to && (c.data.holdReason ?? null) === holdReason) return duplicate(a);
    return rejected(a, 'conflict', `case ${c.data.caseNumber} is ${current} at head office, no longer ${from}: the change ${from} → ${to} was not applied`);
  }
  const verdict = transitionCase(from, to, { holdReason });
  if (!verdict.ok) {
    const allowed = 'allowed' in verdict ? verdict.allowed.join(', ') || 'none' : '';
    return rejected(a, 'conflict', `case ${c.data.caseNumber} cannot go from ${from} to ${to} (${verdict.code}${allowed ? `; allowed: ${allowed}` : ''})`);
  }
  const decision = await storeRecord(a, a.entry.id);
  const nowIso = a.receivedAt.toISOString();
  await saveCase(a.tx, c, { ...c.data, status: verdict.to, holdReason: verdict.holdReason }, nowIso);
  // The daily import keeps a status a device set (it reopens only cases it settled itself).
  await a.tx.query(`UPDATE cases SET status_by = 'device' WHERE id = $1`, [c.id]);
  return decision;
};
