import type { LegalStep } from '../records/legalStep';
import type { LegalStepKind } from './status';

/**
 * The dates of a legal case's steps must follow the case (docs/domain.md, "Legal recovery"): nothing happens in a
 * suit before it is filed, enforcement is applied for only once the judgment or mediation statement is effective,
 * what enforcement brings or ends comes after its application, and a closure after everything but hearings (a
 * hearing may be set for a day the suit never reaches, when it is withdrawn or settled first). A judgment's last day
 * of performance is not before it is effective. Checked by head office before it keeps a step
 * (server/sync/apply/legal.ts) and by the console's form before it sends one, so a typo in a year is caught
 * instead of restarting the limitation period or the enforcement deadline from a wrong day.
 */

/** The day a step happened (or, for a hearing, is set for). */
export function stepDateOf(step: LegalStep): string {
  switch (step.kind) {
    case 'file':
      return step.filedOn;
    case 'hearing':
    case 'enforcement_ended':
    case 'closure':
      return step.on;
    case 'mediation':
    case 'judgment':
      return step.effectiveOn;
    case 'enforcement_application':
      return step.appliedOn;
    case 'enforcement_recovery':
      return step.receivedOn;
  }
}

/** Why a step's date cannot be: it is before `earliest`, the date of the `after` step it must follow. */
export type StepDateRefusal = {
  code: 'legal.refused.date';
  kind: LegalStepKind;
  date: string;
  /** The step it must not precede; `effectiveOn` when a judgment's last day of performance is before its own effective date. */
  after: LegalStepKind | 'effectiveOn';
  earliest: string;
};

const ADJUDICATION: readonly LegalStepKind[] = ['judgment', 'mediation'];
const ENFORCEMENT_START: readonly LegalStepKind[] = ['enforcement_application'];

/** The latest step of one of `kinds` among `prior` (in the order recorded), or null. */
function latestOf(prior: readonly LegalStep[], kinds: readonly LegalStepKind[]): LegalStep | null {
  let found: LegalStep | null = null;
  for (const s of prior) if (kinds.includes(s.kind) && (!found || stepDateOf(s) >= stepDateOf(found))) found = s;
  return found;
}

/** What `step` must not precede, given the case's steps so far (their order already checked by shared/legal/status.ts). */
function mustFollow(prior: readonly LegalStep[], step: LegalStep): LegalStep[] {
  const filing = prior.filter((s) => s.kind === 'file');
  switch (step.kind) {
    case 'file':
      return [];
    case 'hearing':
    case 'mediation':
    case 'judgment':
      return filing;
    case 'enforcement_application':
      // Again after 终结本次执行 (恢复执行): not before that ending either.
      return [...filing, ...[latestOf(prior, ADJUDICATION), latestOf(prior, ['enforcement_ended'])].filter((s): s is LegalStep => s !== null)];
    case 'enforcement_recovery':
    case 'enforcement_ended':
      return [...filing, ...[latestOf(prior, ENFORCEMENT_START)].filter((s): s is LegalStep => s !== null)];
    case 'closure':
      return prior.filter((s) => s.kind !== 'hearing');
  }
}

/** Null when `step`'s date may follow `prior` (the case's steps so far), else the step it would precede. */
export function checkStepDate(prior: readonly LegalStep[], step: LegalStep): StepDateRefusal | null {
  const date = stepDateOf(step);
  if ((step.kind === 'judgment' || step.kind === 'mediation') && step.performBy !== null && step.performBy < step.effectiveOn) {
    return { code: 'legal.refused.date', kind: step.kind, date: step.performBy, after: 'effectiveOn', earliest: step.effectiveOn };
  }
  let latest: LegalStep | null = null;
  for (const s of mustFollow(prior, step)) if (stepDateOf(s) > date && (!latest || stepDateOf(s) > stepDateOf(latest))) latest = s;
  return latest ? { code: 'legal.refused.date', kind: step.kind, date, after: latest.kind, earliest: stepDateOf(latest) } : null;
}
