import {
  LegalReferralSchema,
  referralArgs,
  supervisorDecided,
  type LegalReferral,
} from '../../../../shared/records/legalReferral';
import type { LegalStepRecord } from '../../../../shared/records/legalStep';
import type { LegalBundleRecord } from '../../../../shared/records/legalBundle';
import type { RecoveryDeskDb } from '../../store/database';
import { commitChange, type Actor } from '../../store/unitOfWork';

/** Legal recovery on this device: referrals made and decided here (one transaction each with audit and outbox), and the legal cases head office sends. */

export async function referralsOfCase(db: RecoveryDeskDb, caseId: string): Promise<LegalReferral[]> {
  const list = await db.legalReferrals.where('caseId').equals(caseId).toArray();
  return list.sort((a, b) => Date.parse(b.referredAt) - Date.parse(a.referredAt));
}

/** The case's legal steps in the order they were recorded (head office records them in its order of receipt). */
export async function legalStepsOfCase(db: RecoveryDeskDb, caseId: string): Promise<LegalStepRecord[]> {
  const list = await db.legalSteps.where('caseId').equals(caseId).toArray();
  return list.sort((a, b) => Date.parse(a.recordedAt) - Date.parse(b.recordedAt));
}

/** The case's evidence bundles, newest first. */
export async function bundlesOfCase(db: RecoveryDeskDb, caseId: string): Promise<LegalBundleRecord[]> {
  const list = await db.legalBundles.where('caseId').equals(caseId).toArray();
  return list.sort((a, b) => Date.parse(b.builtAt) - Date.parse(a.builtAt));
}

/** Every legal step on the device: My day's hearings and enforcement deadlines. */
export const allLegalSteps = (db: RecoveryDeskDb): Promise<LegalStepRecord[]> => db.legalSteps.toArray();

/** Referrals waiting for a supervisor (few: the table is read whole). */
export async function proposedReferrals(db: RecoveryDeskDb): Promise<LegalReferral[]> {
  return (await db.legalReferrals.toArray()).filter((r) => r.status === 'proposed');
}

export async function saveReferral(db: RecoveryDeskDb, actor: Actor, input: LegalReferral): Promise<LegalReferral> {
  const referral = LegalReferralSchema.parse(input);
  await commitChange(db, actor, {
    tables: [db.legalReferrals],
    apply: async () => {
      await db.legalReferrals.add(referral);
    },
    audit: { action: 'legal.refer', entity: { kind: 'legalReferral', id: referral.id }, caseId: referral.caseId, before: null, after: referral },
    mutations: [{ name: 'referLegal', args: referralArgs(referral) }],
  });
  return referral;
}

/** Records a supervisor's decision the action has checked (branch supervisor, not the maker, while proposed). */
export async function saveReferralDecision(db: RecoveryDeskDb, actor: Actor, open: LegalReferral, decision: 'approve' | 'reject', reason: string): Promise<LegalReferral> {
  const args = { caseId: open.caseId, referralId: open.id, decision, reason: reason.trim(), decidedAt: actor.now().toISOString() };
  const decided = LegalReferralSchema.parse(supervisorDecided(open, args, actor));
  await commitChange(db, actor, {
    tables: [db.legalReferrals],
    apply: async () => {
      await db.legalReferrals.put(decided);
    },
    audit: { action: `legal.referral.${decision}`, entity: { kind: 'legalReferral', id: open.id }, caseId: open.caseId, before: open.status, after: decided.supervisorDecision },
    mutations: [{ name: 'decideLegalReferral', args }],
  });
  return decided;
}
