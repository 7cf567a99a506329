import type { LegalStepRecord } from '../records/legalStep';
import { enforcementPeriod, type EnforcementPeriod } from './enforcement';
import { legalCaseStatusOf, type LegalCaseStatus } from './status';
import type { WorkingCalendar } from '../calendar';

/**
 * One legal case as the device and head office show it: its steps in order, its status from the status machine,
 * and the enforcement-application period once a judgment or mediation sets the terms (shared/legal/enforcement.ts).
 */
export interface LegalCaseSummary {
  id: string;
  caseId: string;
  status: LegalCaseStatus;
  steps: readonly LegalStepRecord[];
  filedOn: string;
  enforcement: EnforcementPeriod | null;
}

/** Steps grouped by legal case, each in the order given (head office's order of receipt, or recordedAt on a device). */
export function legalCasesOf(steps: readonly LegalStepRecord[], today: string, calendar?: WorkingCalendar): LegalCaseSummary[] {
  const byCase = new Map<string, LegalStepRecord[]>();
  for (const s of steps) byCase.set(s.legalCaseId, [...(byCase.get(s.legalCaseId) ?? []), s]);
  const out: LegalCaseSummary[] = [];
  for (const [id, list] of byCase) {
    const filing = list.find((s) => s.step.kind === 'file');
    if (!filing || filing.step.kind !== 'file') continue;
    const ordered = [filing, ...list.filter((s) => s !== filing)];
    const { status } = legalCaseStatusOf(ordered.map((s) => s.step));
    if (status === 'none') continue;
    out.push({ id, caseId: filing.caseId, status, steps: ordered, filedOn: filing.step.filedOn, enforcement: enforcementOf(ordered, today, calendar) });
  }
  return out.sort((a, b) => (a.filedOn < b.filedOn ? -1 : a.filedOn > b.filedOn ? 1 : 0));
}

function enforcementOf(steps: readonly LegalStepRecord[], today: string, calendar?: WorkingCalendar): EnforcementPeriod | null {
  const decided = [...steps].reverse().find((s) => s.step.kind === 'judgment' || s.step.kind === 'mediation');
  if (!decided || (decided.step.kind !== 'judgment' && decided.step.kind !== 'mediation')) return null;
  const { effectiveOn, performBy, instalmentDueDates } = decided.step;
  const applied = steps.find((s) => s.step.kind === 'enforcement_application');
  const appliedOn = applied?.step.kind === 'enforcement_application' ? applied.step.appliedOn : null;
  return enforcementPeriod({ terms: { effectiveOn, performBy, instalmentDueDates }, appliedOn, today, ...(calendar ? { calendar } : {}) });
}
