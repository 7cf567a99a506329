import 'fake-indexeddb/auto';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Store } from '../../../renderer/src/store/openStore';
import { lostContactCaseIds } from '../../../renderer/src/cases/repository/lostContacts';
import type { Case } from '../../../shared/domain/case';
import type { Activity } from '../../../shared/records/activity';
import { makeCase } from '../../fixtures/cases';
import { closeTestStore, openTestStore } from '../store/fixture';

const retireAll = (c: Case): Case => ({
  ...c,
  parties: c.parties.map((p) => (p.role === 'borrower' ? { ...p, phones: p.phones.map((ph) => ({ ...ph, retiredAt: '2026-11-01T00:00:00Z', retiredReason: '空号' })) } : p)),
});

const reachable = makeCase(1);
const noPhone = retireAll(makeCase(2));
const unanswered = makeCase(3);
const settledNoPhone = { ...retireAll(makeCase(4)), status: 'settled' as const };

const calls = (c: Case, n: number, outcome: Activity['outcome'] = 'no_answer'): Activity[] =>
  Array.from({ length: n }, (_, i) => ({
    id: `${c.id}-a${i}`, caseId: c.id, partyId: c.parties[0]!.id, channel: 'phone', phoneId: c.parties[0]!.phones[0]!.id, addressId: null,
    outcome, notes: '', nextAction: null, nextActionDate: null, at: new Date(Date.UTC(2026, 10, 1, i)).toISOString(), userId: 'u-collector', deviceId: 'dev-1', override: null,
  }));

describe('the lost-contact queue (失联) on the device', () => {
  let store: Store;
  beforeEach(async () => {
    store = (await openTestStore([reachable, noPhone, unanswered, settledNoPhone])).store;
  });
  afterEach(() => closeTestStore(store));

  it('holds open cases with no active borrower phone or ten failed attempts in a row, and no others', async () => {
    await store.db.activities.bulkAdd([...calls(reachable, 9), ...calls(unanswered, 10, 'busy')]);
    expect([...(await lostContactCaseIds(store.db))].sort()).toEqual([noPhone.id, unanswered.id].sort());
  });

  it('lets a case go once the borrower is reached', async () => {
    await store.db.activities.bulkAdd([...calls(unanswered, 10), { ...calls(unanswered, 11, 'right_party_contact')[10]!, id: 'reached' }]);
    expect([...(await lostContactCaseIds(store.db))]).toEqual([noPhone.id]);
  });
});
