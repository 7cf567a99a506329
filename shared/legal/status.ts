/**
 * The two lifecycles of legal recovery as pure state machines, checked by the device before it writes and by
 * head office before it applies (server/sync/apply/legal.ts), so neither trusts the other.
 *
 * Referral (诉讼申请): proposed → approved | rejected by a supervisor of the branch (maker-checker) → accepted |
 * returned by head office's legal staff. Only an accepted referral may become a legal case.
 *
 * Legal case (诉讼案件), moved by its steps:
 *   file                       (none)                              → filed
 *   hearing 开庭               filed, in_trial                     → in_trial
 *   mediation 调解 / judgment  filed, in_trial                     → adjudicated
 *   enforcement_application    adjudicated, enforcement_ended      → enforcing   (申请执行; again: 恢复执行)
 *   enforcement_recovery       enforcing                           → enforcing   (执行回款)
 *   enforcement_ended          enforcing                           → enforcement_ended (终结本次执行)
 *   closure 结案               any but closed                      → closed
 */

export const REFERRAL_STATUSES = ['proposed', 'approved', 'rejected', 'accepted', 'returned'] as const;
export type ReferralStatus = (typeof REFERRAL_STATUSES)[number];

export const REFERRAL_MOVES = ['approve', 'reject', 'accept', 'return'] as const;
export type ReferralMove = (typeof REFERRAL_MOVES)[number];

const REFERRAL_TABLE: Readonly<Record<ReferralMove, { from: ReferralStatus; to: ReferralStatus }>> = {
  approve: { from: 'proposed', to: 'approved' },
  reject: { from: 'proposed', to: 'rejected' },
  accept: { from: 'approved', to: 'accepted' },
  return: { from: 'approved', to: 'returned' },
};

export type Move<S> = { ok: true; to: S } | { ok: false; code: 'legal.refused.transition'; from: S | 'none'; move: string };

/** Where a referral goes by `move`, or why it may not. */
export function moveReferral(from: ReferralStatus, move: ReferralMove): Move<ReferralStatus> {
  const rule = REFERRAL_TABLE[move];
  return rule.from === from ? { ok: true, to: rule.to } : { ok: false, code: 'legal.refused.transition', from, move };
}

export const LEGAL_CASE_STATUSES = ['filed', 'in_trial', 'adjudicated', 'enforcing', 'enforcement_ended', 'closed'] as const;
export type LegalCaseStatus = (typeof LEGAL_CASE_STATUSES)[number];

export const LEGAL_STEP_KINDS = [
  'file',
  'hearing',
  'mediation',
  'judgment',
  'enforcement_application',
  'enforcement_recovery',
  'enforcement_ended',
  'closure',
] as const;
export type LegalStepKind = (typeof LEGAL_STEP_KINDS)[number];

const OPEN: readonly LegalCaseStatus[] = ['filed', 'in_trial', 'adjudicated', 'enforcing', 'enforcement_ended'];

const STEP_TABLE: Readonly<Record<LegalStepKind, { from: readonly (LegalCaseStatus | 'none')[]; to: LegalCaseStatus | 'same' }>> = {
  file: { from: ['none'], to: 'filed' },
  hearing: { from: ['filed', 'in_trial'], to: 'in_trial' },
  mediation: { from: ['filed', 'in_trial'], to: 'adjudicated' },
  judgment: { from: ['filed', 'in_trial'], to: 'adjudicated' },
  enforcement_application: { from: ['adjudicated', 'enforcement_ended'], to: 'enforcing' },
  enforcement_recovery: { from: ['enforcing'], to: 'same' },
  enforcement_ended: { from: ['enforcing'], to: 'enforcement_ended' },
  closure: { from: OPEN, to: 'closed' },
};

/** Where a legal case goes by a step (`none`: no case yet), or why it may not. */
export function moveLegalCase(from: LegalCaseStatus | 'none', step: LegalStepKind): Move<LegalCaseStatus> {
  const rule = STEP_TABLE[step];
  if (!rule.from.includes(from)) return { ok: false, code: 'legal.refused.transition', from, move: step };
  return { ok: true, to: rule.to === 'same' ? (from as LegalCaseStatus) : rule.to };
}

/** The status after `steps` in order; the first step that may not be taken is returned with the status before it. */
export function legalCaseStatusOf(steps: readonly { kind: LegalStepKind }[]): { status: LegalCaseStatus | 'none'; refused: number | null } {
  let status: LegalCaseStatus | 'none' = 'none';
  for (const [i, s] of steps.entries()) {
    const m = moveLegalCase(status, s.kind);
    if (!m.ok) return { status, refused: i };
    status = m.to;
  }
  return { status, refused: null };
}

/** A suit is open (the litigation hold governs contact) from filing until closure. */
export const isSuitOpen = (status: LegalCaseStatus | 'none'): boolean => status !== 'none' && status !== 'closed';
