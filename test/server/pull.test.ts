import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CaseSchema, type Case } from '../../shared/domain/case';
import { PullResponseSchema } from '../../shared/sync/protocol';
import { MUTATION_SCHEMA_VERSION, PROTOCOL_VERSION } from '../../shared/sync/versions';
import { importExtract, reassignCase } from '../../server/import/apply';
import { caseIdOf } from '../../server/import/portfolio';
import { formatCursor, pruneChanges } from '../../server/sync/pull';
import { portfolioCaseScope } from '../../server/sync/pullScope';
import type { Db } from '../../server/db/types';
import { caseToRows, customerNoOf, demoCases, extractOf } from '../fixtures/import/demoExtract';
import { eachBackend, entry, type Harness, openDb, post, push, signIn, startHarness } from './harness';

eachBackend((backend) => {
  let db: Db;
  let h: Harness;
  const cases = demoCases(40, { seed: 'pull-tests' });
  const rows = cases.flatMap(caseToRows);
  const idOf = (c: Case) => caseIdOf(customerNoOf(c));

  type Device = Awaited<ReturnType<typeof signIn>>;

  beforeAll(async () => {
    db = await openDb(backend);
    h = await startHarness(db);
    const result = await importExtract(db, extractOf(rows));
    expect(result.counts.new).toBe(40);
  });
  afterAll(async () => {
    await h.close();
    await db.close();
  });

  const pullOnce = (d: Device, cursor: string | null, limit = 1000, extra: Record<string, unknown> = {}) =>
    post(h, '/sync/pull', { protocolVersion: PROTOCOL_VERSION, schemaVersion: MUTATION_SCHEMA_VERSION, deviceId: d.deviceId, cursor, limit, ...extra }, d.accessToken);

  interface Seen {
    cursor: string;
    cases: Map<string, Case>;
    tombstones: { id: string; reason: string }[];
    pages: number;
    ids: string[];
  }

  /** Pulls page by page until hasMore is false, checking every answer against the protocol's schema. */
  async function pullAll(d: Device, cursor: string | null, limit = 1000): Promise<Seen> {
    const seen: Seen = { cursor: cursor ?? '', cases: new Map(), tombstones: [], pages: 0, ids: [] };
    for (;;) {
      const res = await pullOnce(d, cursor, limit);
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const body = PullResponseSchema.parse(res.body);
      expect(body.resetRequired).toBe(false);
      expect(body.changes.length).toBeLessThanOrEqual(limit);
      seen.pages++;
      for (const ch of body.changes) {
        seen.ids.push(ch.id);
        if (ch.kind === 'tombstone') seen.tombstones.push({ id: ch.id, reason: ch.reason });
        else seen.cases.set(ch.id, CaseSchema.parse(ch.data));
      }
      cursor = body.cursor!;
      seen.cursor = cursor;
      if (!body.hasMore) return seen;
    }
  }

  const officerWithCases = () => {
    const counts = new Map<string, number>();
    for (const c of cases) if (c.assignment.officerId) counts.set(c.assignment.officerId, (counts.get(c.assignment.officerId) ?? 0) + 1);
    return [...counts].sort((a, b) => b[1] - a[1])[0]![0];
  };

  describe('POST /sync/pull', () => {
    it('sends a collector exactly the cases assigned to them, in pages of a small limit, without loss or duplicates', async () => {
      const officer = officerWithCases();
      const mine = cases.filter((c) => c.assignment.officerId === officer).map(idOf).sort();
      expect(mine.length).toBeGreaterThan(2);
      const d = await signIn(h, officer);
      const seen = await pullAll(d, null, 2);
      expect(seen.pages).toBeGreaterThanOrEqual(Math.ceil(mine.length / 2));
      expect([...seen.ids].sort()).toEqual(mine);
      expect(seen.tombstones).toEqual([]);
      for (const c of seen.cases.values()) expect(c.assignment.officerId).toBe(officer);
      // Nothing new: an empty page, and the cursor stays usable. Each answer names the cursor it answers.
      const again = await pullOnce(d, seen.cursor);
      expect(again.body).toMatchObject({ from: seen.cursor, changes: [], hasMore: false, resetRequired: false });
      expect((await pullOnce(d, null, 2)).body).toMatchObject({ from: null });
    });

    it('sends a supervisor their branch, an admin everything, and nobody another branch’s cases', async () => {
      const branch = cases[0]!.assignment.branchCode;
      const sup = await pullAll(await signIn(h, `demo-supervisor-${branch}`), null, 5);
      expect([...sup.cases.keys()].sort()).toEqual(cases.filter((c) => c.assignment.branchCode === branch).map(idOf).sort());
      const clerk = await pullAll(await signIn(h, `demo-clerk-${branch}`), null);
      expect([...clerk.cases.keys()].sort()).toEqual([...sup.cases.keys()].sort());
      const admin = await pullAll(await signIn(h, 'demo-admin'), null, 7);
      expect(admin.cases.size).toBe(40);
      expect(admin.ids.length).toBe(40);

      // A cursor taken from another scope (or made up) shows only the caller's own scope: scope comes from the token.
      const otherBranch = cases.find((c) => c.assignment.branchCode !== branch)!.assignment.branchCode;
      const other = await signIn(h, `demo-supervisor-${otherBranch}`);
      const fromForeign = await pullAll(other, formatCursor(0, h.clock.ms));
      expect(fromForeign.cases.size).toBeGreaterThan(0);
      for (const c of fromForeign.cases.values()) expect(c.assignment.branchCode).toBe(otherBranch);
      const withSupCursor = await pullOnce(other, sup.cursor);
      expect(withSupCursor.body.changes).toEqual([]);
    });

    it('on reassignment the old collector gets a tombstone and the new one the case; the supervisor just the new version', async () => {
      const c = cases.find((x) => x.assignment.officerId !== null)!;
      const from = c.assignment.officerId!;
      const to = `demo-officer-${c.assignment.branchCode}-0${from.endsWith('01') ? 2 : 1}`;
      const old = await signIn(h, from);
      const neu = await signIn(h, to);
      const sup = await signIn(h, `demo-supervisor-${c.assignment.branchCode}`);
      const oldStart = await pullAll(old, null);
      const newStart = await pullAll(neu, null);
      const supStart = await pullAll(sup, null);
      expect(oldStart.cases.has(idOf(c))).toBe(true);
      expect(newStart.cases.has(idOf(c))).toBe(false);

      expect(await reassignCase(db, idOf(c), to)).toBe('reassigned');

      const oldNext = await pullAll(old, oldStart.cursor);
      expect(oldNext.tombstones).toEqual([{ id: idOf(c), reason: 'out_of_scope' }]);
      expect(oldNext.cases.size).toBe(0);
      const newNext = await pullAll(neu, newStart.cursor);
      expect([...newNext.cases.keys()]).toEqual([idOf(c)]);
      expect(newNext.cases.get(idOf(c))!.assignment.officerId).toBe(to);
      const supNext = await pullAll(sup, supStart.cursor);
      expect(supNext.tombstones).toEqual([]);
      expect([...supNext.cases.keys()]).toEqual([idOf(c)]);

      // A fresh download by the old collector no longer includes the case.
      const oldFresh = await pullAll(old, null);
      expect(oldFresh.cases.has(idOf(c))).toBe(false);

      // Moved to another branch through the daily extract: that branch's supervisor gets it, this one a tombstone.
      const otherBranch = cases.find((x) => x.assignment.branchCode !== c.assignment.branchCode)!.assignment.branchCode;
      const moved = rows.map((r) => (r.customer_no === customerNoOf(c) ? { ...r, branch_code: otherBranch, officer_id: '' } : r));
      expect((await importExtract(db, extractOf(moved))).counts).toMatchObject({ updated: 1, rejected: 0 });
      const supAfter = await pullAll(sup, supNext.cursor);
      expect(supAfter.tombstones).toEqual([{ id: idOf(c), reason: 'out_of_scope' }]);
      const neuAfter = await pullAll(neu, newNext.cursor);
      expect(neuAfter.tombstones).toEqual([{ id: idOf(c), reason: 'out_of_scope' }]);
      const otherSup = await pullAll(await signIn(h, `demo-supervisor-${otherBranch}`), null);
      expect(otherSup.cases.get(idOf(c))!.assignment).toMatchObject({ branchCode: otherBranch, officerId: null });
    });

    it('pages stay consistent while the portfolio changes between them', async () => {
      const admin = await signIn(h, 'demo-admin');
      const first = await pullOnce(admin, null, 10);
      expect(first.body.hasMore).toBe(true);
      // A balance changes in a case already sent and in one not yet sent.
      const sent = first.body.changes[0].id as string;
      const changed = rows.map((r) => (caseIdOf(r.customer_no!) === sent || r.customer_no === customerNoOf(cases[39]!) ? { ...r, fees: '77.77' } : r));
      await importExtract(db, extractOf(changed));
      const rest = await pullAll(admin, first.body.cursor, 10);
      const all = [...first.body.changes.map((c: { id: string }) => c.id), ...rest.ids];
      expect(new Set(all).size).toBe(40);
      expect(rest.ids.filter((id) => id === sent)).toHaveLength(1);
      expect(rest.cases.get(sent)!.accounts[0]!.amounts.feesFen).toBe(7777);
      expect(rest.cases.get(idOf(cases[39]!))!.accounts[0]!.amounts.feesFen).toBe(7777);
    });

    it('asks for a fresh download when the cursor is older than the tombstone retention', async () => {
      let d = await signIn(h, officerWithCases());
      const seen = await pullAll(d, null);
      h.clock.ms += 89 * 86_400_000;
      // Months later the access token has long expired: sign in again on the same device.
      d = await signIn(h, d.userId, d.deviceId);
      expect((await pullOnce(d, seen.cursor)).body.resetRequired).toBe(false);
      h.clock.ms += 2 * 86_400_000;
      d = await signIn(h, d.userId, d.deviceId);
      const res = await pullOnce(d, seen.cursor);
      expect(res.status).toBe(200);
      expect(res.body).toEqual({ cursor: null, from: seen.cursor, hasMore: false, changes: [], resetRequired: true });
      // Pruning drops only what no cursor within the retention needs.
      const fresh = await pullAll(d, null);
      await pruneChanges(db, h.clock.ms, { tombstoneRetentionDays: 90 });
      expect((await pullAll(d, null)).ids.sort()).toEqual(fresh.ids.sort());
      h.clock.ms -= 91 * 86_400_000;
    });

    it('gzips large answers for a client that accepts gzip', async () => {
      const d = await signIn(h, 'demo-admin');
      const body = JSON.stringify({ protocolVersion: PROTOCOL_VERSION, schemaVersion: MUTATION_SCHEMA_VERSION, deviceId: d.deviceId, cursor: null, limit: 100 });
      const headers = { 'content-type': 'application/json', authorization: `Bearer ${d.accessToken}` };
      const gz = await fetch(`${h.url}/sync/pull`, { method: 'POST', headers: { ...headers, 'accept-encoding': 'gzip' }, body });
      expect(gz.headers.get('content-encoding')).toBe('gzip');
      const parsed = PullResponseSchema.parse(await gz.json());
      expect(parsed.changes.length).toBe(40);
      const plain = await fetch(`${h.url}/sync/pull`, { method: 'POST', headers: { ...headers, 'accept-encoding': 'identity' }, body });
      expect(plain.headers.get('content-encoding')).toBeNull();
      expect(PullResponseSchema.parse(await plain.json()).changes.length).toBe(40);
    });

    it('refuses bad requests with a clear error', async () => {
      const d = await signIn(h, 'demo-admin');
      expect((await post(h, '/sync/pull', { protocolVersion: PROTOCOL_VERSION, schemaVersion: MUTATION_SCHEMA_VERSION, deviceId: d.deviceId, cursor: null, limit: 10 })).status).toBe(401);
      const tooMany = await pullOnce(d, null, 5001);
      expect(tooMany.status).toBe(400);
      expect(tooMany.body.error.message).toMatch(/at most 5000/);
      const badCursor = await pullOnce(d, 'seq=5');
      expect(badCursor.status).toBe(400);
      expect(badCursor.body.error.message).toMatch(/cursor/);
      const otherDevice = await pullOnce(d, null, 10, { deviceId: 'someone-else' });
      expect(otherDevice.status).toBe(401);
      const oldProtocol = await pullOnce(d, null, 10, { protocolVersion: 999 });
      expect(oldProtocol.status).toBe(409);
      expect(oldProtocol.body.error.code).toBe('unsupported_protocol');
    });
  });

  describe('portfolioCaseScope (push scope from the imported portfolio)', () => {
    it('accepts the user’s cases and cases once assigned to them, refuses other branches’, and pushes through it over HTTP', async () => {
      const h2 = await startHarness(db, { caseScope: portfolioCaseScope });
      try {
        const c = cases.find((x) => x.assignment.officerId !== null && x.assignment.branchCode === cases[0]!.assignment.branchCode)!;
        const current = (await db.query<{ officer_id: string | null; branch_code: string }>('SELECT officer_id, branch_code FROM cases WHERE id = $1', [idOf(c)])).rows[0]!;
        const foreign = cases.find((x) => x.assignment.branchCode !== current.branch_code && x.assignment.officerId !== null)!;
        const d = await signIn(h2, foreign.assignment.officerId!);
        const tx = db;
        const who = { userId: d.userId, deviceId: d.deviceId, deviceCode: d.deviceCode, role: 'collector' as const, branchCode: foreign.assignment.branchCode };
        expect(await portfolioCaseScope(tx, idOf(foreign), who)).toBe('in_scope');
        expect(await portfolioCaseScope(tx, 'case-nobody', who)).toBe('unknown');
        // The case reassigned away in an earlier test: its first officer's records are still accepted.
        const moved = cases.find((x) => x.assignment.officerId !== null)!;
        const firstOfficer = { ...who, userId: moved.assignment.officerId!, branchCode: moved.assignment.branchCode };
        expect(await portfolioCaseScope(tx, idOf(moved), firstOfficer)).toBe('in_scope');
        expect(await portfolioCaseScope(tx, idOf(moved), { ...who, userId: 'demo-officer-000000-99' })).toBe('out_of_scope');
        const res = await push(h2, d, [entry('recordActivity', d, 1, { caseId: idOf(foreign) }), entry('recordActivity', d, 2, { caseId: idOf(c) })]);
        expect(res.status).toBe(200);
        expect(res.body.results.map((r: { status: string }) => r.status)).toEqual(['applied', 'rejected']);
        expect(res.body.results[1].reason.code).toBe('out_of_scope');
      } finally {
        await h2.close();
      }
    });
  });
});
