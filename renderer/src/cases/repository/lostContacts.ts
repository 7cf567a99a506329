import type { RecoveryDeskDb } from '../../store/database';
import { lostContact, type LostContactActivity } from '../../../../shared/fieldwork/lostContact';

/**
 * The open cases on the device whose borrower is lost (失联, shared/fieldwork/lostContact.ts). Reads every case
 * and every activity: it runs when the case list opens, not on every keystroke, and the outcome of an attempt
 * is in no index.
 */
export async function lostContactCaseIds(db: RecoveryDeskDb): Promise<Set<string>> {
  const [cases, activities] = await Promise.all([db.cases.toArray(), db.activities.toArray()]);
  const byCase = new Map<string, LostContactActivity[]>();
  for (const a of activities) {
    const list = byCase.get(a.caseId);
    if (list) list.push(a);
    else byCase.set(a.caseId, [a]);
  }
  const lost = new Set<string>();
  for (const c of cases) {
    if (c.status === 'settled' || c.status === 'closed') continue;
    const borrower = c.parties.find((p) => p.role === 'borrower');
    if (borrower && lostContact(borrower, byCase.get(c.id) ?? []).lost) lost.add(c.id);
  }
  return lost;
}
