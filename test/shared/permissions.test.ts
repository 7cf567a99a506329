import { describe, expect, it } from 'vitest';
import {
  ACTIONS,
  MUTATION_ACTIONS,
  PERMISSIONS,
  mayApplyMutation,
  mayApproveOverride,
  mayApprovePlan,
  mayUnmask,
  permits,
  roleMay,
  type Action,
  type Actor,
  type CaseAssignment,
} from '../../shared/domain/permissions';
import { ROLES, type Role } from '../../shared/domain/staff';
import { MUTATION_NAMES } from '../../shared/sync';

const collector: Actor = { id: 'demo-officer-310115-01', role: 'collector', branchCode: '310115' };
const colleague: Actor = { id: 'demo-officer-310115-02', role: 'collector', branchCode: '310115' };
const clerk: Actor = { id: 'demo-clerk-310115', role: 'clerk', branchCode: '310115' };
const supervisor: Actor = { id: 'demo-supervisor-310115', role: 'supervisor', branchCode: '310115' };
const otherSupervisor: Actor = { id: 'demo-supervisor-110105', role: 'supervisor', branchCode: '110105' };
const admin: Actor = { id: 'demo-admin', role: 'head_office_admin', branchCode: '000000' };

const ownCase: CaseAssignment = { branchCode: '310115', officerId: collector.id };
const otherBranchCase: CaseAssignment = { branchCode: '110105', officerId: 'demo-officer-110105-01' };

/** [action, collector, clerk, supervisor, head-office admin]: whether the role may take it at all. */
const TABLE: [Action, boolean, boolean, boolean, boolean][] = [
  ['read_cases', true, true, true, true],
  ['log_contact', true, false, true, false],
  ['record_receipt', true, true, true, false],
  ['void_receipt', true, false, true, false],
  ['propose_plan', true, false, true, false],
  ['approve_plan', false, false, true, false],
  ['plan_visit', true, false, true, false],
  ['change_status', true, false, true, false],
  ['edit_contacts', true, false, true, false],
  ['attach_evidence', true, true, true, false],
  ['issue_letter', true, true, true, false],
  ['batch_print', false, true, true, false],
  ['register_delivery', true, true, true, false],
  ['unmask', true, true, true, false],
  ['export', false, true, true, true],
  ['assign_cases', false, false, true, true],
  ['revoke_device', false, false, true, true],
  ['resolve_dispute', false, false, true, false],
  ['approve_override', false, false, true, false],
  ['refer_legal', true, false, true, false],
  ['manage_legal', false, false, false, true],
  ['set_targets', false, false, true, true],
  ['outsource_cases', false, false, false, true],
  ['review_conduct', false, false, true, false],
];

describe('permissions by role', () => {
  it('has a row for every action', () => {
    expect(TABLE.map(([a]) => a).sort()).toEqual([...ACTIONS].sort());
  });

  it.each(TABLE)('%s: collector %s, clerk %s, supervisor %s, admin %s', (action, ...allowed) => {
    expect(ROLES.map((r) => roleMay(r, action))).toEqual(allowed);
  });

  it('names only known actions in the table', () => {
    for (const role of ROLES) for (const action of Object.keys(PERMISSIONS[role])) expect(ACTIONS).toContain(action);
  });
});

describe('reach: own cases, the branch, every branch', () => {
  it.each<[string, Actor, Action, CaseAssignment, true | string]>([
    ['a collector logs a contact on their own case', collector, 'log_contact', ownCase, true],
    ["a collector may not log on a colleague's case", colleague, 'log_contact', ownCase, 'not_your_case'],
    ['a collector may not log on an unassigned case', collector, 'log_contact', { branchCode: '310115', officerId: null }, 'not_your_case'],
    ['a collector may not reach another branch', collector, 'read_cases', otherBranchCase, 'other_branch'],
    ['a collector issues a letter to their own case', collector, 'issue_letter', ownCase, true],
    ['a clerk issues letters for any case of the branch', clerk, 'issue_letter', ownCase, true],
    ['a clerk may not log contacts', clerk, 'log_contact', ownCase, 'role'],
    ['a supervisor voids a receipt in the branch', supervisor, 'void_receipt', ownCase, true],
    ['a supervisor of another branch may not', otherSupervisor, 'void_receipt', ownCase, 'other_branch'],
    ['an admin reads any branch', admin, 'read_cases', otherBranchCase, true],
    ['an admin does no field work', admin, 'log_contact', ownCase, 'role'],
    ['a collector may not export', collector, 'export', ownCase, 'role'],
  ])('%s', (_why, actor, action, target, expected) => {
    expect(permits(actor, action, target)).toEqual(expected === true ? { ok: true } : { ok: false, refusal: expected });
  });

  it('judges by role alone when no case is named (a screen deciding whether to offer an action)', () => {
    expect(permits(collector, 'log_contact')).toEqual({ ok: true });
    expect(permits(collector, 'batch_print')).toEqual({ ok: false, refusal: 'role' });
  });
});

