import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseSchema, type Case } from '../../../shared/domain/case';
import { maskName } from '../../../shared/domain/masks';
import { PulledRecordSchema, PullResponseSchema, type PullChange } from '../../../shared/sync/protocol';
import { MUTATION_SCHEMA_VERSION, PROTOCOL_VERSION } from '../../../shared/sync/versions';
import type { Db } from '../../../server/db/types';
import { importDemoPortfolio } from '../../../server/import/demoPortfolio';
import type { MutationName } from '../../../shared/sync/mutations';
import type { MutationArgsInput } from '../../../shared/sync';
import { call, entry, type Harness, openDb, post, push, signIn, startHarness } from '../harness';

/**
 * Outsourcing routes against a real (PGlite) database: agencies, cases given and recalled, exports restricted to
 * the contract and logged, results files with row-level rejections becoming agency-made records that reach the
 * collector's device. The harness clock is 2026-11-23T01:00Z: 2026-11-23 in Shanghai.
 */
const DAY = '2026-11-23';
const BRANCH = '310115';
let db: Db;
let h: Harness;
let admin: string;
let supervisor: string;
let otherSupervisor: string;
let collector: Awaited<ReturnType<typeof signIn>>;
let cases: Case[];
let otherBranch: string;

const AGENCY = {
  name: '华信委外催收有限公司',
  licenceNumber: '91310000MA1FL0001X',
  contractStart: '2026-01-01',
  contractEnd: '2027-12-31',
  commissionBps: 1500,
  branches: [BRANCH],
  exportFields: ['caseNumber', 'debtorName', 'phones', 'outstanding'],
  unmasked: [],
  status: 'active',
  verifyContact: '核实电话 400-820-0000（本行客服）',
};
const csv = (...lines: string[]) => new Uint8Array(Buffer.from(lines.join('\r\n') + '\r\n', 'utf8'));
const count = async (table: string) => (await db.query<{ n: number }>(`SELECT count(*)::integer AS n FROM ${table}`)).rows[0]!.n;
const footprint = async () => JSON.stringify(await Promise.all(['agencies', 'agency_cases', 'agency_exports', 'agency_result_files', 'agency_changes', 'field_records'].map(count)));

beforeAll(async () => {
  db = await openDb('pglite');
  await importDemoPortfolio(db, { cases: 30, snapshotDate: DAY });
  h = await startHarness(db);
  admin = (await signIn(h, 'demo-admin')).accessToken;
  supervisor = (await signIn(h, 'demo-supervisor-310115')).accessToken;
  const other = (await db.query<{ id: string; branch_code: string }>("SELECT id, branch_code FROM users WHERE role = 'supervisor' AND branch_code <> $1 ORDER BY id LIMIT 1", [BRANCH])).rows[0]!;
  otherSupervisor = (await signIn(h, other.id)).accessToken;
  otherBranch = other.branch_code;
  const rows = await db.query<{ data: unknown }>("SELECT data FROM cases WHERE branch_code = $1 AND officer_id IS NOT NULL AND status NOT IN ('settled', 'closed') ORDER BY case_number LIMIT 4", [BRANCH]);
  cases = rows.rows.map((r) => CaseSchema.parse(r.data));
  collector = await signIn(h, cases[0]!.assignment.officerId!);
}, 120_000);
afterAll(async () => {
  await h.close();
  await db.close();
});

type Device = Awaited<ReturnType<typeof signIn>>;
const devices = new Map<string, Device & { next: number }>();
/** The device of `userId` (one each), to push records as the app would. */
async function deviceOf(userId: string): Promise<Device & { next: number }> {
  const have = devices.get(userId);
  if (have) return have;
  const d = { ...(await signIn(h, userId)), next: 0 };
  devices.set(userId, d);
  return d;
}
async function send<N extends MutationName>(userId: string, name: N, args: Partial<MutationArgsInput<N>>): Promise<{ status: string; reason?: { code: string; message: string } }> {
  const d = await deviceOf(userId);
  d.next += 1;
  const res = await push(h, d, [entry(name, d, d.next, args)]);
  return res.body.results[0];
}
const T = (minute: number) => new Date(Date.UTC(2026, 10, 23, 0, minute)).toISOString();

