import { createHash } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../../server/db/types';
import { importExtract } from '../../../server/import/apply';
import type { Case } from '../../../shared/domain/case';
import { caseToRows, demoCases, extractOf } from '../../fixtures/import/demoExtract';
import { call, entry, openDb, push, signIn, startHarness, type Harness } from '../harness';

/**
 * Legal recovery end to end at head office: a collector refers (push), the branch supervisor approves (push,
 * maker-checker), head office accepts and records the legal case's steps in the console (/admin/legal/…), each
 * step checked against the status machine; and who may do what, and what bad input is refused with nothing written.
 */

let db: Db;
let h: Harness;
type Device = Awaited<ReturnType<typeof signIn>>;
let collector: Device;
let supervisor: Device;
let otherSupervisor: Device;
let admin: Device;
let c: Case;
let branch: string;
const ids = new Map<string, number>();
const next = (d: Device) => {
  const n = (ids.get(d.deviceId) ?? 0) + 1;
  ids.set(d.deviceId, n);
  return n;
};

beforeAll(async () => {
  db = await openDb('pglite');
  h = await startHarness(db);
  await importExtract(db, extractOf(demoCases(6, { seed: 'legal-console' }).flatMap(caseToRows)));
  const row = (await db.query<{ data: Case; officer_id: string; branch_code: string }>('SELECT data, officer_id, branch_code FROM cases WHERE officer_id IS NOT NULL ORDER BY id LIMIT 1')).rows[0]!;
  c = row.data;
  branch = row.branch_code;
  collector = await signIn(h, row.officer_id);
  supervisor = await signIn(h, `demo-supervisor-${branch}`);
  const other = (await db.query<{ id: string }>(`SELECT id FROM users WHERE role = 'supervisor' AND branch_code <> $1 ORDER BY id LIMIT 1`, [branch])).rows[0]!;
  otherSupervisor = await signIn(h, other.id);
  admin = await signIn(h, 'demo-admin');
}, 60_000);
afterAll(async () => {
  await h.close();
  await db.close();
});

async function refer(by: Device = collector): Promise<string> {
  const e = entry('referLegal', by, next(by), { caseId: c.id, checklist: [] });
  const res = await push(h, by, [e]);
  expect(res.body.results[0].status).toBe('applied');
  return (e.args as { id: string }).id;
}
const decide = (by: Device, referralId: string, decision: 'approve' | 'reject' = 'approve') =>
  push(h, by, [entry('decideLegalReferral', by, next(by), { caseId: c.id, referralId, decision })]);
const review = (token: string | undefined, referralId: string, body: unknown = { decision: 'accept', reason: '受理，交法律部立案' }) =>
  call(h, 'POST', `/admin/legal/referrals/${referralId}/review`, { token, body });