describe('maker-checker and unmasking', () => {
  it('a supervisor approves a plan made by a collector, never their own, and only in their branch', () => {
    expect(mayApprovePlan(supervisor, ownCase, collector.id)).toEqual({ ok: true });
    expect(mayApprovePlan(supervisor, ownCase, supervisor.id)).toEqual({ ok: false, refusal: 'own_plan' });
    expect(mayApprovePlan(otherSupervisor, ownCase, collector.id)).toEqual({ ok: false, refusal: 'other_branch' });
    expect(mayApprovePlan(collector, ownCase, colleague.id)).toEqual({ ok: false, refusal: 'role' });
  });

  it('overrides: a supervisor of the branch decides, never the one who asked (maker-checker)', () => {
    expect(mayApproveOverride(supervisor, ownCase, collector.id)).toEqual({ ok: true });
    expect(mayApproveOverride(supervisor, ownCase, supervisor.id)).toEqual({ ok: false, refusal: 'own_request' });
    expect(mayApproveOverride(otherSupervisor, ownCase, collector.id)).toEqual({ ok: false, refusal: 'other_branch' });
    expect(mayApproveOverride(collector, ownCase, colleague.id)).toEqual({ ok: false, refusal: 'role' });
    expect(mayApproveOverride(admin, ownCase, collector.id)).toEqual({ ok: false, refusal: 'role' });
  });

  it.each<[Role, Actor, string, string, string]>([
    ['collector', collector, 'phone ok', 'address ok', 'id_number field'],
    ['clerk', clerk, 'phone field', 'address ok', 'id_number field'],
    ['supervisor', supervisor, 'phone ok', 'address ok', 'id_number ok'],
    ['head_office_admin', admin, 'phone role', 'address role', 'id_number role'],
  ])('%s unmasks: %s, %s, %s', (_role, actor, ...cells) => {
    for (const cell of cells) {
      const [field, expected] = cell.split(' ') as ['phone' | 'address' | 'id_number', string];
      expect(mayUnmask(actor, field, ownCase)).toEqual(expected === 'ok' ? { ok: true } : { ok: false, refusal: expected });
    }
  });

  it("a collector may not unmask on a colleague's case", () => {
    expect(mayUnmask(colleague, 'phone', ownCase)).toEqual({ ok: false, refusal: 'not_your_case' });
  });
});

describe('push decisions', () => {
  it('maps every mutation to an action (or none, for access events)', () => {
    expect(Object.keys(MUTATION_ACTIONS).sort()).toEqual([...MUTATION_NAMES].sort());
  });

  it.each<[string, Actor, string, CaseAssignment | null, true | string]>([
    ['a collector records an activity on their case', collector, 'recordActivity', ownCase, true],
    ["a collector's activity on a colleague's case", colleague, 'recordActivity', ownCase, 'not_your_case'],
    ['a collector cannot decide a plan', collector, 'decidePlan', ownCase, 'role'],
    ['a supervisor decides a plan in the branch', supervisor, 'decidePlan', ownCase, true],
    ['a collector voids a receipt on their own case (a wrong one is voided and written again on the spot)', collector, 'voidReceipt', ownCase, true],
    ["a collector cannot void a receipt on a colleague's case", colleague, 'voidReceipt', ownCase, 'not_your_case'],
    ['a clerk cannot void a receipt', clerk, 'voidReceipt', ownCase, 'role'],
    ['a clerk registers a delivery', clerk, 'recordLetterDelivery', ownCase, true],
    ['anyone records their own access events', admin, 'recordAccessEvent', null, true],
    ['an unknown mutation is refused', supervisor, 'deleteCase', ownCase, 'role'],
    ['a prototype key is not a mutation', supervisor, 'toString', ownCase, 'role'],
  ])('%s', (_why, actor, name, target, expected) => {
    expect(mayApplyMutation(actor, name, target)).toEqual(expected === true ? { ok: true } : { ok: false, refusal: expected });
  });
});