/**
 * What the app does before head office may hand a case over: the case's collector proposes the agency, the
 * branch supervisor approves, and (unless `letter` is false) the collector registers the outsourcing notice.
 */
async function readyCase(c: Case, agencyId: string, { letter = true } = {}): Promise<string> {
  const officer = c.assignment.officerId!;
  const proposal = await send(officer, 'proposeOutsourcing', { caseId: c.id, agencyId, reason: '逾期 90 天以上，多次失联，建议委外', proposedAt: T(10) });
  expect(proposal.status, JSON.stringify(proposal)).toBe('applied');
  const proposalId = (await db.query<{ id: string }>("SELECT id FROM field_records WHERE kind = 'proposeOutsourcing' AND case_id = $1 ORDER BY received_at DESC LIMIT 1", [c.id])).rows[0]!.id;
  expect((await send('demo-supervisor-310115', 'decideOutsourcing', { caseId: c.id, proposalId, decision: 'approve', reason: '同意委外', decidedAt: T(20) })).status).toBe('applied');
  if (letter) await sendNotice(c);
  return proposalId;
}
async function sendNotice(c: Case): Promise<void> {
  const borrower = c.parties.find((p) => p.role === 'borrower')!;
  const sent = await send(c.assignment.officerId!, 'issueLetter', {
    caseId: c.id, partyId: borrower.id, type: 'outsourcing_notice', templateId: 'cn.outsourcing_notice', number: `CS-310115-2026-DK7Q2M-${String(Math.floor(Math.random() * 1e6)).padStart(6, '0')}`, issuedAt: T(30),
  });
  expect(sent.status, JSON.stringify(sent)).toBe('applied');
}

async function newAgency(more: Partial<typeof AGENCY> = {}): Promise<string> {
  const res = await call(h, 'POST', '/admin/outsourcing/agencies', { token: admin, body: { ...AGENCY, licenceNumber: `LIC-${Math.random().toString(36).slice(2, 10)}`, ...more } });
  expect(res.status, JSON.stringify(res.body)).toBe(200);
  return res.body.id as string;
}

describe('who may use the outsourcing routes', () => {
  const X = 'no-such-agency';
  const READS = ['/admin/outsourcing/agencies', `/admin/outsourcing/agencies/${X}/cases`, `/admin/outsourcing/agencies/${X}/exports`, `/admin/outsourcing/agencies/${X}/results`];
  const CHANGES: [string, string, unknown][] = [
    ['POST', '/admin/outsourcing/agencies', AGENCY],
    ['PUT', `/admin/outsourcing/agencies/${X}`, AGENCY],
    ['POST', `/admin/outsourcing/agencies/${X}/cases`, { caseIds: ['c1'], reason: '委外' }],
    ['POST', '/admin/outsourcing/cases/c1/recall', { reason: '收回' }],
    ['GET', `/admin/outsourcing/agencies/${X}/export?format=csv`, undefined],
    ['POST', `/admin/outsourcing/agencies/${X}/results?fileName=r.csv`, csv('案件编号,类型,日期')],
  ];

  it.each(READS)('GET %s: 401 without a token, 403 not_console_user for a collector', async (path) => {
    expect((await call(h, 'GET', path)).status).toBe(401);
    const res = await call(h, 'GET', path, { token: collector.accessToken });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('not_console_user');
  });

  it.each(CHANGES)('%s %s: 401 without a token, 403 head_office_only for a collector and a supervisor; nothing written', async (method, path, body) => {
    const before = await footprint();
    expect((await call(h, method, path, { body })).status).toBe(401);
    for (const token of [collector.accessToken, supervisor]) {
      const res = await call(h, method, path, { body, token });
      expect(res.status).toBe(403);
      expect(res.body.error.code).toBe('head_office_only');
    }
    expect(await footprint()).toBe(before);
  });

  it('a supervisor sees the agencies serving their branch only; another branch’s agency is refused other_branch', async () => {
    const ours = await newAgency();
    const theirs = await newAgency({ name: '另一网点的机构', branches: [otherBranch] });
    const list = await call(h, 'GET', '/admin/outsourcing/agencies', { token: supervisor });
    const ids = list.body.agencies.map((a: { id: string }) => a.id);
    expect(ids).toContain(ours);
    expect(ids).not.toContain(theirs);
    const refused = await call(h, 'GET', `/admin/outsourcing/agencies/${theirs}/cases`, { token: supervisor });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('other_branch');
    expect((await call(h, 'GET', `/admin/outsourcing/agencies/${theirs}/cases`, { token: otherSupervisor })).status).toBe(200);
  });
});

