import type { Case } from '../domain/case';
import type { LimitationEvent } from '../limitation/events';
import type { LetterType } from '../letters/types';
import { EVIDENCE_ITEMS, type ChecklistEntry, type EvidenceItem } from '../records/legalReferral';
import type { LegalStepRecord } from '../records/legalStep';

/** What the checklist reads of a registered letter and a receipt (structural: no store types in shared/). */
export interface ChecklistLetter {
  id: string;
  type: LetterType;
  partyId: string;
  copy: boolean;
  voided: unknown;
  delivery: { status: string; evidence: string | null };
  acknowledgement: unknown;
}
export interface ChecklistReceipt {
  id: string;
  voided: unknown;
}

/**
 * The evidence checklist of a referral, filled from the case (诉讼申请 证据清单): the contracts (the accounts),
 * the statement of amounts (the case itself at its snapshot date), demand letters that arrived with proof,
 * notices to guarantors that arrived, signed 回执, and receipts not voided. An item with no refs is missing:
 * the supervisor and head office see what the file lacks before they decide.
 */
export function evidenceChecklist(c: Pick<Case, 'id' | 'accounts'>, letters: readonly ChecklistLetter[], receipts: readonly ChecklistReceipt[]): ChecklistEntry[] {
  const live = letters.filter((l) => !l.voided && !l.copy);
  const delivered = (l: ChecklistLetter) => l.delivery.status === 'delivered' && l.delivery.evidence !== null;
  const refs: Record<EvidenceItem, string[]> = {
    contract: c.accounts.map((a) => a.id),
    statement: [c.id],
    demand_letter: live.filter((l) => l.type !== 'guarantor_demand' && l.type !== 'field_receipt' && l.type !== 'plan_confirmation' && delivered(l)).map((l) => l.id),
    guarantor_notice: live.filter((l) => l.type === 'guarantor_demand' && delivered(l)).map((l) => l.id),
    acknowledgement: live.filter((l) => l.acknowledgement !== null).map((l) => l.id),
    receipt: receipts.filter((r) => !r.voided).map((r) => r.id),
  };
  return EVIDENCE_ITEMS.map((item) => ({ item, refs: [...new Set(refs[item])] }));
}

/** The items a checklist lacks (no record behind them). */
export const missingItems = (checklist: readonly ChecklistEntry[]): EvidenceItem[] => checklist.filter((e) => e.refs.length === 0).map((e) => e.item);

/**
 * A filing interrupts limitation (Civil Code art. 195; limitation provisions art. 10: from the day the claim is
 * filed) for every party sued; the limitation engine shows the period suspended while the suit runs. When the
 * proceedings end with no judgment or mediation (withdrawn, dismissed: a closure with no decision before it), the
 * full period is counted again from the closure (art. 195: 从有关程序终结时起重新计算); after a judgment or
 * mediation the enforcement-application period governs instead (shared/legal/enforcement.ts).
 */
export function lawsuitEvents(steps: readonly LegalStepRecord[]): LimitationEvent[] {
  const byCase = new Map<string, LegalStepRecord[]>();
  for (const s of steps) byCase.set(s.legalCaseId, [...(byCase.get(s.legalCaseId) ?? []), s]);
  return [...byCase.values()].flatMap((list) => {
    const filing = list.find((s) => s.step.kind === 'file')?.step;
    if (filing?.kind !== 'file') return [];
    const filed = filing.parties.map((p): LimitationEvent => ({ kind: 'lawsuit', date: filing.filedOn, partyId: p.partyId, evidence: filing.caseNumber }));
    const decided = list.some((s) => s.step.kind === 'judgment' || s.step.kind === 'mediation');
    const closure = list.find((s) => s.step.kind === 'closure')?.step;
    if (decided || closure?.kind !== 'closure') return filed;
    return [...filed, ...filing.parties.map((p): LimitationEvent => ({ kind: 'lawsuit_ended', date: closure.on, partyId: p.partyId, evidence: filing.caseNumber }))];
  });
}

/**
 * While a suit is open (filed and not closed), the pack's litigation hold governs contact: only the channels it
 * allows (cn: `all_except_legal`, shared/compliance/packs). One hold per open legal case, from its filing.
 */
export function openSuitHolds(steps: readonly LegalStepRecord[]): { kind: 'litigation'; since: string }[] {
  const closed = new Set(steps.filter((s) => s.step.kind === 'closure').map((s) => s.legalCaseId));
  return steps.filter((s) => s.step.kind === 'file' && !closed.has(s.legalCaseId)).map((s) => ({ kind: 'litigation' as const, since: s.recordedAt }));
}
