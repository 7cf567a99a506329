import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../renderer/src/store/openStore';
import { latestActivityPerCase, workRecords } from '../../../renderer/src/fieldwork/repository/myDayInputs';
import { computeMyDay } from '../../../renderer/src/myDay/computeMyDay';
import { summarizeCase } from '../../../shared/domain/caseSummary';
import type { Activity } from '../../../shared/records/activity';
import { makeCase } from '../../fixtures/cases';
import { closeTestStore, openTestStore } from '../store/fixture';

const c1 = makeCase(1);
const c2 = makeCase(2);

const activity = (id: string, caseId: string, at: string, nextActionDate: string | null, nextAction: string | null = null): Activity => {
  const c = caseId === c1.id ? c1 : c2;
  return {
    id, caseId, partyId: c.parties[0]!.id, channel: 'phone', phoneId: c.parties[0]!.phones[0]!.id, addressId: null,
    outcome: 'no_answer', notes: '', nextAction, nextActionDate, at, userId: 'u-collector', deviceId: 'dev-1', override: null,
  };
};

describe('My day reads the latest activity of each case', () => {
  let store: Store;
  beforeEach(async () => {
    store = (await openTestStore([c1, c2])).store;
  });
  afterEach(() => closeTestStore(store));

  it('keeps one activity per case, the latest instant even when its text sorts earlier', async () => {
    await store.db.activities.bulkAdd([
      activity('a1', c1.id, '2026-11-20T02:00:00Z', '2026-11-23', '回电确认还款'),
      activity('a2', c1.id, '2026-11-21T09:00:00+08:00', null), // a later contact: a1 is followed up
      activity('a3', c2.id, '2026-11-21T00:00:00Z', '2026-11-22', '约定回电'),
      activity('a4', c2.id, '2026-11-21T07:30:00+08:00', null), // its text sorts after a3's, but it is 23:30Z on the 20th
    ]);
    const latest = await latestActivityPerCase(store.db);
    expect(latest.map((a) => a.id).sort()).toEqual(['a2', 'a3']);
    // Sealed fields come back readable through the store.
    expect(latest.find((a) => a.id === 'a3')!.nextAction).toBe('约定回电');
  });

  it('puts a waiting next action on My day with its text, and not one already followed up', async () => {
    await store.db.activities.bulkAdd([
      activity('a1', c1.id, '2026-11-20T02:00:00Z', '2026-11-22', '上门回访'),
      activity('a2', c1.id, '2026-11-21T02:00:00Z', null),
      activity('a3', c2.id, '2026-11-21T02:00:00Z', '2026-11-22', '约定回电'),
    ]);
    const records = await workRecords(store.db);
    const rows = [summarizeCase(c1), summarizeCase(c2)];
    const entries = computeMyDay(rows, records, '2026-11-23', new Date('2026-11-23T01:00:00Z'), 3, 'Asia/Shanghai');
    const followUps = entries.flatMap((e) => e.reasons.filter((r) => r.kind === 'follow_up_due').map((r) => [e.caseId, r.params.action, r.params.days]));
    expect(followUps).toEqual([[c2.id, '约定回电', 1]]);
  });
});
