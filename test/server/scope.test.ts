import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Case } from '../../shared/domain/case';
import { newId } from '../../shared/sync/ids';
import { makeOutboxEntry, type OutboxEntry } from '../../shared/sync';
import { PullResponseSchema } from '../../shared/sync/protocol';
import { MUTATION_SCHEMA_VERSION, PROTOCOL_VERSION } from '../../shared/sync/versions';
import { caseIdOf } from '../../server/import/portfolio';
import { importExtract, reassignCase } from '../../server/import/apply';
import { pruneChanges } from '../../server/sync/pull';
import type { Db } from '../../server/db/types';
import { caseToRows, customerNoOf, demoCases, extractOf } from '../fixtures/import/demoExtract';
import { eachBackend, entry, openDb, post, push, signIn, startHarness, type Harness } from './harness';

/**
 * Push scope as an attacker meets it (issue 11): a collector who plants record ids, writes to a case head
 * office does not have yet, or sends text PostgreSQL cannot store. Each refusal leaves the other branch's
 * case, and the rest of the push, as they were.
 */
eachBackend((backend) => {
  let db: Db;
  let h: Harness;
  const cases = demoCases(16, { seed: 'scope-tests' });
  const idOf = (c: Case) => caseIdOf(customerNoOf(c));
  // The last case stays out of the first import: head office does not have it yet.
  const later = cases[cases.length - 1]!;
  const imported = cases.slice(0, -1);
  let attacker: string;
  let own: Case;
  let victim: Case;

  type Device = Awaited<ReturnType<typeof signIn>> & { next: number };
  const devices = new Map<string, Device>();
  const device = async (userId: string): Promise<Device> => {
    if (!devices.has(userId)) devices.set(userId, { ...(await signIn(h, userId)), next: 1 });
    return devices.get(userId)!;
  };
  type Result = { mutationId: number; status: string; reason?: { code: string; message: string } };
  async function send(d: Device, entries: OutboxEntry[] | Record<string, unknown>[]): Promise<Result[]> {
    const res = await push(h, d, entries);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    return res.body.results as Result[];
  }
  const caseRow = async (id: string) =>
    (await db.query<{ data: Case; status: string; version: string }>('SELECT data, status, version FROM cases WHERE id = $1', [id])).rows[0];
  const recordsOn = async (caseId: string) => (await db.query<{ n: number }>('SELECT count(*)::integer AS n FROM field_records WHERE case_id = $1', [caseId])).rows[0]!.n;
  const borrowerOf = async (c: Case) => (await caseRow(idOf(c)))!.data.parties.find((p) => p.role === 'borrower')!;

  beforeAll(async () => {
    db = await openDb(backend);
    h = await startHarness(db);
    expect((await importExtract(db, extractOf(imported.flatMap(caseToRows)))).counts.new).toBe(imported.length);
    // A collector with a case of their own, and a case of another branch.
    own = imported.find((c) => c.assignment.officerId !== null)!;
    attacker = own.assignment.officerId!;
    victim = imported.find((c) => c.assignment.branchCode !== own.assignment.branchCode && c.assignment.officerId !== null)!;
    expect(victim, 'the demo portfolio has two branches').toBeDefined();
  }, 60_000);
  afterAll(async () => {
    await h.close();
    await db.close();
  });

  describe('a planted record id grants no scope', () => {
    it('a visit given another branch’s case id, then contacts, a phone and a hold on that case: all refused, the case unchanged', async () => {
      const d = await device(attacker);
      const before = await caseRow(idOf(victim));
      const party = await borrowerOf(victim);
      // Built by hand: the device's own schema would refuse the planted id before the outbox.
      const visit = entry('recordVisit', d, d.next++, { caseId: idOf(own), addressId: 'any-address' });
      const planted = { ...visit, args: { ...visit.args, id: idOf(victim) } };
      const onVictim = { caseId: idOf(victim) };
      const writes = [
        entry('recordActivity', d, d.next++, { ...onVictim, partyId: party.id, phoneId: null, addressId: null }),
        entry('addPhone', d, d.next++, { ...onVictim, partyId: party.id, number: '13900001111' }),
        entry('setCaseStatus', d, d.next++, { ...onVictim, from: before!.status as Case['status'], to: 'on_hold', holdReason: 'dispute' }),
      ];
      const results = await send(d, [planted, ...writes]);
      for (const r of results.slice(1)) expect(r).toMatchObject({ status: 'rejected', reason: { code: 'out_of_scope' } });
      expect(await caseRow(idOf(victim))).toEqual(before);
      expect(await recordsOn(idOf(victim))).toBe(0);
      // The planted id itself: not a UUIDv7, refused by the shared schema.
      expect(results[0]).toMatchObject({ status: 'rejected', reason: { code: 'invalid', message: expect.stringContaining('args.id') } });
    });

    it('head office refuses a new record whose id already names a case or another kind’s record, even a well-formed one', async () => {
      const d = await device(attacker);
      // A case whose id is a UUIDv7 (a core-banking key could be one): copied from the attacker's own case.
      const uuidCase = newId();
      await db.query(
        `INSERT INTO cases (id, case_number, branch_code, officer_id, status, data, version, updated_seq)
         SELECT $1, case_number || '-U', branch_code, officer_id, status, data, version, updated_seq FROM cases WHERE id = $2`,
        [uuidCase, idOf(own)],
      );
      const activity = entry('recordActivity', d, d.next++, { caseId: idOf(own), partyId: (await borrowerOf(own)).id, phoneId: null, addressId: null });
      const [made] = await send(d, [activity]);
      expect(made).toMatchObject({ status: 'applied' });
      const reuseActivity = entry('planVisit', d, d.next++, { caseId: idOf(own), id: (activity.args as { id: string }).id });
      const reuseCase = entry('openDispute', d, d.next++, { caseId: idOf(own), id: uuidCase });
      const results = await send(d, [reuseActivity, reuseCase]);
      expect(results[0]).toMatchObject({ status: 'rejected', reason: { code: 'invalid', message: expect.stringContaining('recordActivity record') } });
      expect(results[1]).toMatchObject({ status: 'rejected', reason: { code: 'invalid', message: expect.stringContaining('names a case') } });
      const kinds = await db.query<{ kind: string }>('SELECT kind FROM field_records WHERE id = ANY($1::text[]) ORDER BY kind', [[(activity.args as { id: string }).id, uuidCase]]);
      expect(kinds.rows.map((r) => r.kind)).toEqual(['recordActivity']);
      await db.query('DELETE FROM cases WHERE id = $1', [uuidCase]);
    });

    it('scope is the case’s current and past assignment, kept after the change log is pruned', async () => {
      const moved = imported.find((c) => c.assignment.officerId !== null && c !== own && idOf(c) !== idOf(victim) && c.assignment.officerId !== attacker)!;
      const first = moved.assignment.officerId!;
      const colleague = imported.find((c) => c.assignment.branchCode === moved.assignment.branchCode && c.assignment.officerId !== null && c.assignment.officerId !== first)?.assignment.officerId;
      expect(colleague, 'the branch has a second collector').toBeDefined();
      await reassignCase(db, idOf(moved), colleague!);
      // Far past any retention: every superseded and old change-log row goes.
      await pruneChanges(db, Date.parse('2100-01-01T00:00:00Z'), { tombstoneRetentionDays: 1 });
      const party = (await borrowerOf(moved)).id;
      const args = { caseId: idOf(moved), partyId: party, phoneId: null, addressId: null };
      const firstDevice = await device(first);
      const newDevice = await device(colleague!);
      const outsider = await device(attacker);
      expect((await send(firstDevice, [entry('recordActivity', firstDevice, firstDevice.next++, args)]))[0]).toMatchObject({ status: 'applied' });
      expect((await send(newDevice, [entry('recordActivity', newDevice, newDevice.next++, args)]))[0]).toMatchObject({ status: 'applied' });
      expect((await send(outsider, [entry('recordActivity', outsider, outsider.next++, args)]))[0]).toMatchObject({ status: 'rejected', reason: { code: 'out_of_scope' } });
      const history = await db.query<{ officer_id: string | null }>('SELECT officer_id FROM case_assignments WHERE case_id = $1', [idOf(moved)]);
      expect(history.rows.map((r) => r.officer_id)).toEqual(expect.arrayContaining([first, colleague]));
      // The first collector gave the case up: their row says when; the colleague's is held now.
      const held = await db.query<{ officer_id: string | null; released: boolean }>('SELECT officer_id, released_at IS NOT NULL AS released FROM case_assignments WHERE case_id = $1', [idOf(moved)]);
      expect(held.rows.find((r) => r.officer_id === first)?.released).toBe(true);
      expect(held.rows.find((r) => r.officer_id === colleague)?.released).toBe(false);

      // Longer ago than a device may stay offline (the 90-day retention): the first collector's push is refused.
      await db.query(`UPDATE case_assignments SET released_at = now() - interval '91 days' WHERE case_id = $1 AND officer_id = $2`, [idOf(moved), first]);
      expect((await send(firstDevice, [entry('recordActivity', firstDevice, firstDevice.next++, args)]))[0]).toMatchObject({ status: 'rejected', reason: { code: 'out_of_scope' } });
      expect((await send(newDevice, [entry('recordActivity', newDevice, newDevice.next++, args)]))[0]).toMatchObject({ status: 'applied' });

      // Given back to the first collector: held again, in scope again.
      await reassignCase(db, idOf(moved), first);
      const again = await db.query<{ released_at: string | null }>('SELECT released_at FROM case_assignments WHERE case_id = $1 AND officer_id = $2', [idOf(moved), first]);
      expect(again.rows[0]?.released_at).toBeNull();
      expect((await send(firstDevice, [entry('recordActivity', firstDevice, firstDevice.next++, args)]))[0]).toMatchObject({ status: 'applied' });
    });
  });

  describe('a case head office does not have', () => {
    it('its records are refused with unknown_case, and never reach the collector later assigned it', async () => {
      const d = await device(attacker);
      const results = await send(d, [entry('recordActivity', d, d.next++, { caseId: idOf(later), notes: '预先写入' }), entry('recordActivity', d, d.next++, { caseId: idOf(own), partyId: (await borrowerOf(own)).id, phoneId: null, addressId: null })]);
      expect(results[0]).toMatchObject({ status: 'rejected', reason: { code: 'unknown_case', message: expect.stringContaining(idOf(later)) } });
      expect(results[1]).toMatchObject({ status: 'applied' });
      expect(await recordsOn(idOf(later))).toBe(0);

      await importExtract(db, extractOf(cases.flatMap(caseToRows)));
      const officer = (await db.query<{ officer_id: string | null }>('SELECT officer_id FROM cases WHERE id = $1', [idOf(later)])).rows[0]!.officer_id;
      expect(officer).not.toBeNull();
      const theirs = officer === attacker ? d : await device(officer!);
      const pulled = await post(h, '/sync/pull', { protocolVersion: PROTOCOL_VERSION, schemaVersion: MUTATION_SCHEMA_VERSION, deviceId: theirs.deviceId, cursor: null, limit: 5000 }, theirs.accessToken);
      const body = PullResponseSchema.parse(pulled.body);
      expect(body.changes.some((c) => c.kind === 'case' && c.id === idOf(later))).toBe(true);
      expect(body.changes.filter((c) => c.kind === 'record' && c.caseId === idOf(later))).toEqual([]);
    });
  });

  describe('text PostgreSQL cannot store', () => {
    it('a NUL or a lone surrogate fails only its own mutation: the rest of the push applies, and the outbox moves on', async () => {
      const d = await device(attacker);
      const base = { caseId: idOf(own), partyId: (await borrowerOf(own)).id, phoneId: null, addressId: null };
      const good1 = entry('recordActivity', d, d.next++, base);
      const withNul = entry('recordActivity', d, d.next++, base);
      const withSurrogate = entry('recordActivity', d, d.next++, base);
      const nulInName = entry('createPromise', d, d.next++, { caseId: idOf(own) });
      const nulEverywhere = entry('recordActivity', d, d.next++, base);
      const good2 = entry('recordActivity', d, d.next++, base);
      const batch = [
        good1,
        { ...withNul, args: { ...withNul.args, notes: '本人接听\u0000' } },
        { ...withSurrogate, args: { ...withSurrogate.args, nextAction: 'call \uD83D back' } },
        { ...nulInName, name: 'createPromise\u0000', args: { ...nulInName.args, ['key\u0000']: 1 } },
        { ...nulEverywhere, id: `${nulEverywhere.id}\u0000`, args: { ...nulEverywhere.args, notes: '\uDC00' } },
        good2,
      ];
      const results = await send(d, batch);
      expect(results.map((r) => r.status)).toEqual(['applied', 'rejected', 'rejected', 'rejected', 'rejected', 'applied']);
      expect(results[1]!.reason).toMatchObject({ code: 'invalid', message: expect.stringContaining('args.notes') });
      expect(results[2]!.reason).toMatchObject({ code: 'invalid', message: expect.stringContaining('args.nextAction') });
      // Sent again after a lost answer: the same refusals, still no 500.
      const again = await send(d, batch);
      expect(again.map((r) => r.status)).toEqual(['duplicate', 'rejected', 'rejected', 'rejected', 'rejected', 'duplicate']);
      const stored = await db.query<{ reason_message: string }>(`SELECT reason_message FROM mutations_applied WHERE device_id = $1 AND status = 'rejected'`, [d.deviceId]);
      expect(stored.rows.length).toBeGreaterThanOrEqual(4);
    });

    it('the device refuses such text before it reaches the outbox', () => {
      const input = {
        mutationId: 1,
        name: 'recordActivity' as const,
        userId: 'demo-officer-310115-01',
        deviceId: 'D1',
        hlc: '',
        createdAt: '2026-11-23T09:00:00+08:00',
      };
      const valid = entry('recordActivity', { deviceId: 'D1', userId: input.userId }, 1);
      const args = valid.args as Record<string, unknown>;
      const make = (patch: Record<string, unknown>) => () => makeOutboxEntry({ ...input, hlc: valid.hlc, args: { ...args, ...patch } as never });
      expect(make({})).not.toThrow();
      expect(make({ notes: 'a\u0000b' })).toThrow(/args\.notes|NUL|control/);
      expect(make({ nextAction: 'x\uD800' })).toThrow(/nextAction/);
      expect(make({ notes: '第一行\n第二行\t备注' })).not.toThrow();
    });
  });
});
