import type { FastifyInstance } from 'fastify';
import { CN_MAINLAND_CALENDAR } from '../../../shared/calendar';
import { todayIn } from '../../../shared/calendar';
import {
  AppliedAnswerSchema,
  CaseParamsSchema,
  LegalCaseListSchema,
  LegalCasesAnswerSchema,
  ReferralParamsSchema,
  ReferralsAnswerSchema,
  ReferralsQuerySchema,
  ReviewBodySchema,
  StepBodySchema,
} from '../../../shared/legal/consoleApi';
import { legalCasesOf, type LegalCaseSummary } from '../../../shared/legal/view';
import { enforcementAlert } from '../../../shared/legal/enforcement';
import { newId } from '../../../shared/sync';
import { HttpError, parseWith } from '../../http/errors';
import { routeSchema } from '../../http/openapi';
import { assertBranchVisible, consoleAdmin, consoleReader } from '../authorize';
import type { ConsoleDeps } from '../deps';
import { applyAsHeadOffice } from '../headOffice';
import { bundlesOf, caseOf, legalStepsByCase, legalStepsOf, partiesOf, referralsOf } from './queries';

/**
 * Legal recovery in the console (docs/server.md, "Legal recovery"): the referrals waiting for head office (and
 * every other, by status), accepting or returning an approved one, a case's legal cases with their steps and
 * enforcement period, and recording a step (filing, hearing, judgment, enforcement, closure). Reading: an admin
 * (every branch) or a supervisor (their branch); changing: head-office admins, as mutations through the same
 * rules as a device's (headOffice.ts).
 */
export function legalRoutes(app: FastifyInstance, deps: ConsoleDeps): void {
  const { db, authenticate } = deps;
  const tags = ['console', 'legal'];

  app.get('/admin/legal/referrals', {
    schema: routeSchema({ summary: 'Legal referrals (诉讼申请), by status', tags, bearer: true, querystring: ReferralsQuerySchema, answer: ReferralsAnswerSchema, errors: [401, 403] }),
    preHandler: authenticate,
  }, async (req) => {
    const reader = consoleReader(req);
    const { status } = parseWith(ReferralsQuerySchema, req.query, 'query');
    return { referrals: await referralsOf(db, reader.branchCode, status ?? null) };
  });

  app.post('/admin/legal/referrals/:id/review', {
    schema: routeSchema({ summary: 'Accept or return a referral its branch supervisor approved (head-office admin)', tags, bearer: true, params: ReferralParamsSchema, body: ReviewBodySchema, answer: AppliedAnswerSchema, errors: [401, 403, 404, 409] }),
    preHandler: authenticate,
  }, async (req) => {
    const admin = consoleAdmin(req);
    const { id } = parseWith(ReferralParamsSchema, req.params, 'params');
    const body = parseWith(ReviewBodySchema, req.body, 'body');
    const [referral] = await referralsOf(db, null, null, id);
    if (!referral) throw new HttpError(404, 'not_found', `there is no legal referral ${id}`);
    const now = deps.now();
    await applyAsHeadOffice(db, admin, 'reviewLegalReferral', { caseId: referral.caseId, referralId: id, decision: body.decision, reason: body.reason, decidedAt: new Date(now).toISOString() }, now);
    return { id, status: 'applied' as const };
  });

  app.get('/admin/legal/cases', {
    schema: routeSchema({ summary: 'Legal cases (诉讼案件) with their status and enforcement deadline, newest filing first', tags, bearer: true, answer: LegalCaseListSchema, errors: [401, 403] }),
    preHandler: authenticate,
  }, async (req) => {
    const reader = consoleReader(req);
    const rows = [];
    for (const [caseId, c] of await legalStepsByCase(db, reader.branchCode)) {
      const today = todayIn(c.data.timeZone, new Date(deps.now()));
      for (const lc of legalCasesOf(c.steps, today, CN_MAINLAND_CALENDAR)) {
        const filing = lc.steps[0]!.step;
        if (filing.kind !== 'file') continue;
        rows.push({
          caseId, caseNumber: c.caseNumber, branchCode: c.branchCode, borrowerName: c.data.parties.find((p) => p.role === 'borrower')?.name ?? null,
          legalCaseId: lc.id, referralId: filing.referralId, courtCaseNumber: filing.caseNumber, forumName: filing.forumName, filedOn: lc.filedOn, status: lc.status,
          enforcementExpiry: lc.enforcement?.expiry ?? null, alertThreshold: alertOf(lc, today)?.threshold ?? null,
        });
      }
    }
    return { legalCases: rows.sort((a, b) => (a.filedOn < b.filedOn ? 1 : a.filedOn > b.filedOn ? -1 : 0)) };
  });

  app.get('/admin/legal/cases/:caseId', {
    schema: routeSchema({ summary: 'A case’s legal cases (诉讼案件): steps, status and enforcement period', tags, bearer: true, params: CaseParamsSchema, answer: LegalCasesAnswerSchema, errors: [401, 403, 404] }),
    preHandler: authenticate,
  }, async (req) => {
    const reader = consoleReader(req);
    const { caseId } = parseWith(CaseParamsSchema, req.params, 'params');
    const c = await caseOf(db, caseId);
    if (!c) throw new HttpError(404, 'not_found', `there is no case ${caseId}`);
    assertBranchVisible(reader, c.branchCode);
    const steps = await legalStepsOf(db, caseId);
    const today = todayIn(c.timeZone, new Date(deps.now()));
    const legalCases = legalCasesOf(steps.map((s) => s.record), today, CN_MAINLAND_CALENDAR).map((lc) => ({
      id: lc.id,
      status: lc.status,
      steps: lc.steps.map((s) => ({ id: s.id, step: s.step, recordedAt: s.recordedAt, recordedBy: s.makerId })),
      enforcement: lc.enforcement,
      alert: alertOf(lc, today),
    }));
    return { caseId, caseNumber: c.caseNumber, branchCode: c.branchCode, parties: await partiesOf(db, caseId), legalCases, bundles: await bundlesOf(db, caseId) };
  });

  app.post('/admin/legal/cases/:caseId/steps', {
    schema: routeSchema({ summary: 'Record a step of a legal case: filing, hearing, mediation, judgment, enforcement, closure (head-office admin)', tags, bearer: true, params: CaseParamsSchema, body: StepBodySchema, answer: AppliedAnswerSchema, errors: [401, 403, 404, 409] }),
    preHandler: authenticate,
  }, async (req) => {
    const admin = consoleAdmin(req);
    const { caseId } = parseWith(CaseParamsSchema, req.params, 'params');
    const body = parseWith(StepBodySchema, req.body, 'body');
    if (!(await caseOf(db, caseId))) throw new HttpError(404, 'not_found', `there is no case ${caseId}`);
    const now = deps.now();
    const id = newId({ msecs: now });
    await applyAsHeadOffice(db, admin, 'recordLegalStep', { id, caseId, legalCaseId: body.legalCaseId ?? id, step: body.step, recordedAt: new Date(now).toISOString() }, now);
    return { id, status: 'applied' as const };
  });
}

/** The enforcement deadline's alert at 90/30/7 days (shared/legal/enforcement.ts), as the device shows it. */
function alertOf(lc: LegalCaseSummary, today: string): { threshold: number; daysLeft: number; date: string } | null {
  if (!lc.enforcement) return null;
  const a = enforcementAlert(lc.caseId, lc.id, lc.enforcement, today);
  return a ? { threshold: a.threshold, daysLeft: a.daysLeft, date: a.date } : null;
}
