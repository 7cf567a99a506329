import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bucketOf } from '../../../shared/domain/buckets';
import type { Case } from '../../../shared/domain/case';
import { DEMO_OFFICERS } from '../../../shared/demo/branches';
import { MUTATION_SCHEMA_VERSION, PROTOCOL_VERSION } from '../../../shared/sync/versions';
import type { Db } from '../../../server/db/types';
import { importExtract } from '../../../server/import/apply';
import { caseToRows, customerNoOf, demoCases, extractOf } from '../../fixtures/import/demoExtract';
import { call, eachBackend, type Harness, openDb, post, signIn, startHarness } from '../harness';

let db: Db;
let h: Harness;
let admin: string;
let supervisor: string;
let collector: string;

const cases = demoCases(40);
const dpdOf = (c: Case) => Math.max(...c.accounts.map((a) => a.dpd));
const inBranch = (code: string) => cases.filter((c) => c.assignment.branchCode === code);
const count = async (sql: string, params: unknown[] = []) => Number((await db.query<{ n: string }>(sql, params)).rows[0]!.n);
const officerOf = async (caseId: string) => (await db.query<{ branch_code: string; officer_id: string | null }>('SELECT branch_code, officer_id FROM cases WHERE id = $1', [caseId])).rows[0]!;

/** What a user's device would hold after pulling everything from the start: case ids. */
async function pulledCaseIds(userId: string): Promise<Set<string>> {
  const d = await signIn(h, userId);
  const held = new Set<string>();
  let cursor: string | null = null;
  for (;;) {
    const res = await post(h, '/sync/pull', { protocolVersion: PROTOCOL_VERSION, schemaVersion: MUTATION_SCHEMA_VERSION, deviceId: d.deviceId, cursor, limit: 1000 }, d.accessToken);
    expect(res.status).toBe(200);
    for (const ch of res.body.changes as { kind: string; id: string }[]) {
      if (ch.kind === 'case') held.add(ch.id);
      if (ch.kind === 'tombstone') held.delete(ch.id);
    }
    cursor = res.body.cursor;
    if (!res.body.hasMore) return held;
  }
}

