import { holdsOfCase } from '../../../../shared/compliance/holds';
import { openSuitHolds } from '../../../../shared/legal/checklist';
import { letterHoldProblems } from '../../../../shared/letters/check';
import type { LetterType } from '../../../../shared/letters';
import type { RecoveryDeskDb } from '../../store/database';
import { ActionRefused } from '../../store/runAction';
import { currentPack } from '../../fieldwork/compliancePack';

/**
 * A letter is contact: judged again where it is registered against the case's holds (its open disputes and
 * complaints included), so a screen that did not know of a dispute cannot send one. Refuses naming the rule.
 */
export async function refuseHeldLetter(db: RecoveryDeskDb, letter: { caseId: string; type: LetterType; issueDate: string }, now: Date): Promise<void> {
  const c = await db.cases.get(letter.caseId);
  if (!c) throw new ActionRefused('fieldwork.error.no_case');
  const disputes = await db.disputes.where('caseId').equals(c.id).toArray();
  const problems = letterHoldProblems({ type: letter.type, case: c, holds: [...holdsOfCase(c, disputes), ...(c.status === 'legal' ? [] : openSuitHolds(await db.legalSteps.where('caseId').equals(c.id).toArray()).slice(0, 1))], now, issueDate: letter.issueDate, pack: currentPack() });
  const block = problems.find((p) => p.severity === 'block');
  if (block) throw new ActionRefused('letters.error.held', { rule: block.ruleId ?? '', reason: String(block.params.reason), caseNumber: c.caseNumber });
}