describe('agencies: add, edit, refuse bad input', () => {
  const BAD: [string, Record<string, unknown>, string][] = [
    ['a commission over 50%', { commissionBps: 6000 }, 'commissionBps'],
    ['a contract that ends before it starts', { contractEnd: '2025-12-31' }, 'contractEnd'],
    ['an export without the case number', { exportFields: ['debtorName'] }, 'exportFields'],
    ['an unmasked field not exported', { unmasked: ['idNumber'] }, 'unmasked'],
    ['a field that does not exist', { exportFields: ['caseNumber', 'salary'] }, 'exportFields'],
    ['no branch', { branches: [] }, 'branches'],
    ['a branch that does not exist', { branches: ['999999'] }, 'branches'],
    ['an unknown status', { status: 'paused' }, 'status'],
    ['an unknown key', { password: 'x' }, 'password'],
  ];
  it.each(BAD)('refuses %s (400 naming %s); nothing written', async (_what, change, field) => {
    const before = await footprint();
    const res = await call(h, 'POST', '/admin/outsourcing/agencies', { token: admin, body: { ...AGENCY, licenceNumber: 'LIC-BAD-0001', ...change } });
    expect(res.status).toBe(400);
    expect(res.body.error.message).toContain(field);
    expect(await footprint()).toBe(before);
  });

  it('adds and edits an agency; the licence is one agency’s; each change is logged with what it was', async () => {
    const id = await newAgency({ licenceNumber: 'LIC-EDIT-0001' });
    const dup = await call(h, 'POST', '/admin/outsourcing/agencies', { token: admin, body: { ...AGENCY, licenceNumber: 'LIC-EDIT-0001' } });
    expect(dup.status).toBe(409);
    const edited = await call(h, 'PUT', `/admin/outsourcing/agencies/${id}`, { token: admin, body: { ...AGENCY, licenceNumber: 'LIC-EDIT-0001', commissionBps: 1800, status: 'suspended' } });
    expect(edited.status).toBe(200);
    expect(edited.body).toMatchObject({ commissionBps: 1800, status: 'suspended', contractStart: '2026-01-01' });
    const log = await db.query<{ kind: string; detail: { from?: { commissionBps: number } } }>('SELECT kind, detail FROM agency_changes WHERE agency_id = $1 ORDER BY seq', [id]);
    expect(log.rows.map((r) => r.kind)).toEqual(['created', 'edited']);
    expect(log.rows[1]!.detail.from?.commissionBps).toBe(1500);
    expect((await call(h, 'PUT', '/admin/outsourcing/agencies/nope', { token: admin, body: AGENCY })).status).toBe(404);
    // A suspended agency takes no case.
    const refused = await call(h, 'POST', `/admin/outsourcing/agencies/${id}/cases`, { token: admin, body: { caseIds: [cases[0]!.id], reason: '委外' } });
    expect(refused.status).toBe(409);
    expect(refused.body.error.code).toBe('agency_closed');
  });
});

