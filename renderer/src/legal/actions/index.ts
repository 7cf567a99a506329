import { z } from 'zod';
import { mayApprovePlan } from '../../../../shared/domain/permissions';
import { summarizeCase } from '../../../../shared/domain/caseSummary';
import { evidenceChecklist } from '../../../../shared/legal/checklist';
import { moveReferral } from '../../../../shared/legal/status';
import { LEGAL_PROCEEDINGS, LegalTextSchema, type LegalReferral } from '../../../../shared/records/legalReferral';
import { ReasonSchema } from '../../../../shared/sync/primitives';
import { newId } from '../../../../shared/sync';
import { ActionRefused, assertPermitted, defineAction } from '../../store/runAction';
import { saveReferral, saveReferralDecision } from '../repository/legal';

export const ReferLegalInput = z.object({ caseId: z.string().min(1), proceeding: z.enum(LEGAL_PROCEEDINGS), reasons: LegalTextSchema });

/**
 * 诉讼申请: the collector (or a supervisor) proposes legal action. The evidence checklist and the claim are filled
 * from the case as stored, in the same transaction, so what the supervisor sees is what the device had.
 */
export const referLegal = defineAction({
  name: 'referLegal',
  input: ReferLegalInput,
  permission: 'refer_legal',
  caseIdOf: (input) => input.caseId,
  run: async ({ db, actor }, input): Promise<LegalReferral> => {
    const c = await db.cases.get(input.caseId);
    if (!c) throw new ActionRefused('fieldwork.error.no_case');
    const open = await db.legalReferrals.where('caseId').equals(c.id).filter((r) => r.status === 'proposed' || r.status === 'approved').first();
    if (open) throw new ActionRefused('legal.error.open_referral');
    const [letters, receipts] = await Promise.all([db.letters.where('caseId').equals(c.id).toArray(), db.receipts.where('caseId').equals(c.id).toArray()]);
    const claimFen = summarizeCase(c).totalFen;
    if (claimFen <= 0) throw new ActionRefused('legal.error.nothing_owed');
    return saveReferral(db, actor, {
      id: newId(), caseId: c.id, proceeding: input.proceeding, reasons: input.reasons.trim(), checklist: evidenceChecklist(c, letters, receipts),
      claimFen, claimAsOf: c.accounts.map((a) => a.snapshotDate).sort().at(-1) as string, referredAt: actor.now().toISOString(), makerId: actor.userId,
      status: 'proposed', supervisorDecision: null, headOfficeDecision: null,
    });
  },
});

export const DecideLegalReferralInput = z.object({ caseId: z.string().min(1), referralId: z.string().min(1), decision: z.enum(['approve', 'reject']), reason: ReasonSchema });

/** A supervisor of the case's branch approves or rejects a referral, once, with a reason; never its maker. */
export const decideLegalReferral = defineAction({
  name: 'decideLegalReferral',
  input: DecideLegalReferralInput,
  permission: 'approve_plan',
  caseIdOf: (input) => input.caseId,
  run: async ({ db, actor, operator }, input): Promise<LegalReferral> => {
    const referral = await db.legalReferrals.get(input.referralId);
    const c = await db.cases.get(input.caseId);
    if (!referral || !c || referral.caseId !== c.id) throw new ActionRefused('fieldwork.error.no_record');
    const verdict = mayApprovePlan(operator, c.assignment, referral.makerId);
    if (!verdict.ok && verdict.refusal === 'own_plan') throw new ActionRefused('legal.error.own_referral');
    assertPermitted(verdict, operator, 'approve_plan');
    if (!moveReferral(referral.status, input.decision).ok) throw new ActionRefused('legal.error.decided');
    return saveReferralDecision(db, actor, referral, input.decision, input.reason);
  },
});
