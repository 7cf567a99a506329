import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../server/db/types';
import { countRows, eachBackend, entry, type Harness, openDb, push, signIn, startHarness } from './harness';

eachBackend((backend) => {
  let db: Db;
  let h: Harness;

  beforeAll(async () => {
    db = await openDb(backend);
    // Cases named "other-branch-…" stand for another branch's cases, every other case for one of the user's
    // (the real check, from the portfolio's assignments, is tested in scope.test.ts).
    h = await startHarness(db, { caseScope: async (_tx, caseId) => (caseId.startsWith('other-branch-') ? 'out_of_scope' : 'in_scope') });
  });
  afterAll(async () => {
    await h.close();
    await db.close();
  });

  const cursorOf = async (deviceId: string) =>
    Number((await db.query<{ last_mutation_id: number }>('SELECT last_mutation_id FROM device_cursors WHERE device_id = $1', [deviceId])).rows[0]?.last_mutation_id);

  describe('POST /sync/push', () => {
    it('applies a batch once: the same batch again is all duplicate and writes nothing new', async () => {
      const d = await signIn(h, 'demo-officer-310115-01');
      // Receipt numbers are unique bank-wide, and a void names a receipt head office has.
      const receipt = entry('recordReceipt', d, 3, { number: 'SK-PUSHA-000001' });
      const batch = [entry('recordActivity', d, 1), entry('createPromise', d, 2), receipt, entry('voidReceipt', d, 4, { receiptId: (receipt.args as { id: string }).id })];
      const first = await push(h, d, batch);
      expect(first.status).toBe(200);
      expect(first.body).toEqual({ lastMutationId: 4, results: [1, 2, 3, 4].map((mutationId) => ({ mutationId, status: 'applied' })) });
      expect(await countRows(db, 'field_records', d.deviceId)).toBe(4);
      expect(await countRows(db, 'mutations_applied', d.deviceId)).toBe(4);
      const stored = await db.query<{ kind: string; data: { args: { caseId: string } } }>('SELECT kind, data FROM field_records WHERE device_id = $1 ORDER BY mutation_id', [d.deviceId]);
      expect(stored.rows.map((r) => r.kind)).toEqual(['recordActivity', 'createPromise', 'recordReceipt', 'voidReceipt']);
      expect(stored.rows[0]!.data.args.caseId).toBe('demo-case-00042');

      const second = await push(h, d, batch);
      expect(second.status).toBe(200);
      expect(second.body).toEqual({ lastMutationId: 4, results: [1, 2, 3, 4].map((mutationId) => ({ mutationId, status: 'duplicate' })) });
      expect(await countRows(db, 'field_records', d.deviceId)).toBe(4);
      expect(await countRows(db, 'mutations_applied', d.deviceId)).toBe(4);

      // A lost response, then a push of the old batch plus a new entry: only the new one applies.
      const third = await push(h, d, [...batch, entry('recordActivity', d, 5)]);
      expect(third.body.results.map((r: { status: string }) => r.status)).toEqual(['duplicate', 'duplicate', 'duplicate', 'duplicate', 'applied']);
      expect(await cursorOf(d.deviceId)).toBe(5);
    });

    it('an empty push tells a device that lost its store where head office is', async () => {
      const d = await signIn(h, 'demo-officer-310115-02');
      expect((await push(h, d, [])).body).toEqual({ lastMutationId: 0, results: [] });
      await push(h, d, [entry('recordActivity', d, 7)]);
      expect((await push(h, d, [])).body).toEqual({ lastMutationId: 7, results: [] });
    });

    it('rejects a bad mutation with a reason and still advances, so the next one applies', async () => {
      const d = await signIn(h, 'demo-officer-310115-03');
      const good = entry('recordActivity', d, 1);
      const bad = { ...entry('createPromise', d, 2), args: { ...entry('createPromise', d, 2).args, amountFen: -5 } };
      const alien = { mutationId: 3, deviceId: d.deviceId, schemaVersion: 1, name: 'launchRocket', args: {} };
      const after = entry('recordReceipt', d, 4, { number: 'SK-PUSHB-000001' });
      const res = await push(h, d, [good, bad, alien, after]);
      expect(res.status).toBe(200);
      expect(res.body.lastMutationId).toBe(4);
      expect(res.body.results[0]).toEqual({ mutationId: 1, status: 'applied' });
      expect(res.body.results[1]).toEqual({ mutationId: 2, status: 'rejected', reason: { code: 'invalid', message: expect.stringContaining('args.amountFen') } });
      expect(res.body.results[2]).toMatchObject({ mutationId: 3, status: 'rejected', reason: { code: 'invalid' } });
      expect(res.body.results[3]).toEqual({ mutationId: 4, status: 'applied' });
      expect(await countRows(db, 'field_records', d.deviceId)).toBe(2);
      const rejected = await db.query<{ mutation_id: number; reason_code: string }>(
        `SELECT mutation_id, reason_code FROM mutations_applied WHERE device_id = $1 AND status = 'rejected' ORDER BY mutation_id`,
        [d.deviceId],
      );
      expect(rejected.rows.map((r) => [Number(r.mutation_id), r.reason_code])).toEqual([
        [2, 'invalid'],
        [3, 'invalid'],
      ]);
      // The rejection is final: sending the mutation again (after a lost answer) tells the same refusal again,
      // so the user still sees it, and writes nothing.
      const again = await push(h, d, [bad, after]);
      expect(again.body.results).toEqual([
        { mutationId: 2, status: 'rejected', reason: { code: 'invalid', message: expect.stringContaining('args.amountFen') } },
        { mutationId: 4, status: 'duplicate' },
      ]);
      expect(await countRows(db, 'field_records', d.deviceId)).toBe(2);
      expect(await countRows(db, 'mutations_applied', d.deviceId)).toBe(4);
    });

    it('rejects another branch’s case as out_of_scope, and a mutation written by another user as forbidden', async () => {
      const d = await signIn(h, 'demo-officer-310115-04');
      const res = await push(h, d, [
        entry('recordActivity', d, 1, { caseId: 'other-branch-case-1' }),
        entry('recordActivity', { ...d, userId: 'demo-officer-310115-01' }, 2),
      ]);
      expect(res.body.results).toEqual([
        { mutationId: 1, status: 'rejected', reason: { code: 'out_of_scope', message: expect.stringContaining('other-branch-case-1') } },
        { mutationId: 2, status: 'rejected', reason: { code: 'forbidden', message: expect.any(String) } },
      ]);
      expect(await countRows(db, 'field_records', d.deviceId)).toBe(0);
      expect(await cursorOf(d.deviceId)).toBe(2);
    });

    it('a record replayed under a new mutation id is a duplicate; different content under its id is a conflict', async () => {
      const d = await signIn(h, 'demo-clerk-310115');
      const original = entry('recordReceipt', d, 1, { number: 'SK-PUSHC-000001' });
      await push(h, d, [original]);
      const replay = { ...original, mutationId: 2, hlc: original.hlc.replace('-00000-', '-00001-') };
      const changed = { ...original, mutationId: 3, args: { ...original.args, payerName: '李四' } };
      const res = await push(h, d, [replay, changed]);
      expect(res.body.results).toEqual([
        { mutationId: 2, status: 'duplicate' },
        { mutationId: 3, status: 'rejected', reason: { code: 'conflict', message: expect.stringContaining((original.args as { id: string }).id) } },
      ]);
      expect(await countRows(db, 'field_records', d.deviceId)).toBe(1);
    });

    it('refuses a wrong protocol or schema version with 409 and writes nothing', async () => {
      const d = await signIn(h, 'demo-supervisor-310115');
      const batch = [entry('recordActivity', d, 1)];
      const protocol = await push(h, d, batch, { protocolVersion: 2 });
      expect(protocol.status).toBe(409);
      expect(protocol.body.error).toEqual({ code: 'unsupported_protocol', message: expect.stringContaining('protocol version 2'), minProtocolVersion: 1 });
      const schema = await push(h, d, batch, { schemaVersion: 99 });
      expect(schema.status).toBe(409);
      expect(await countRows(db, 'mutations_applied', d.deviceId)).toBe(0);
    });

    it('refuses a malformed push with 400: ids not increasing, another device’s entry, missing fields', async () => {
      const d = await signIn(h, 'demo-officer-110105-02');
      const cases: unknown[][] = [
        [entry('recordActivity', d, 2), entry('recordActivity', d, 2)],
        [entry('recordActivity', { ...d, deviceId: 'SOMEONEELSE' }, 1)],
        [{ name: 'recordActivity' }],
      ];
      for (const mutations of cases) {
        const res = await push(h, d, mutations);
        expect(res.status).toBe(400);
        expect(res.body.error.code).toBe('bad_request');
      }
      const noMutations = await push(h, d, undefined as unknown as unknown[], { mutations: 'many' });
      expect(noMutations.status).toBe(400);
      expect(await countRows(db, 'mutations_applied', d.deviceId)).toBe(0);
    });

    it('requires a token', async () => {
      const d = await signIn(h, 'demo-officer-110105-03');
      const res = await push(h, { deviceId: d.deviceId, accessToken: '' }, []);
      expect(res.status).toBe(401);
    });
  });
});