eachBackend((backend) => {
  beforeAll(async () => {
    db = await openDb(backend);
    h = await startHarness(db);
    const result = await importExtract(db, extractOf(cases.flatMap(caseToRows)), { now: new Date('2026-11-20T22:00:00Z') });
    expect(result.counts.new).toBe(40);
    admin = (await signIn(h, 'demo-admin')).accessToken;
    supervisor = (await signIn(h, 'demo-supervisor-310115')).accessToken;
    collector = (await signIn(h, 'demo-officer-310115-01')).accessToken;
  }, 60_000);
  afterAll(async () => {
    await h.close();
    await db.close();
  });

  describe('the case list', () => {
    it('pages the whole bank for head office, worst days past due first', async () => {
      const res = await call(h, 'GET', '/admin/portfolio/cases?pageSize=15&page=2', { token: admin });
      expect(res.status).toBe(200);
      expect(res.body.total).toBe(40);
      expect(res.body.cases).toHaveLength(15);
      const dpds = [...cases].map(dpdOf).sort((a, b) => b - a);
      expect(res.body.cases.map((c: { dpd: number }) => c.dpd)).toEqual(dpds.slice(15, 30));
      const c = res.body.cases[0];
      const source = cases.find((x) => `case-${customerNoOf(x)}` === c.id)!;
      expect(c).toMatchObject({ caseNumber: source.caseNumber, branchCode: source.assignment.branchCode, officerId: source.assignment.officerId, bucket: bucketOf(dpdOf(source)) });
      const total = source.accounts.reduce((s, a) => s + a.amounts.principalFen + a.amounts.interestFen + a.amounts.penaltyFen + a.amounts.compoundFen + a.amounts.feesFen, 0);
      expect(c.totalFen).toBe(total);
    });

    it('filters by branch, collector, unassigned, bucket, days past due and text', async () => {
      const get = async (q: string) => (await call(h, 'GET', `/admin/portfolio/cases?pageSize=200&${q}`, { token: admin })).body;
      expect((await get('branch=310115')).total).toBe(inBranch('310115').length);
      const officer = cases.find((c) => c.assignment.officerId)!.assignment.officerId!;
      expect((await get(`officer=${officer}`)).total).toBe(cases.filter((c) => c.assignment.officerId === officer).length);
      expect((await get('unassigned=true')).total).toBe(cases.filter((c) => c.assignment.officerId === null).length);
      expect((await get('bucket=M2')).total).toBe(cases.filter((c) => bucketOf(dpdOf(c)) === 'M2').length);
      expect((await get('dpdMin=31&dpdMax=90')).total).toBe(cases.filter((c) => dpdOf(c) >= 31 && dpdOf(c) <= 90).length);
      const named = cases[3]!;
      const borrower = named.parties.find((p) => p.role === 'borrower')!.name;
      expect((await get(`q=${encodeURIComponent(borrower)}`)).cases.map((c: { id: string }) => c.id)).toContain(`case-${customerNoOf(named)}`);
      expect((await get(`q=${encodeURIComponent(named.caseNumber)}`)).total).toBe(1);
    });

    it('a supervisor sees their own branch only; another branch is refused', async () => {
      const res = await call(h, 'GET', '/admin/portfolio/cases?pageSize=200', { token: supervisor });
      expect(res.body.total).toBe(inBranch('310115').length);
      expect(new Set(res.body.cases.map((c: { branchCode: string }) => c.branchCode))).toEqual(new Set(['310115']));
      const other = await call(h, 'GET', '/admin/portfolio/cases?branch=110105', { token: supervisor });
      expect([other.status, other.body.error.code]).toEqual([403, 'other_branch']);
      const dir = await call(h, 'GET', '/admin/portfolio/directory', { token: supervisor });
      expect(dir.body.branches.map((b: { code: string }) => b.code)).toEqual(['310115']);
      expect(dir.body.officers.every((o: { branchCode: string }) => o.branchCode === '310115')).toBe(true);
    });

    it('the directory: branches and the staff who hold cases, with their open cases', async () => {
      const res = await call(h, 'GET', '/admin/portfolio/directory', { token: admin });
      expect(res.status).toBe(200);
      const o = DEMO_OFFICERS[0]!;
      const officer = res.body.officers.find((x: { id: string }) => x.id === o.id);
      expect(officer).toMatchObject({ name: o.name, role: 'collector', branchCode: o.branchCode, openCases: cases.filter((c) => c.assignment.officerId === o.id).length });
      expect(res.body.branches.find((b: { code: string }) => b.code === '310115').openCases).toBe(inBranch('310115').length);
    });

    it.each([
      ['dpdMin above dpdMax', 'dpdMin=90&dpdMax=30', 'query.dpdMax'],
      ['an unknown bucket', 'bucket=M9', 'query.bucket'],
      ['a page of 0', 'page=0', 'query.page'],
      ['an unknown parameter', 'sort=name', 'query'],
      ['a collector and unassigned', 'unassigned=true&officer=x', 'query.officer'],
    ])('bad input: %s is a 400 naming the field', async (_what, q, field) => {
      const res = await call(h, 'GET', `/admin/portfolio/cases?${q}`, { token: admin });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(field);
    });
  });

  describe('assigning cases from the console', () => {
    it('one case to another collector of its branch: moved, recorded with who and why, the old collector loses it and the new one gets it', async () => {
      const c = cases.find((x) => x.assignment.officerId !== null && x.assignment.branchCode !== '110105')!;
      const from = c.assignment.officerId!;
      const to = DEMO_OFFICERS.find((o) => o.branchCode === c.assignment.branchCode && o.id !== from)!.id;
      const branch = c.assignment.branchCode;
      const id = `case-${customerNoOf(c)}`;
      const before = await pulledCaseIds(from);
      expect(before.has(id)).toBe(true);
      const res = await call(h, 'POST', '/admin/portfolio/assign', { token: admin, body: { select: { kind: 'cases', caseIds: [id] }, to: { kind: 'officer', officerId: to }, reason: '调整工作量' } });
      expect(res.status).toBe(200);
      expect(res.body).toMatchObject({ preview: false, selected: 1, moved: 1, moves: [{ caseId: id, fromOfficerId: from, toOfficerId: to, toBranchCode: branch }] });
      expect(await officerOf(id)).toEqual({ branch_code: branch, officer_id: to });
      const history = await db.query<{ officer_id: string; assigned_by: string | null; reason: string | null; released_at: Date | null }>('SELECT officer_id, assigned_by, reason, released_at FROM case_assignments WHERE case_id = $1 ORDER BY assigned_at', [id]);
      expect(history.rows.map((r) => [r.officer_id, r.assigned_by, r.reason, r.released_at === null])).toEqual([
        [from, null, null, false],
        [to, 'demo-admin', '调整工作量', true],
      ]);
      expect((await pulledCaseIds(from)).has(id)).toBe(false);
      expect((await pulledCaseIds(to)).has(id)).toBe(true);
      const data = (await db.query<{ data: Case }>('SELECT data FROM cases WHERE id = $1', [id])).rows[0]!.data;
      expect(data.assignment).toMatchObject({ officerId: to, branchCode: branch });
      // The same move again changes nothing.
      const again = await call(h, 'POST', '/admin/portfolio/assign', { token: admin, body: { select: { kind: 'cases', caseIds: [id] }, to: { kind: 'officer', officerId: to }, reason: '调整工作量' } });
      expect(again.body).toMatchObject({ selected: 1, moved: 0 });
    });

    it('to another branch: the case leaves the old branch’s scope (its supervisor’s device drops it) and reaches the new one', async () => {
      const c = inBranch('310115')[0]!;
      const id = `case-${customerNoOf(c)}`;
      expect((await pulledCaseIds('demo-supervisor-310115')).has(id)).toBe(true);
      const res = await call(h, 'POST', '/admin/portfolio/assign', { token: admin, body: { select: { kind: 'cases', caseIds: [id] }, to: { kind: 'branch', branchCode: '110105' }, reason: '客户迁居北京' } });
      expect(res.body).toMatchObject({ moved: 1, moves: [{ toBranchCode: '110105', toOfficerId: null }] });
      expect(await officerOf(id)).toEqual({ branch_code: '110105', officer_id: null });
      expect((await pulledCaseIds('demo-supervisor-310115')).has(id)).toBe(false);
      expect((await pulledCaseIds('demo-supervisor-110105')).has(id)).toBe(true);
      expect((await call(h, 'GET', '/admin/portfolio/cases?pageSize=200', { token: supervisor })).body.cases.some((x: { id: string }) => x.id === id)).toBe(false);
    });

    it('by filter and rule: every case of a branch spread evenly over its collectors; a preview writes nothing', async () => {
      const filter = { branch: '110105' };
      const all = (await call(h, 'GET', '/admin/portfolio/cases?branch=110105&pageSize=200', { token: admin })).body.cases as { id: string; officerId: string | null }[];
      expect(all.length).toBeGreaterThan(3);
      const changes = await count('SELECT count(*) AS n FROM changes');
      const body = { select: { kind: 'filter', filter }, to: { kind: 'rule', branchCode: '110105', rule: 'round_robin' }, reason: '按轮流分配', preview: true };
      const preview = await call(h, 'POST', '/admin/portfolio/assign', { token: admin, body });
      expect(preview.status).toBe(200);
      expect(preview.body).toMatchObject({ preview: true, selected: all.length });
      const pool = preview.body.moved;
      expect(pool).toBeGreaterThan(0);
      expect(await count('SELECT count(*) AS n FROM changes')).toBe(changes);
      const collectors = DEMO_OFFICERS.filter((o) => o.branchCode === '110105').map((o) => o.id);
      const applied = await call(h, 'POST', '/admin/portfolio/assign', { token: admin, body: { ...body, preview: false } });
      expect(applied.body.moved).toBe(pool);
      const held = await Promise.all(collectors.map(async (id) => (await call(h, 'GET', `/admin/portfolio/cases?branch=110105&officer=${id}`, { token: admin })).body.total as number));
      expect(Math.max(...held) - Math.min(...held)).toBeLessThanOrEqual(1);
      expect(held.reduce((a, b) => a + b, 0)).toBe(all.length);
      expect((await call(h, 'GET', '/admin/portfolio/cases?branch=110105&unassigned=true', { token: admin })).body.total).toBe(0);
      expect(await count(`SELECT count(*) AS n FROM case_assignments WHERE reason = '按轮流分配' AND assigned_by = 'demo-admin'`)).toBe(pool);
      expect(applied.body.totals.map((t: { officerId: string }) => t.officerId)).toEqual(collectors);
    });

    it.each([
      ['an unknown case', { select: { kind: 'cases', caseIds: ['case-NONE'] }, to: { kind: 'officer', officerId: 'demo-officer-310115-01' }, reason: '测试' }, 'body.select.caseIds'],
      ['no case selected', { select: { kind: 'cases', caseIds: [] }, to: { kind: 'officer', officerId: 'demo-officer-310115-01' }, reason: '测试' }, 'body.select.caseIds'],
      ['an unknown collector', { select: { kind: 'filter', filter: { branch: '310115' } }, to: { kind: 'officer', officerId: 'nobody' }, reason: '测试' }, 'body.to.officerId'],
      ['a clerk, who holds no cases', { select: { kind: 'filter', filter: { branch: '310115' } }, to: { kind: 'officer', officerId: 'demo-clerk-310115' }, reason: '测试' }, 'body.to.officerId'],
      ['an unknown branch', { select: { kind: 'filter', filter: { branch: '310115' } }, to: { kind: 'branch', branchCode: '999999' }, reason: '测试' }, 'body.to.branchCode'],
      ['a rule over another branch’s collector', { select: { kind: 'filter', filter: { branch: '310115' } }, to: { kind: 'rule', branchCode: '310115', rule: 'balance', officerIds: ['demo-officer-110105-01'] }, reason: '测试' }, 'body.to.officerIds'],
      ['no reason', { select: { kind: 'filter', filter: { branch: '310115' } }, to: { kind: 'branch', branchCode: '310115' } }, 'body.reason'],
      ['a filter nothing matches', { select: { kind: 'filter', filter: { q: 'no-such-case' } }, to: { kind: 'branch', branchCode: '310115' }, reason: '测试' }, 'body.select.filter'],
      ['an unknown rule', { select: { kind: 'filter', filter: { branch: '310115' } }, to: { kind: 'rule', branchCode: '310115', rule: 'random' }, reason: '测试' }, 'body.to.rule'],
    ])('bad input: %s is a 400 naming the field, and nothing moves', async (_what, body, field) => {
      const changes = await count('SELECT count(*) AS n FROM changes');
      const res = await call(h, 'POST', '/admin/portfolio/assign', { token: admin, body });
      expect(res.status).toBe(400);
      expect(res.body.error.message).toContain(field);
      expect(await count('SELECT count(*) AS n FROM changes')).toBe(changes);
    });
  });

  describe('who may', () => {
    const move = { select: { kind: 'filter', filter: { branch: '310115' } }, to: { kind: 'branch', branchCode: '310115' }, reason: '测试' };
    it.each([
      ['GET', '/admin/portfolio/cases'],
      ['GET', '/admin/portfolio/directory'],
    ])('%s %s: no token 401, a collector 403', async (method, path) => {
      expect((await call(h, method, path)).status).toBe(401);
      const res = await call(h, method, path, { token: collector });
      expect([res.status, res.body.error.code]).toEqual([403, 'not_console_user']);
    });

    it('POST /admin/portfolio/assign: no token 401, a collector 403, a supervisor 403 (their console is read-only); nothing moves', async () => {
      const changes = await count('SELECT count(*) AS n FROM changes');
      expect((await call(h, 'POST', '/admin/portfolio/assign', { body: move })).status).toBe(401);
      expect((await call(h, 'POST', '/admin/portfolio/assign', { token: collector, body: move })).body.error.code).toBe('head_office_only');
      const s = await call(h, 'POST', '/admin/portfolio/assign', { token: supervisor, body: move });
      expect([s.status, s.body.error.code]).toEqual([403, 'head_office_only']);
      expect(await count('SELECT count(*) AS n FROM changes')).toBe(changes);
    });
  });
});