const step = (token: string | undefined, body: unknown, caseId = c.id) => call(h, 'POST', `/admin/legal/cases/${caseId}/steps`, { token, body });
const count = async (kind: string) => (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM field_records WHERE kind = $1', [kind])).rows[0]!.n;

const filing = (referralId: string, partyId = c?.parties[0]?.id ?? 'p-1') => ({
  legalCaseId: null,
  step: {
    kind: 'file', referralId, proceeding: 'suit', forum: 'court', forumName: '上海市浦东新区人民法院', caseNumber: '（2026）沪0115民初88号', filedOn: '2026-11-25',
    parties: [{ partyId, role: 'defendant' }],
    claim: { principalFen: 10_000_000, interestFen: 500_000, penaltyFen: 0, feesFen: 0 }, costs: { courtFeeFen: 42_000, counselFeeFen: 0 },
  },
});

describe('referral: collector → supervisor → head office', () => {
  it('a supervisor may not approve their own referral (maker-checker), nor another branch’s', async () => {
    const own = await refer(supervisor);
    expect((await decide(supervisor, own)).body.results[0]).toMatchObject({ status: 'rejected', reason: { code: 'forbidden', message: expect.stringContaining('maker-checker') } });
    const theirs = await refer();
    expect((await decide(otherSupervisor, theirs)).body.results[0]).toMatchObject({ status: 'rejected', reason: { code: 'out_of_scope' } });
  });

  it('head office cannot accept what the supervisor has not approved (409, nothing written)', async () => {
    const id = await refer();
    const before = await count('reviewLegalReferral');
    const res = await review(admin.accessToken, id);
    expect(res.status).toBe(409);
    expect(res.body.error.message).toContain('proposed');
    expect(await count('reviewLegalReferral')).toBe(before);
  });

  it('lists referrals by status; a supervisor sees their branch only', async () => {
    const id = await refer();
    expect((await decide(supervisor, id)).body.results[0].status).toBe('applied');
    const approved = await call(h, 'GET', '/admin/legal/referrals?status=approved', { token: admin.accessToken });
    expect(approved.status).toBe(200);
    expect(approved.body.referrals.map((r: { id: string }) => r.id)).toContain(id);
    expect(approved.body.referrals.find((r: { id: string }) => r.id === id)).toMatchObject({ caseId: c.id, status: 'approved', supervisorDecision: { by: supervisor.userId } });
    const mine = await call(h, 'GET', '/admin/legal/referrals', { token: supervisor.accessToken });
    expect(mine.body.referrals.length).toBeGreaterThan(0);
    const others = await call(h, 'GET', '/admin/legal/referrals', { token: otherSupervisor.accessToken });
    expect(others.body.referrals.filter((r: { branchCode: string }) => r.branchCode === branch)).toEqual([]);
  });

  it('the whole road: accepted, filed, heard, judged (the enforcement period runs two years from the last day of performance), enforced, closed', async () => {
    const id = await refer();
    await decide(supervisor, id);
    expect((await review(admin.accessToken, id)).status).toBe(200);
    // Reviewed once: returning it now is refused.
    expect((await review(admin.accessToken, id, { decision: 'return', reason: '改为退回' })).status).toBe(409);
    const filed = await step(admin.accessToken, filing(id));
    expect(filed.status).toBe(200);
    const legalCaseId = filed.body.id as string;
    expect((await step(admin.accessToken, filing(id))).body.error.message).toContain('already been filed');
    const ok = async (body: object) => expect((await step(admin.accessToken, { legalCaseId, ...body })).status).toBe(200);
    // A judgment's enforcement before the judgment: refused by the status machine.
    const early = await step(admin.accessToken, { legalCaseId, step: { kind: 'enforcement_application', appliedOn: '2026-12-01', enforcementCaseNumber: '（2027）沪0115执1号' } });
    expect(early.status).toBe(409);
    expect(early.body.error.message).toContain('filed');
    await ok({ step: { kind: 'hearing', on: '2026-12-10', time: '09:30', place: '第三法庭', attendeeIds: [collector.userId] } });
    // A judgment dated a year before the filing (a typo in the year): refused with the dates, nothing kept.
    const typo = await step(admin.accessToken, { legalCaseId, step: { kind: 'judgment', effectiveOn: '2025-12-20', performBy: null, instalmentDueDates: [], awarded: { principalFen: 1, interestFen: 0, penaltyFen: 0, feesFen: 0 } } });
    expect(typo.status).toBe(409);
    expect(typo.body.error.code).toBe('legal_invalid');
    expect(typo.body.error.message).toMatch(/dated 2025-12-20, before the file of 2026-\d\d-\d\d/);
    await ok({ step: { kind: 'judgment', effectiveOn: '2026-12-20', performBy: '2026-12-30', instalmentDueDates: [], awarded: { principalFen: 10_000_000, interestFen: 500_000, penaltyFen: 0, feesFen: 42_000 } } });
    const view = await call(h, 'GET', `/admin/legal/cases/${c.id}`, { token: supervisor.accessToken });
    expect(view.status).toBe(200);
    const lc = view.body.legalCases.find((l: { id: string }) => l.id === legalCaseId);
    expect(lc.status).toBe('adjudicated');
    expect(lc.enforcement).toMatchObject({ basis: 'perform_by', from: '2026-12-30', expiry: '2028-12-30', status: 'running' });
    await ok({ step: { kind: 'enforcement_application', appliedOn: '2027-01-05', enforcementCaseNumber: '（2027）沪0115执1号' } });
    await ok({ step: { kind: 'enforcement_recovery', receivedOn: '2027-02-01', amountFen: 3_000_000 } });
    await ok({ step: { kind: 'enforcement_ended', on: '2027-03-01', reason: '被执行人无可供执行财产，终结本次执行' } });
    await ok({ step: { kind: 'closure', on: '2027-04-01', outcome: 'uncollectable', reason: '终本后无财产线索，结案' } });
    expect((await step(admin.accessToken, { legalCaseId, step: { kind: 'hearing', on: '2027-05-01', time: '09:30', place: '第三法庭', attendeeIds: [] } })).status).toBe(409);
    const after = await call(h, 'GET', `/admin/legal/cases/${c.id}`, { token: admin.accessToken });
    expect(after.body.legalCases.find((l: { id: string }) => l.id === legalCaseId)).toMatchObject({ status: 'closed', enforcement: { status: 'applied' } });
  });

  it('the evidence bundle: refused for a suit never filed; kept with the case’s evidence once its bytes arrive; listed with the legal case', async () => {
    const pdf = new TextEncoder().encode('%PDF-1.7\n% 证据材料\n');
    const pdfSha256 = createHash('sha256').update(pdf).digest('hex');
    const bundle = (legalCaseId: string) =>
      entry('recordLegalBundle', collector, next(collector), { caseId: c.id, legalCaseId, pdfSha256, pdfBytes: pdf.byteLength, builtAt: '2026-11-26T02:00:00Z' });
    const unfiled = await push(h, collector, [bundle('0192f0a0-0000-7000-8000-0000000000ff')]);
    expect(unfiled.body.results[0]).toMatchObject({ status: 'rejected', reason: { code: 'not_found', message: expect.stringContaining('filed suit') } });
    const id = await refer();
    await decide(supervisor, id);
    await review(admin.accessToken, id);
    const legalCaseId = (await step(admin.accessToken, filing(id))).body.id as string;
    expect((await push(h, collector, [bundle(legalCaseId)])).body.results[0].status).toBe('applied');
    const before = await call(h, 'GET', `/admin/legal/cases/${c.id}`, { token: admin.accessToken });
    expect(before.body.bundles.find((b: { legalCaseId: string }) => b.legalCaseId === legalCaseId)).toMatchObject({ pdfSha256, held: false, builtBy: collector.userId });
    expect(before.body.parties.map((p: { id: string }) => p.id)).toEqual(c.parties.map((p) => p.id));
    const up = await call(h, 'POST', `/evidence/${pdfSha256}?offset=0&size=${pdf.byteLength}`, { token: collector.accessToken, body: pdf });
    expect(up.body).toMatchObject({ held: true });
    const after = await call(h, 'GET', `/admin/legal/cases/${c.id}`, { token: admin.accessToken });
    expect(after.body.bundles.find((b: { legalCaseId: string }) => b.legalCaseId === legalCaseId)).toMatchObject({ held: true });
    const evidence = await call(h, 'GET', `/admin/cases/${c.id}/evidence`, { token: admin.accessToken });
    expect(evidence.body.items).toContainEqual(expect.objectContaining({ sha256: pdfSha256, kind: 'legal_bundle', held: true }));
    const list = await call(h, 'GET', '/admin/legal/cases', { token: supervisor.accessToken });
    expect(list.body.legalCases).toContainEqual(expect.objectContaining({ caseId: c.id, legalCaseId, status: 'filed', courtCaseNumber: '（2026）沪0115民初88号', enforcementExpiry: null, alertThreshold: null }));
    const elsewhere = await call(h, 'GET', '/admin/legal/cases', { token: otherSupervisor.accessToken });
    expect(elsewhere.body.legalCases.filter((l: { caseId: string }) => l.caseId === c.id)).toEqual([]);
  });

  it('a returned referral may not be filed', async () => {
    const id = await refer();
    await decide(supervisor, id);
    expect((await review(admin.accessToken, id, { decision: 'return', reason: '证据不足，补充送达回执' })).status).toBe(200);
    const res = await step(admin.accessToken, filing(id));
    expect(res.status).toBe(409);
    expect(res.body.error.message).toContain('returned');
  });
});

describe('authorization', () => {
  it.each([
    ['GET', '/admin/legal/referrals'],
    ['GET', '/admin/legal/cases/demo-case-x'],
    ['POST', '/admin/legal/referrals/r-1/review'],
    ['POST', '/admin/legal/cases/demo-case-x/steps'],
  ])('%s %s: no token 401, a collector 403', async (method, path) => {
    expect((await call(h, method, path, method === 'POST' ? { body: {} } : {})).status).toBe(401);
    expect((await call(h, method, path, { token: collector.accessToken, ...(method === 'POST' ? { body: {} } : {}) })).status).toBe(403);
  });

  it('a supervisor’s console is read-only: no review, no step; another branch’s case is refused', async () => {
    const id = await refer();
    await decide(supervisor, id);
    expect((await review(supervisor.accessToken, id)).status).toBe(403);
    expect((await step(supervisor.accessToken, filing(id))).status).toBe(403);
    expect((await call(h, 'GET', `/admin/legal/cases/${c.id}`, { token: otherSupervisor.accessToken })).status).toBe(403);
  });
});

describe('bad input: 400 naming the field, nothing written', () => {
  it.each<[string, unknown, string]>([
    ['a decision not on the list', { decision: 'approve', reason: '理由' }, 'body.decision'],
    ['no reason', { decision: 'accept', reason: ' ' }, 'body.reason'],
    ['an unknown key', { decision: 'accept', reason: '受理', extra: 1 }, 'body'],
  ])('review: %s', async (_n, body, field) => {
    const before = await count('reviewLegalReferral');
    const res = await review(admin.accessToken, 'r-1', body);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(field);
    expect(await count('reviewLegalReferral')).toBe(before);
  });

  it.each<[string, unknown, string]>([
    ['a filing naming a legal case', { ...filing('r-1'), legalCaseId: 'lc-1' }, 'body.legalCaseId'],
    ['a hearing at 25:00', { legalCaseId: 'lc-1', step: { kind: 'hearing', on: '2026-12-10', time: '25:00', place: '第三法庭', attendeeIds: [] } }, 'body.step.time'],
    ['a judgment dated 2026-02-30', { legalCaseId: 'lc-1', step: { kind: 'judgment', effectiveOn: '2026-02-30', performBy: null, instalmentDueDates: [], awarded: { principalFen: 1, interestFen: 0, penaltyFen: 0, feesFen: 0 } } }, 'body.step.effectiveOn'],
    ['a recovery of half a fen', { legalCaseId: 'lc-1', step: { kind: 'enforcement_recovery', receivedOn: '2027-02-01', amountFen: 0.5 } }, 'body.step.amountFen'],
    ['a step of no known kind', { legalCaseId: 'lc-1', step: { kind: 'appeal' } }, 'body.step.kind'],
  ])('step: %s', async (_n, body, field) => {
    const before = await count('recordLegalStep');
    const res = await step(admin.accessToken, body);
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(field);
    expect(await count('recordLegalStep')).toBe(before);
  });

  it('a case id with spaces, an unknown status filter', async () => {
    expect((await call(h, 'GET', '/admin/legal/cases/a%20b', { token: admin.accessToken })).status).toBe(400);
    const res = await call(h, 'GET', '/admin/legal/referrals?status=maybe', { token: admin.accessToken });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain('query.status');
  });

  it('a step on a case head office does not have: 404', async () => {
    expect((await step(admin.accessToken, filing('r-1'), 'no-such-case')).status).toBe(404);
  });
});
