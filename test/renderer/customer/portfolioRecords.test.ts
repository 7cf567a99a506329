import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { recordCustomerFacts } from '../../../renderer/src/customer/actions';
import { groupNextActions } from '../../../renderer/src/customer/groupNextActions';
import { nextActionOf } from '../../../renderer/src/customer/nextActionOf';
import { caseSegmentOf } from '../../../renderer/src/customer/repository/caseSegment';
import { nextActionInputs } from '../../../renderer/src/customer/repository/nextActionInputs';
import { nextActionInputsOfCases, segmentsOfCases } from '../../../renderer/src/customer/repository/portfolioRecords';
import { runAction, type ActionContext } from '../../../renderer/src/store/runAction';
import type { Store } from '../../../renderer/src/store/openStore';
import { DEMO_SEGMENT_TABLE } from '../../../shared/segments/demoTable';
import { makeCase } from '../../fixtures/cases';
import { closeTestStore, collector, openTestStore } from '../store/fixture';

// My day's next action for every case and the case list's segments read many cases at once; they must agree with
// what the case's own panel works out one case at a time (issue 16 §2–§3).
const cases = [makeCase(1, { officerId: collector.id, dpd: 45 }), makeCase(2, { officerId: collector.id, dpd: 200 }), makeCase(3, { officerId: collector.id, dpd: 10 })];
const now = new Date('2026-12-04T10:00:00+08:00');
let store: Store;
let asCollector: ActionContext;

beforeEach(async () => {
  const opened = await openTestStore(cases);
  store = opened.store;
  asCollector = opened.contextFor(collector);
  const done = await runAction(asCollector, recordCustomerFacts, { caseId: cases[0]!.id, activityId: null, facts: { reason: 'unemployment', ability: 0, willingness: 3, payday: 10 } });
  if (!done.ok) throw new Error(done.error.message);
});
afterEach(() => closeTestStore(store));

describe('segments and next actions of many cases at once', () => {
  it('every case gets the segment its own panel shows; a case nothing was learned about gets one too', async () => {
    const all = await segmentsOfCases(store.db, null, DEMO_SEGMENT_TABLE, now, 3);
    expect(all.size).toBe(cases.length);
    for (const c of cases) expect(all.get(c.id)).toBe((await caseSegmentOf(store.db, c.id, DEMO_SEGMENT_TABLE, now, 3))!.decision.segment);
    expect(all.get(cases[0]!.id)).toBe('unable_willing');
    expect(all.get(cases[1]!.id)).toBe('unknown');
    const some = await segmentsOfCases(store.db, [cases[1]!.id, 'not-on-this-device'], DEMO_SEGMENT_TABLE, now, 3);
    expect([...some.keys()]).toEqual([cases[1]!.id]);
  });

  it('the inputs read in one pass equal those read case by case, and every case gets an action', async () => {
    const many = await nextActionInputsOfCases(store.db, cases.map((c) => c.id), DEMO_SEGMENT_TABLE, now, 3);
    expect(many).toHaveLength(cases.length);
    for (const inputs of many) {
      const one = (await nextActionInputs(store.db, inputs.caseRecord.id, DEMO_SEGMENT_TABLE, now, 3))!;
      expect(inputs).toEqual(one);
    }
    const list = many.map((i) => ({ caseId: i.caseRecord.id, ...nextActionOf(i, now) }));
    expect(list.every((n) => n.action !== null)).toBe(true);
    const groups = groupNextActions(list);
    expect(groups.map((g) => g.segment)).toEqual(['unable_willing', 'unknown']);
    expect(groups[0]!.items[0]!.action!.step.step).toBe('plan_offer');
  });
});
