import type { Role } from './staff';

/**
 * What each role may do, as data: one table the screens, the head-office routes and the push decisions all
 * read, so a rule is changed in one place and table-tested. Roles from docs/domain.md: collectors work their own
 * cases; clerks print and register letters; supervisors assign, approve (maker-checker) and watch the
 * branch; head-office admins see every branch and manage devices, but do no field work.
 */
export const ACTIONS = [
  'read_cases',
  'log_contact',
  'record_receipt',
  'void_receipt',
  'propose_plan',
  'approve_plan',
  'plan_visit',
  'change_status',
  'edit_contacts',
  'attach_evidence',
  'issue_letter',
  'batch_print',
  'register_delivery',
  'unmask',
  'export',
  'assign_cases',
  'revoke_device',
  'resolve_dispute',
  'approve_override',
  // Legal recovery (docs/domain.md): a collector or supervisor refers a case; head office's legal staff run the case.
  'refer_legal',
  'manage_legal',
  // 目标: a branch's monthly recovery target and its split (docs/kpi.md, "Targets").
  'set_targets',
  // 委外: giving a case to an agency and recalling it (docs/domain.md, "Outsourcing"): head office's.
  'outsource_cases',
  // Conduct exceptions head office found in the branch (docs/records.md, "Conduct exceptions"): seen and followed up.
  'review_conduct',
] as const;
export type Action = (typeof ACTIONS)[number];

/**
 * How far an action reaches: `own` the cases assigned to the user, `branch` the cases of their branch, `all`
 * every branch. An action a role may not take is absent from its row.
 */
export type Reach = 'own' | 'branch' | 'all';

/** The personal data that can be revealed in full, one value at a time, with a reason (PIPL; docs/compliance.md). */
export const UNMASKABLE_FIELDS = ['phone', 'id_number', 'address'] as const;
export type UnmaskableField = (typeof UNMASKABLE_FIELDS)[number];

export const PERMISSIONS: Readonly<Record<Role, Readonly<Partial<Record<Action, Reach>>>>> = {
  collector: {
    read_cases: 'own',
    log_contact: 'own',
    record_receipt: 'own',
    // A receipt written wrong is voided with a reason and written again on the spot, often offline on a visit
    // (docs/domain.md); the void is audited and reconciled at head office against what was deposited.
    void_receipt: 'own',
    propose_plan: 'own',
    plan_visit: 'own',
    change_status: 'own',
    edit_contacts: 'own',
    attach_evidence: 'own',
    // docs/domain.md: collectors work their cases "by phone, letter and field visit"; batches are the clerk's.
    issue_letter: 'own',
    register_delivery: 'own',
    unmask: 'own',
    refer_legal: 'own',
  },
  clerk: {
    read_cases: 'branch',
    record_receipt: 'branch',
    attach_evidence: 'branch',
    issue_letter: 'branch',
    batch_print: 'branch',
    register_delivery: 'branch',
    unmask: 'branch',
    export: 'branch',
  },
  supervisor: {
    read_cases: 'branch',
    log_contact: 'branch',
    record_receipt: 'branch',
    void_receipt: 'branch',
    propose_plan: 'branch',
    approve_plan: 'branch',
    plan_visit: 'branch',
    change_status: 'branch',
    edit_contacts: 'branch',
    attach_evidence: 'branch',
    issue_letter: 'branch',
    batch_print: 'branch',
    register_delivery: 'branch',
    unmask: 'branch',
    export: 'branch',
    assign_cases: 'branch',
    revoke_device: 'branch',
    // 投诉处理 is the supervisor's duty (docs/domain.md); the collector who opened it never closes it.
    resolve_dispute: 'branch',
    // Lets a contact through that a rule left to a supervisor (docs/compliance.md, "Overrides"); never the requester's own.
    approve_override: 'branch',
    refer_legal: 'branch',
    set_targets: 'branch',
    // The supervisor watches the branch's conduct and coaches the collector (issue 17 §6).
    review_conduct: 'branch',
  },
  head_office_admin: {
    read_cases: 'all',
    export: 'all',
    assign_cases: 'all',
    revoke_device: 'all',
    manage_legal: 'all',
    set_targets: 'all',
    outsource_cases: 'all',
  },
};

/** Which values each role may reveal: collectors the numbers and addresses they call and visit, clerks addresses. */
export const UNMASKABLE_BY_ROLE: Readonly<Record<Role, readonly UnmaskableField[]>> = {
  collector: ['phone', 'address'],
  clerk: ['address'],
  supervisor: ['phone', 'id_number', 'address'],
  head_office_admin: [],
};

/** The person asking: their id, role and branch (a Staff or a head-office principal). */
export interface Actor {
  id: string;
  role: Role;
  branchCode: string;
}

/** Where a case sits: its branch and the collector it is assigned to (null while unassigned). */
export interface CaseAssignment {
  branchCode: string;
  officerId: string | null;
}

/** Why an action is refused, as a stable code the UI translates (`permissions.refused.<code>`). */
export type Refusal = 'role' | 'not_your_case' | 'other_branch' | 'own_plan' | 'field' | 'own_request';
export type Verdict = { ok: true } | { ok: false; refusal: Refusal };

const OK: Verdict = { ok: true };
const no = (refusal: Refusal): Verdict => ({ ok: false, refusal });

/** Whether the role may take the action at all, on some case. */
export function roleMay(role: Role, action: Action): boolean {
  return PERMISSIONS[role][action] !== undefined;
}