describe('cases with an agency, exports and results', () => {
  let agency: string;
  beforeAll(async () => {
    agency = await newAgency({ licenceNumber: 'LIC-FLOW-0001' });
  });

  it('gives cases to the agency (not twice, not another branch’s), and recalls one with a reason', async () => {
    const bad = await call(h, 'POST', `/admin/outsourcing/agencies/${agency}/cases`, { token: admin, body: { caseIds: [], reason: '委外' } });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('caseIds');
    const unknown = await call(h, 'POST', `/admin/outsourcing/agencies/${agency}/cases`, { token: admin, body: { caseIds: ['no-case'], reason: '委外' } });
    expect(unknown.status).toBe(400);
    const other = (await db.query<{ id: string }>('SELECT id FROM cases WHERE branch_code <> $1 LIMIT 1', [BRANCH])).rows[0]!.id;
    const outside = await call(h, 'POST', `/admin/outsourcing/agencies/${agency}/cases`, { token: admin, body: { caseIds: [cases[0]!.id, other], reason: '委外' } });
    expect(outside.status).toBe(400);
    expect(await count('agency_cases')).toBe(0);

    for (const c of cases.slice(0, 3)) await readyCase(c, agency);
    const given = await call(h, 'POST', `/admin/outsourcing/agencies/${agency}/cases`, { token: admin, body: { caseIds: cases.slice(0, 3).map((c) => c.id), reason: '逾期 90 天以上，委外催收' } });
    expect(given.status, JSON.stringify(given.body)).toBe(200);
    const twice = await call(h, 'POST', `/admin/outsourcing/agencies/${agency}/cases`, { token: admin, body: { caseIds: [cases[0]!.id], reason: '委外' } });
    expect(twice.status).toBe(409);

    const noReason = await call(h, 'POST', `/admin/outsourcing/cases/${cases[2]!.id}/recall`, { token: admin, body: { reason: '' } });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error.message).toContain('reason');
    const recalled = await call(h, 'POST', `/admin/outsourcing/cases/${cases[2]!.id}/recall`, { token: admin, body: { reason: '客户投诉机构，收回自催' } });
    expect(recalled.status).toBe(200);
    expect(recalled.body).toMatchObject({ caseId: cases[2]!.id, recallReason: '客户投诉机构，收回自催', recalledBy: 'demo-admin' });
    expect((await call(h, 'POST', `/admin/outsourcing/cases/${cases[2]!.id}/recall`, { token: admin, body: { reason: '再次收回' } })).status).toBe(404);

    const listed = await call(h, 'GET', `/admin/outsourcing/agencies/${agency}/cases`, { token: supervisor });
    expect(listed.body.cases.map((c: { caseId: string; recalledAt: string | null }) => [c.caseId, c.recalledAt === null])).toEqual([
      [cases[0]!.id, true], [cases[1]!.id, true], [cases[2]!.id, false],
    ].sort((a, b) => Number(b[1]) - Number(a[1]) || 0));
    const kinds = (await db.query<{ kind: string }>('SELECT kind FROM agency_changes WHERE agency_id = $1 ORDER BY seq', [agency])).rows.map((r) => r.kind);
    expect(kinds).toEqual(['created', 'cases_assigned', 'case_recalled']);
    // Each handover names the approved proposal and the notice letter behind it (migration 31).
    const basis = await db.query<{ proposal_id: string | null; notice_letter_id: string | null }>('SELECT proposal_id, notice_letter_id FROM agency_cases WHERE agency_id = $1', [agency]);
    expect(basis.rows.every((r) => r.proposal_id !== null && r.notice_letter_id !== null)).toBe(true);

    // The case's devices learn each give and recall: the collector of case 2 pulls both handover records.
    const officer = await deviceOf(cases[2]!.assignment.officerId!);
    const changes: PullChange[] = [];
    let cursor: string | null = null;
    for (;;) {
      const page = PullResponseSchema.parse((await post(h, '/sync/pull', { protocolVersion: PROTOCOL_VERSION, schemaVersion: MUTATION_SCHEMA_VERSION, deviceId: officer.deviceId, cursor, limit: 500 }, officer.accessToken)).body);
      changes.push(...page.changes);
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    const handovers = changes.flatMap((c) => (c.kind === 'record' && c.name === 'recordOutsourcingHandover' && c.caseId === cases[2]!.id ? [PulledRecordSchema.parse(c.data).args] : []));
    const proposal = basis.rows.length > 0 ? (await db.query<{ proposal_id: string }>('SELECT proposal_id FROM agency_cases WHERE case_id = $1', [cases[2]!.id])).rows[0]!.proposal_id : null;
    expect(handovers.map((a) => [a.move, a.agencyId, a.proposalId, a.reason])).toEqual([
      ['give', agency, proposal, '逾期 90 天以上，委外催收'],
      ['recall', agency, null, '客户投诉机构，收回自催'],
    ]);
    // Only head office records a handover: a collector's device sending one is refused.
    const forged = await send(cases[0]!.assignment.officerId!, 'recordOutsourcingHandover', { caseId: cases[0]!.id, agencyId: agency, move: 'recall', proposalId: null, reason: '自行收回', at: T(30) });
    expect([forged.status, forged.reason?.code]).toEqual(['rejected', 'forbidden']);
  });

  it('exports only the contract’s columns, masked, of the cases the agency holds; each export is logged', async () => {
    const bad = await call(h, 'GET', `/admin/outsourcing/agencies/${agency}/export?format=pdf`, { token: admin });
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).toContain('format');
    const res = await call(h, 'GET', `/admin/outsourcing/agencies/${agency}/export?format=csv`, { token: admin });
    expect(res.status).toBe(200);
    const lines = res.text.replace(/^\uFEFF/, '').trim().split('\r\n');
    expect(lines[0]).toBe('案件编号,借款人姓名,联系电话,欠款金额（元）');
    expect(lines).toHaveLength(3);
    const borrower = cases[0]!.parties.find((p) => p.role === 'borrower')!;
    const row = lines.find((l) => l.startsWith(cases[0]!.caseNumber))!;
    expect(row).not.toContain(borrower.name);
    expect(row).not.toContain(borrower.idNumber);
    expect(row).toContain(maskName(borrower.name));
    for (const p of borrower.phones.filter((x) => x.retiredAt === null)) expect(row).not.toContain(p.number);
    expect(res.text).not.toContain(cases[2]!.caseNumber);

    const xlsx = await call(h, 'GET', `/admin/outsourcing/agencies/${agency}/export?format=xlsx`, { token: admin });
    expect(xlsx.status).toBe(200);
    const log = await call(h, 'GET', `/admin/outsourcing/agencies/${agency}/exports`, { token: supervisor });
    expect(log.body.exports).toHaveLength(2);
    expect(log.body.exports[1]).toMatchObject({ exportedBy: 'demo-admin', format: 'csv', fields: ['caseNumber', 'debtorName', 'phones', 'outstanding'], masked: ['debtorName', 'phones'] });
    expect([...log.body.exports[1].caseIds].sort()).toEqual([cases[0]!.id, cases[1]!.id].sort());
  });

  it('imports the results file: good rows become agency-made records that reach the collector’s device, bad rows are refused by row and field', async () => {
    const phone = cases[0]!.parties.find((p) => p.role === 'borrower')!.phones.find((p) => p.retiredAt === null)!;
    const file = csv(
      '案件编号,类型,日期,时间,金额,方式,电话,结果,流水号,备注',
      `${cases[0]!.caseNumber},联系,2026-11-20,10:30,,电话,${phone.number},接通本人,,客户称月底还款`,
      `${cases[0]!.caseNumber},还款,2026-11-21,,1200.00,,,,TX-0001,`,
      `${cases[1]!.caseNumber},承诺,2026-12-05,,800,,,,,`,
      `${cases[2]!.caseNumber},还款,2026-11-21,,100.00,,,,TX-0002,`,
      `NO-SUCH-CASE,还款,2026-11-21,,100.00,,,,,`,
      `${cases[0]!.caseNumber},还款,2026-11-30,,100.00,,,,,`,
      `${cases[0]!.caseNumber},联系,2026-11-20,,,电话,13900000000,接通本人,,`,
      `${cases[0]!.caseNumber},还款,2026-11-21,,abc,,,,,`,
      `${cases[0]!.caseNumber},上门,2026-11-21,,,,,,,`,
    );
    const noName = await call(h, 'POST', `/admin/outsourcing/agencies/${agency}/results`, { token: admin, body: file });
    expect(noName.status).toBe(400);
    expect(noName.body.error.message).toContain('fileName');
    const missing = await call(h, 'POST', `/admin/outsourcing/agencies/${agency}/results?fileName=r.csv`, { token: admin, body: csv('案件编号,金额', 'X,1') });
    expect(missing.status).toBe(400);
    expect(missing.body.error.code).toBe('bad_results_file');

    const res = await call(h, 'POST', `/admin/outsourcing/agencies/${agency}/results?fileName=results-1120.csv`, { token: admin, body: file });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.file).toMatchObject({ rowCount: 9, acceptedCount: 3, counts: { contact: 1, payment: 1, promise: 1 } });
    expect(res.body.file.rejections.map((r: { rowNumber: number; field: string; code: string }) => [r.rowNumber, r.field, r.code])).toEqual([
      [5, 'caseNumber', 'not_with_agency'],
      [6, 'caseNumber', 'unknown_case'],
      [7, 'date', 'future_date'],
      [8, 'phone', 'unknown_phone'],
      [9, 'amount', 'bad_amount'],
      [10, 'kind', 'bad_kind'],
    ]);
    const again = await call(h, 'POST', `/admin/outsourcing/agencies/${agency}/results?fileName=again.csv`, { token: admin, body: file });
    expect(again.body.alreadyUploaded).toBe(true);
    const made = await db.query<{ kind: string; agency_id: string; device_id: string; args: { source?: string; amountFen?: number } }>("SELECT kind, agency_id, device_id, data -> 'args' AS args FROM field_records WHERE agency_id IS NOT NULL ORDER BY kind");
    expect(made.rows.map((r) => r.kind)).toEqual(['createPromise', 'recordActivity', 'recordPayment']);
    expect(made.rows.every((r) => r.agency_id === agency && r.device_id === `agency-${agency}`)).toBe(true);
    expect(made.rows[2]!.args).toMatchObject({ source: 'agency', amountFen: 120_000 });

    // The collector holding case 0 pulls the agency's payment and contact, made by the agency's "device".
    const changes: PullChange[] = [];
    let cursor: string | null = null;
    for (;;) {
      const page = PullResponseSchema.parse((await post(h, '/sync/pull', { protocolVersion: PROTOCOL_VERSION, schemaVersion: MUTATION_SCHEMA_VERSION, deviceId: collector.deviceId, cursor, limit: 500 }, collector.accessToken)).body);
      changes.push(...page.changes);
      cursor = page.cursor;
      if (!page.hasMore) break;
    }
    const fromAgency = changes.flatMap((c) => (c.kind === 'record' && PulledRecordSchema.parse(c.data).deviceId === `agency-${agency}` ? [c.name] : []));
    expect(fromAgency.sort()).toEqual(['recordActivity', 'recordPayment']);

    const files = await call(h, 'GET', `/admin/outsourcing/agencies/${agency}/results`, { token: supervisor });
    expect(files.body.files).toHaveLength(1);
  });

  it('reads an XLSX results file with the same machinery', async () => {
    const book = new ExcelJS.Workbook();
    book.addWorksheet('结果').addRows([['案件编号', '类型', '日期', '金额'], [cases[1]!.caseNumber, '承诺', '2026-12-10', '300.00']]);
    const bytes = new Uint8Array(await book.xlsx.writeBuffer());
    const res = await call(h, 'POST', `/admin/outsourcing/agencies/${agency}/results?fileName=r.xlsx`, { token: admin, body: bytes });
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.file).toMatchObject({ format: 'xlsx', acceptedCount: 1, counts: { promise: 1 } });
  });

  it('counts the agency’s recovery apart from the branch’s own, once with core banking’s record of the same money (docs/kpi.md)', async () => {
    const before = await call(h, 'GET', `/admin/outsourcing/recovery?branch=${BRANCH}&month=2026-11`, { token: supervisor });
    expect(before.status, JSON.stringify(before.body)).toBe(200);
    expect(before.body.agency).toEqual({ recoveredFen: 120_000, attempts: 1, promises: 2 });
    // Core banking reports the same 1,200.00 with the agency's reference: still once, still the agency's.
    await db.query(
      `INSERT INTO field_records (kind, id, case_id, device_id, user_id, mutation_id, data, received_at) VALUES ('recordPayment', 'cb-tx-0001', $1, 'core-banking', 'core-banking', 1, $2::jsonb, now())`,
      [cases[0]!.id, JSON.stringify({ name: 'recordPayment', caseId: cases[0]!.id, args: { id: 'cb-tx-0001', caseId: cases[0]!.id, amountFen: 120_000, paidOn: '2026-11-22', source: 'core_banking', receiptId: null, reference: 'TX-0001', recordedAt: '2026-11-23T00:00:00.000Z' } })],
    );
    const after = await call(h, 'GET', `/admin/outsourcing/recovery?branch=${BRANCH}&month=2026-11`, { token: admin });
    expect(after.body.agency.recoveredFen).toBe(120_000);
    expect(after.body.ownRecoveredFen).toBe(before.body.ownRecoveredFen);
    const other = await call(h, 'GET', `/admin/outsourcing/recovery?branch=${BRANCH}&month=2026-11`, { token: otherSupervisor });
    expect([other.status, other.body.error.code]).toEqual([403, 'other_branch']);
    const bad = await call(h, 'GET', `/admin/outsourcing/recovery?branch=${BRANCH}&month=2026-13`, { token: admin });
    expect([bad.status, bad.body.error.message]).toEqual([400, expect.stringContaining('month')]);
  });
});

