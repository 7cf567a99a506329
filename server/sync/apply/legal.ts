import { legalCaseStatusOf, moveLegalCase, moveReferral, type ReferralStatus } from '../../../shared/legal/status';
import { checkStepDate } from '../../../shared/legal/stepDates';
import type { LegalStep } from '../../../shared/records/legalStep';
import { rejected, type Apply, type Decision } from './context';
import { correction } from './corrections';
import { recordIdOf } from './insertOnly';
import { alreadyHave, findInCase, findRecord, storeRecord, type StoredRecord } from './records';

/**
 * Legal recovery at head office (shared/records/legalReferral.ts, legalStep.ts): the referral's maker-checker
 * (a supervisor of the case's branch who is not its maker), head office's review of approved referrals only, and
 * each legal-case step checked against the status machine (shared/legal/status.ts) over the steps head office
 * already holds, in the order it received them, and its date against theirs (shared/legal/stepDates.ts). The
 * device's own checks are not trusted.
 */

/** Where a referral stands at head office, from the decisions stored on it. */
export async function referralStatus(a: Pick<Apply, 'tx'>, referralId: string): Promise<ReferralStatus> {
  const review = await findRecord(a.tx, 'reviewLegalReferral', referralId);
  if (review) return review.args.decision === 'accept' ? 'accepted' : 'returned';
  const decision = await findRecord(a.tx, 'decideLegalReferral', referralId);
  if (decision) return decision.args.decision === 'approve' ? 'approved' : 'rejected';
  return 'proposed';
}

async function mayDecide(referral: StoredRecord, a: Apply<'decideLegalReferral'>): Promise<Decision | null> {
  const { who } = a;
  if (who.role !== 'supervisor') return rejected(a, 'forbidden', `only a supervisor of the branch may approve or reject a legal referral; you are signed in as ${who.role}`);
  const c = await a.tx.query<{ branch_code: string }>('SELECT branch_code FROM cases WHERE id = $1', [a.entry.caseId]);
  const branch = c.rows[0]?.branch_code;
  if (branch !== who.branchCode) return rejected(a, 'forbidden', `referral ${referral.id} is on a case of branch ${branch ?? '(unknown)'}; only that branch's supervisor may decide it`);
  if (referral.userId === who.userId) return rejected(a, 'forbidden', `you made referral ${referral.id}: another supervisor must decide it (maker-checker)`);
  return null;
}

export const decideLegalReferral = correction('decideLegalReferral', {
  noun: 'legal referral',
  already: (existing) => `referral ${String(existing.args.referralId)} was already ${existing.args.decision === 'approve' ? 'approved' : 'rejected'} by ${existing.userId}; it is decided once`,
  check: mayDecide,
});

export const reviewLegalReferral = correction('reviewLegalReferral', {
  noun: 'legal referral',
  already: (existing) => `referral ${String(existing.args.referralId)} was already ${existing.args.decision === 'accept' ? 'accepted' : 'returned'} by head office`,
  check: async (referral, a) => {
    const move = moveReferral(await referralStatus(a, referral.id), a.entry.args.decision);
    return move.ok ? null : rejected(a, 'conflict', `referral ${referral.id} is ${move.from}: head office reviews a referral once its branch supervisor has approved it`);
  },
});

/** The steps of one legal case head office holds, in the order it received them. */
export async function stepsOf(a: Pick<Apply, 'tx'>, legalCaseId: string): Promise<LegalStep[]> {
  const res = await a.tx.query<{ step: LegalStep }>(
    `SELECT data -> 'args' -> 'step' AS step FROM field_records
      WHERE kind = 'recordLegalStep' AND data -> 'args' ->> 'legalCaseId' = $1
      ORDER BY received_at, mutation_id`,
    [legalCaseId],
  );
  return res.rows.map((r) => r.step);
}

export async function recordLegalStep(a: Apply<'recordLegalStep'>): Promise<Decision> {
  const id = recordIdOf(a);
  const same = await alreadyHave(a, id);
  if (same) return same;
  const { step, legalCaseId } = a.entry.args;
  if (step.kind === 'file') {
    const referral = await findInCase(a, 'referLegal', step.referralId);
    if (!referral) return rejected(a, 'not_found', `head office has no legal referral ${step.referralId} on case ${a.entry.caseId}`);
    const status = await referralStatus(a, step.referralId);
    if (status !== 'accepted') return rejected(a, 'conflict', `referral ${step.referralId} is ${status}: a suit is filed on a referral head office has accepted`);
    const filed = await a.tx.query(`SELECT 1 FROM field_records WHERE kind = 'recordLegalStep' AND data -> 'args' -> 'step' ->> 'referralId' = $1`, [step.referralId]);
    if (filed.rows.length > 0) return rejected(a, 'conflict', `referral ${step.referralId} has already been filed`);
    const parties = await a.tx.query<{ id: string }>(`SELECT p ->> 'id' AS id FROM cases c, jsonb_array_elements(c.data -> 'parties') p WHERE c.id = $1`, [a.entry.caseId]);
    const known = new Set(parties.rows.map((r) => r.id));
    const unknown = step.parties.find((p) => !known.has(p.partyId));
    if (unknown) return rejected(a, 'invalid', `party ${unknown.partyId} is not a party of case ${a.entry.caseId}`);
  } else {
    const filing = await findInCase(a, 'recordLegalStep', legalCaseId);
    if (!filing) return rejected(a, 'not_found', `head office has no legal case ${legalCaseId} on case ${a.entry.caseId}`);
  }
  const prior = step.kind === 'file' ? [] : await stepsOf(a, legalCaseId);
  const move = moveLegalCase(legalCaseStatusOf(prior).status, step.kind);
  if (!move.ok) return rejected(a, 'conflict', `legal case ${legalCaseId} is ${move.from}: a ${step.kind.replace(/_/g, ' ')} step does not follow (shared/legal/status.ts)`);
  const early = checkStepDate(prior, step);
  if (early) return rejected(a, 'invalid', `the ${step.kind.replace(/_/g, ' ')} is dated ${early.date}, before the ${early.after.replace(/_/g, ' ')} of ${early.earliest} (shared/legal/stepDates.ts)`);
  return storeRecord(a, id);
}

/**
 * An evidence bundle names a legal case head office holds on the same case: its PDF's hash becomes the case's
 * evidence (evidence_refs, migration 30), so a bundle for a suit that was never filed is refused.
 */
export async function recordLegalBundle(a: Apply<'recordLegalBundle'>): Promise<Decision> {
  const id = recordIdOf(a);
  const same = await alreadyHave(a, id);
  if (same) return same;
  const filing = await findInCase(a, 'recordLegalStep', a.entry.args.legalCaseId);
  if (!filing || (filing.args.step as { kind?: string } | undefined)?.kind !== 'file') {
    return rejected(a, 'not_found', `head office has no legal case ${a.entry.args.legalCaseId} on case ${a.entry.caseId}: a bundle is built for a filed suit`);
  }
  return storeRecord(a, id);
}