/** Whether `actor` may take `action`, on `target` when the action is about a case. */
export function permits(actor: Actor, action: Action, target?: CaseAssignment): Verdict {
  const reach = PERMISSIONS[actor.role][action];
  if (reach === undefined) return no('role');
  if (!target || reach === 'all') return OK;
  if (target.branchCode !== actor.branchCode) return no('other_branch');
  if (reach === 'own' && target.officerId !== actor.id) return no('not_your_case');
  return OK;
}

/** Maker-checker: a supervisor of the case's branch approves, never the plan's maker. */
export function mayApprovePlan(actor: Actor, target: CaseAssignment, makerId: string): Verdict {
  const verdict = permits(actor, 'approve_plan', target);
  if (!verdict.ok) return verdict;
  return actor.id === makerId ? no('own_plan') : OK;
}

/** Maker-checker for overrides: a supervisor of the case's branch decides, never the one who asked. */
export function mayApproveOverride(actor: Actor, target: CaseAssignment, requesterId: string): Verdict {
  const verdict = permits(actor, 'approve_override', target);
  if (!verdict.ok) return verdict;
  return actor.id === requesterId ? no('own_request') : OK;
}

/** Whether `actor` may reveal `field` on the case: the unmask permission and the field allowed to the role. */
export function mayUnmask(actor: Actor, field: UnmaskableField, target: CaseAssignment): Verdict {
  const verdict = permits(actor, 'unmask', target);
  if (!verdict.ok) return verdict;
  return UNMASKABLE_BY_ROLE[actor.role].includes(field) ? OK : no('field');
}

/**
 * The action each intent mutation stands for, so head office can check a push entry with `permits` (the
 * case's assignment read from its own records). Access events are the user's own record of what they did
 * and need no permission beyond being signed in (null).
 */
export const MUTATION_ACTIONS = {
  recordActivity: 'log_contact',
  createPromise: 'log_contact',
  recordPayment: 'log_contact',
  createPlan: 'propose_plan',
  decidePlan: 'approve_plan',
  recordReceipt: 'record_receipt',
  voidReceipt: 'void_receipt',
  planVisit: 'plan_visit',
  recordVisit: 'plan_visit',
  cancelVisit: 'plan_visit',
  addAttachment: 'attach_evidence',
  addPhone: 'edit_contacts',
  retirePhone: 'edit_contacts',
  addAddress: 'edit_contacts',
  retireAddress: 'edit_contacts',
  setCaseStatus: 'change_status',
  openDispute: 'log_contact',
  resolveDispute: 'resolve_dispute',
  // Written by the collector's device at the time; the supervisor it names is checked against the branch.
  recordOverride: 'log_contact',
  issueLetter: 'issue_letter',
  recordLetterDelivery: 'register_delivery',
  recordLetterAcknowledgement: 'register_delivery',
  voidLetter: 'issue_letter',
  recordAccessEvent: null,
  assignCase: 'assign_cases',
  // 特殊客户处置方案: proposed like a plan, decided like one (maker-checker at head office: server/sync/apply/arrangements.ts).
  proposeArrangement: 'propose_plan',
  decideArrangement: 'approve_plan',
  // Taking a dispute up is part of handling it: the supervisor's, like its resolution.
  reviewDispute: 'resolve_dispute',
  requestOverride: 'log_contact',
  // A decision may be written on the requesting (collector's) device, under the collector's sign-in, by the
  // supervisor typing their password there: the push is allowed like a contact, and head office's rule
  // (server/sync/apply/overrides.ts) checks the decider it names, the maker-checker rule and the device.
  decideOverride: 'log_contact',
  // Legal recovery: referred by the case's collector, approved by a supervisor (maker-checker,
  // server/sync/apply/legal.ts), reviewed and run by head office's legal staff.
  referLegal: 'refer_legal',
  decideLegalReferral: 'approve_plan',
  reviewLegalReferral: 'manage_legal',
  recordLegalStep: 'manage_legal',
  // The evidence bundle is built where the legal case is: by the case's collector or a supervisor of its branch.
  recordLegalBundle: 'refer_legal',
  // What the collector learns on a contact (issue 16): recorded like the contact itself.
  recordCustomerFacts: 'log_contact',
  addRelatedParty: 'edit_contacts',
  retireRelatedParty: 'edit_contacts',
  setTarget: 'set_targets',
  reviewConductException: 'review_conduct',
  // 委外申请: proposed like a legal referral (both send the case beyond the branch's own collection, issue 19),
  // decided by a supervisor (maker-checker, server/sync/apply/outsourcing.ts); head office gives the case.
  proposeOutsourcing: 'refer_legal',
  decideOutsourcing: 'approve_plan',
  // Head office gives a case to an agency and recalls it (server/console/outsourcing/cases.ts): head office's alone.
  recordOutsourcingHandover: 'outsource_cases',
} as const satisfies Record<string, Action | null>;

/**
 * The push decision for one entry: may `actor` apply mutation `name` on a case assigned as `target`?
 * An unknown mutation name is refused (the caller has already validated the entry's shape).
 */
export function mayApplyMutation(actor: Actor, name: string, target: CaseAssignment | null): Verdict {
  if (!Object.hasOwn(MUTATION_ACTIONS, name)) return no('role');
  const action = MUTATION_ACTIONS[name as keyof typeof MUTATION_ACTIONS];
  if (action === null) return OK;
  return permits(actor, action, target ?? undefined);
}