describe('outsourcing from the app: proposal, supervisor approval, notice letter, then handover', () => {
  let agency: string;
  let c: Case;
  beforeAll(async () => {
    agency = await newAgency({ licenceNumber: 'LIC-APP-0001' });
    c = cases[3]!;
  });

  it('publishes the agency list to each branch it serves when an agency is added or edited; it is not published by hand', async () => {
    const published = await db.query<{ payload: { agencies: { id: string; name: string }[] } }>(
      "SELECT payload FROM published_configs WHERE kind = 'agencyList' AND scope = $1 ORDER BY version DESC LIMIT 1",
      [BRANCH],
    );
    expect(published.rows[0]!.payload.agencies.map((a) => a.id)).toContain(agency);
    const byHand = await call(h, 'POST', '/admin/config/agencyList', { token: admin, body: { scope: BRANCH, payload: { agencies: [] } } });
    expect(byHand.status).toBe(400);
    expect(byHand.body.error.code).toBe('published_by_head_office');
  });

  it('refuses a proposal naming an agency that does not serve the branch, and a decision by the proposal’s maker or a collector', async () => {
    const other = await newAgency({ name: '不服务本网点的机构', branches: [otherBranch] });
    const wrong = await send(c.assignment.officerId!, 'proposeOutsourcing', { caseId: c.id, agencyId: other, proposedAt: T(5) });
    expect(wrong).toMatchObject({ status: 'rejected', reason: { code: 'invalid' } });
    const nobody = await send(c.assignment.officerId!, 'proposeOutsourcing', { caseId: c.id, agencyId: 'no-such-agency', proposedAt: T(5) });
    expect(nobody).toMatchObject({ status: 'rejected', reason: { code: 'not_found' } });
    // A supervisor proposes; the same supervisor cannot approve (maker-checker).
    expect((await send('demo-supervisor-310115', 'proposeOutsourcing', { caseId: c.id, agencyId: agency, reason: '主管提出：逾期过久，委外', proposedAt: T(6) })).status).toBe('applied');
    const id = (await db.query<{ id: string }>("SELECT id FROM field_records WHERE kind = 'proposeOutsourcing' AND case_id = $1", [c.id])).rows[0]!.id;
    const own = await send('demo-supervisor-310115', 'decideOutsourcing', { caseId: c.id, proposalId: id, decision: 'approve', reason: '同意', decidedAt: T(7) });
    expect(own).toMatchObject({ status: 'rejected', reason: { code: 'forbidden', message: expect.stringContaining('maker-checker') } });
    // While it waits, a second proposal on the case is refused.
    const second = await send(c.assignment.officerId!, 'proposeOutsourcing', { caseId: c.id, agencyId: agency, proposedAt: T(8) });
    expect(second).toMatchObject({ status: 'rejected', reason: { code: 'conflict' } });
    // A collector does not decide (push refuses the role).
    const byCollector = await send(c.assignment.officerId!, 'decideOutsourcing', { caseId: c.id, proposalId: id, decision: 'reject', reason: '不同意', decidedAt: T(8) });
    expect(byCollector.status).toBe('rejected');
  });

  it('hands a case over only with an approved proposal for that agency and the debtor’s notice letter registered; the console lists what waits', async () => {
    const other = cases[1]!;
    const before = await footprint();
    const unproposed = await call(h, 'POST', `/admin/outsourcing/agencies/${agency}/cases`, { token: admin, body: { caseIds: [other.id], reason: '委外' } });
    expect([unproposed.status, unproposed.body.error?.code]).toEqual([409, 'already_outsourced']);
    const fresh = (await db.query<{ data: unknown }>("SELECT data FROM cases WHERE branch_code = $1 AND officer_id IS NOT NULL AND status NOT IN ('settled', 'closed') ORDER BY case_number OFFSET 6 LIMIT 1", [BRANCH])).rows.map((r) => CaseSchema.parse(r.data))[0]!;
    const none = await call(h, 'POST', `/admin/outsourcing/agencies/${agency}/cases`, { token: admin, body: { caseIds: [fresh.id], reason: '委外' } });
    expect([none.status, none.body.error.code]).toEqual([409, 'not_approved']);
    expect(await footprint()).toBe(before);

    const proposalId = await readyCase(fresh, agency, { letter: false });
    const waiting = await call(h, 'GET', `/admin/outsourcing/agencies/${agency}/proposals`, { token: supervisor });
    expect(waiting.body.proposals).toEqual([expect.objectContaining({ caseId: fresh.id, proposalId, approvedBy: 'demo-supervisor-310115', noticeLetter: null })]);
    const noLetter = await call(h, 'POST', `/admin/outsourcing/agencies/${agency}/cases`, { token: admin, body: { caseIds: [fresh.id], reason: '委外' } });
    expect([noLetter.status, noLetter.body.error.code]).toEqual([409, 'no_notice_letter']);

    await sendNotice(fresh);
    const ready = await call(h, 'GET', `/admin/outsourcing/agencies/${agency}/proposals`, { token: admin });
    expect(ready.body.proposals[0].noticeLetter).toMatchObject({ number: expect.stringMatching(/^CS-310115-2026-/) });
    const given = await call(h, 'POST', `/admin/outsourcing/agencies/${agency}/cases`, { token: admin, body: { caseIds: [fresh.id], reason: ready.body.proposals[0].reason } });
    expect(given.status, JSON.stringify(given.body)).toBe(200);
    expect((await call(h, 'GET', `/admin/outsourcing/agencies/${agency}/proposals`, { token: admin })).body.proposals).toEqual([]);
    const row = (await db.query<{ proposal_id: string; notice_letter_id: string }>('SELECT proposal_id, notice_letter_id FROM agency_cases WHERE case_id = $1', [fresh.id])).rows[0]!;
    expect(row.proposal_id).toBe(proposalId);
    expect(row.notice_letter_id).toBe(ready.body.proposals[0].noticeLetter.id);
    // With the agency, a new proposal on the case is refused.
    const again = await send(fresh.assignment.officerId!, 'proposeOutsourcing', { caseId: fresh.id, agencyId: agency, proposedAt: T(40) });
    expect(again).toMatchObject({ status: 'rejected', reason: { code: 'conflict', message: expect.stringContaining('already with an agency') } });
  });
});

