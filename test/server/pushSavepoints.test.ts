import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Case } from '../../shared/domain/case';
import { newId } from '../../shared/sync/ids';
import type { OutboxEntry } from '../../shared/sync';
import { caseIdOf } from '../../server/import/portfolio';
import { importExtract } from '../../server/import/apply';
import type { Db } from '../../server/db/types';
import { caseToRows, customerNoOf, demoCases, extractOf } from '../fixtures/import/demoExtract';
import { eachBackend, entry, openDb, push, signIn, startHarness, type Harness } from './harness';

/**
 * A push's entries are each decided in a savepoint, left open and ended in groups (server/sync/push.ts): a long push
 * with refusals before and after the group boundaries keeps every applied record and nothing of a refused one,
 * whichever entry starts a group, and a conduct exception written inside an entry's savepoint survives the groups
 * released after it.
 */
eachBackend((backend) => {
  let db: Db;
  let h: Harness;
  const cases = demoCases(12, { seed: 'push-savepoints' });
  let own: Case;
  let officer: string;

  beforeAll(async () => {
    db = await openDb(backend);
    h = await startHarness(db);
    await importExtract(db, extractOf(cases.flatMap(caseToRows)));
    own = cases.find((c) => c.assignment.officerId !== null)!;
    officer = own.assignment.officerId!;
  }, 60_000);
  afterAll(async () => {
    await h.close();
    await db.close();
  });

  it('40 entries, refused ones among them, across three groups', async () => {
    // Head office's clock at 23:30 in Shanghai: every contact breaks the contact window and leaves an exception.
    h.clock.ms = Date.parse('2026-11-23T23:30:00+08:00');
    const d = await signIn(h, officer);
    const caseId = caseIdOf(customerNoOf(own));
    const partyId = own.parties.find((p) => p.role === 'borrower')!.id;
    const entries: OutboxEntry[] = [];
    const expected: string[] = [];
    for (let i = 1; i <= 40; i++) {
      // Refused after reading (a case head office does not have: its savepoint rolled back), refused before reading
      // anything (another user's entry: no savepoint), or applied. Entries 1, 17 and 33 would each start a group.
      const unknownCase = i % 5 === 1;
      const otherUser = i % 7 === 0;
      const e = entry('recordActivity', d, i, { caseId: unknownCase ? newId() : caseId, partyId, phoneId: null, addressId: null, at: '2026-11-23T23:25:00+08:00', notes: '' });
      entries.push(otherUser ? { ...e, userId: 'demo-officer-no-such-user' } : e);
      expected.push(otherUser ? 'forbidden' : unknownCase ? 'unknown_case' : 'applied');
    }
    const res = await push(h, d, entries);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    const results = res.body.results as { status: string; reason?: { code: string } }[];
    expect(results.map((r) => r.reason?.code ?? r.status)).toEqual(expected);
    expect(res.body.lastMutationId).toBe(40);

    const ids = (which: 'applied' | 'refused') => entries.filter((_, i) => (expected[i] === 'applied') === (which === 'applied')).map((e) => (e.args as { id: string }).id);
    const stored = await db.query<{ id: string }>('SELECT id FROM field_records WHERE id = ANY($1::text[])', [[...ids('applied'), ...ids('refused')]]);
    expect(stored.rows.map((r) => r.id).sort()).toEqual(ids('applied').sort());
    const flagged = await db.query<{ record_id: string }>("SELECT record_id FROM conduct_exceptions WHERE rule_id = 'cn.window.contactHours' AND record_id = ANY($1::text[])", [ids('applied')]);
    expect(flagged.rows.map((r) => r.record_id).sort()).toEqual(ids('applied').sort());
    const decided = await db.query<{ n: number }>('SELECT count(*)::integer AS n FROM mutations_applied WHERE device_id = $1', [d.deviceId]);
    expect(decided.rows[0]!.n).toBe(40);

    // The same push again: nothing new, every refusal told again.
    const again = await push(h, d, entries);
    expect((again.body.results as { status: string; reason?: { code: string } }[]).map((r) => r.reason?.code ?? r.status)).toEqual(expected.map((x) => (x === 'applied' ? 'duplicate' : x)));
  });
});
