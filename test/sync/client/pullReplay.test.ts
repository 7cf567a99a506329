import 'fake-indexeddb/auto';
import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Case } from '../../../shared/domain/case';
import type { PullRequest, PullResponse } from '../../../shared/sync/protocol';
import { RecoveryDeskDb } from '../../../renderer/src/store/database';
import { run } from '../../../renderer/src/sync/failure';
import { createPull } from '../../../renderer/src/sync/pull';
import { readCursor, SYNC_META } from '../../../renderer/src/sync/repository/syncStatus';
import { createTransport } from '../../../renderer/src/sync/transport';
import { demoCases } from '../../fixtures/import/demoExtract';

/**
 * A pull page handed back again as the answer to a later request (a stale proxy, a retried answer; the
 * simulation's replayed pull pages, SIM_SEED=33 on PGlite). Without the check, the branch laptop took a page
 * asked from an early cursor while at a later one: its cursor went back and old copies of two cases replaced
 * the new ones; then a page asked from a later cursor took it forward past the cases' new versions, which head
 * office never sent again (it sends a case only at its latest change). Head office echoes the request's cursor
 * (`from`) and the device applies only the answer to its own request.
 */

const device = { deviceId: 'DREPLAY1', accessToken: 'tok' };
const page = (from: string | null, cursor: string, changes: PullResponse['changes'] = []): PullResponse => ({ from, cursor, hasMore: false, changes, resetRequired: false });
const caseChange = (c: Case): PullResponse['changes'][number] => ({ kind: 'case', id: c.id, data: c });

/** Head office's answers, one per call in order (what the network hands back, whatever was asked). */
function network(answers: PullResponse[]) {
  const asked: (string | null)[] = [];
  const fetch: typeof globalThis.fetch = async (_input, init) => {
    asked.push((JSON.parse(String(init?.body)) as PullRequest).cursor);
    const answer = answers.shift();
    if (!answer) throw new TypeError('fetch failed');
    return new Response(JSON.stringify(answer), { status: 200 });
  };
  return { fetch, asked };
}

describe('pull: a page answering another request', () => {
  let db: RecoveryDeskDb;
  let name: string;
  let counter = 0;
  const [base] = demoCases(1, { seed: 'pull-replay-tests' });
  const old: Case = { ...base!, status: 'new', holdReason: null, updatedAt: '2026-11-23T01:00:00.000Z' };
  const current: Case = { ...base!, status: 'contacting', holdReason: null, updatedAt: '2026-11-23T09:24:00.000Z' };

  beforeEach(async () => {
    name = `pull-replay-test-${++counter}`;
    db = new RecoveryDeskDb(name);
    await db.open();
    // The device has pulled up to v1.132: head office's current copy of the case (its latest change, seq 109).
    await db.cases.put(current);
    await db.meta.put({ key: SYNC_META.cursor, value: 'v1.132.1' });
  });
  afterEach(async () => {
    db.close();
    await Dexie.delete(name);
  });

  const pullWith = (fetch: typeof globalThis.fetch) =>
    createPull({ db, transport: createTransport({ baseUrl: 'http://ho.test', fetch, credentials: () => device }), branchWaiverLimitFen: 500_000, now: () => new Date('2026-11-23T13:00:00Z') });

  it('is not applied: the cursor does not move back, then past changes, and the case keeps head office’s latest copy', async () => {
    // Two pulls, each handed an earlier page: one asked from v1.43 (the case as it was at seq 44), then one asked
    // from v1.130. Taken, they would leave the device at v1.132 with the old copy, and nothing would resend it.
    for (const replayed of [page('v1.43.1', 'v1.65.1', [caseChange(old)]), page('v1.130.1', 'v1.132.1')]) {
      const net = network([replayed]);
      expect(await run(pullWith(net.fetch))).toMatchObject({ ok: false, error: { code: 'network' } });
      expect(net.asked).toEqual(['v1.132.1']);
    }
    expect(await readCursor(db)).toBe('v1.132.1');
    expect(await db.cases.get(current.id)).toEqual(current);
    // The next pull asks from where the device is; the answer to it is applied.
    const again = network([page('v1.132.1', 'v1.170.1')]);
    expect(await pullWith(again.fetch)()).toMatchObject({ pages: 1 });
    expect(await readCursor(db)).toBe('v1.170.1');
  });

  it('a page asked from a fresh download is no answer to a pull from a cursor, nor the reverse', async () => {
    const toCursor = network([page(null, 'v1.43.1', [caseChange(old)])]);
    expect(await run(pullWith(toCursor.fetch))).toMatchObject({ ok: false, error: { code: 'network' } });
    await db.meta.delete(SYNC_META.cursor);
    const toNull = network([page('v1.132.1', 'v1.170.1')]);
    expect(await run(pullWith(toNull.fetch))).toMatchObject({ ok: false, error: { code: 'network' } });
    expect(await readCursor(db)).toBeNull();
    expect((await db.cases.get(current.id))?.status).toBe('contacting');
  });

  it('the same request answered again (the same cursor asked) is applied', async () => {
    const net = network([page('v1.132.1', 'v1.140.1', [caseChange(current)])]);
    expect(await pullWith(net.fetch)()).toMatchObject({ pages: 1, cases: 1 });
    expect(await readCursor(db)).toBe('v1.140.1');
  });
});
