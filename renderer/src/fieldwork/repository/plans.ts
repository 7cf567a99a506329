import { RepaymentPlanSchema, type RepaymentPlan } from '../../../../shared/fieldwork/records';
import { approvePlan, rejectPlan, type Approver, type PlanDecisionCode } from '../../../../shared/fieldwork/plans';
import { decisionArgs, planArgs } from '../../../../shared/records/plan';
import type { RecoveryDeskDb } from '../../store/database';
import { commitChange, type Actor } from '../../store/unitOfWork';
import { changeStatus } from './caseUpdates';

export class PlanDecisionRefused extends Error {
  constructor(readonly code: PlanDecisionCode) {
    super(code);
  }
}

export function plansOfCase(db: RecoveryDeskDb, caseId: string): Promise<RepaymentPlan[]> {
  return db.plans.where('caseId').equals(caseId).toArray();
}

export function plansAwaitingApproval(db: RecoveryDeskDb): Promise<RepaymentPlan[]> {
  return db.plans.where('approval.status').equals('pending').toArray();
}

async function bindPlan(db: RecoveryDeskDb, plan: RepaymentPlan, at: string) {
  // A plan that binds puts the case on plan, when the state machine allows it from where the case is.
  const c = await db.cases.get(plan.caseId);
  if (!c || c.status === 'on_plan') return [];
  try {
    return [(await changeStatus(db, c, 'on_plan', null, at, `plan:${plan.id}`)).mutation];
  } catch {
    return [];
  }
}

export async function createPlan(db: RecoveryDeskDb, actor: Actor, input: RepaymentPlan, notes = ''): Promise<RepaymentPlan> {
  // The notes are kept on the maker's device too: the reason for a waiver, shown to a supervisor deciding here.
  const plan = RepaymentPlanSchema.parse({ ...input, notes });
  await commitChange(db, actor, {
    tables: [db.plans, db.cases, db.caseRows],
    apply: async () => {
      await db.plans.add(plan);
      return plan.approval.status === 'not_needed' ? bindPlan(db, plan, plan.createdAt) : [];
    },
    audit: { action: 'plan.create', entity: { kind: 'plan', id: plan.id }, caseId: plan.caseId, before: null, after: plan },
    mutations: [
      {
        name: 'createPlan',
        args: planArgs({ ...plan, notes }),
      },
    ],
  });
  return plan;
}

/** Maker-checker: the pure rule decides (supervisor, never the maker); this records the decision. */
export async function decidePlan(
  db: RecoveryDeskDb,
  actor: Actor,
  planId: string,
  approver: Approver,
  decision: 'approve' | 'reject',
  reason: string | null,
): Promise<RepaymentPlan> {
  const plan = await db.plans.get(planId);
  if (!plan) throw new Error(`no plan ${planId}`);
  const at = actor.now().toISOString();
  const result = decision === 'approve' ? approvePlan(plan, approver, at, reason) : rejectPlan(plan, approver, at, reason ?? '');
  if (!result.ok) throw new PlanDecisionRefused(result.code);
  await commitChange(db, actor, {
    tables: [db.plans, db.cases, db.caseRows],
    apply: async () => {
      await db.plans.put(result.plan);
      return decision === 'approve' ? bindPlan(db, result.plan, at) : [];
    },
    audit: { action: `plan.${decision}`, entity: { kind: 'plan', id: plan.id }, caseId: plan.caseId, before: plan.approval, after: result.plan.approval },
    mutations: [{ name: 'decidePlan', args: decisionArgs(result.plan)! }],
  });
  return result.plan;
}
