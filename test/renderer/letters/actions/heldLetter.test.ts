import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueLetter, issueLetterBatch } from '../../../../renderer/src/letters/actions';
import { openDispute, resolveDispute } from '../../../../renderer/src/fieldwork/actions';
import { runAction, type ActionContext } from '../../../../renderer/src/store/runAction';
import type { Store } from '../../../../renderer/src/store/openStore';
import { formatLetterNumber } from '../../../../shared/letters/serial';
import { WorkRepository } from '../../../../renderer/src/fieldwork/repository/workRepository';
import { makeCase } from '../../../fixtures/cases';
import { closeTestStore, collector, footprint, openTestStore, supervisor } from '../../store/fixture';

const c1 = makeCase(1, { officerId: collector.id });
const c2 = makeCase(2, { officerId: collector.id });
let store: Store;
let asCollector: ActionContext;
let asSupervisor: ActionContext;

beforeEach(async () => {
  const opened = await openTestStore([c1, c2]);
  store = opened.store;
  asCollector = opened.contextFor(collector);
  asSupervisor = opened.contextFor(supervisor);
});
afterEach(() => closeTestStore(store));

const rendered = (counter: number, c = c1, type: 'demand_notice' | 'field_receipt' = 'demand_notice') => ({
  number: formatLetterNumber({ branchCode: '310115', year: 2026, deviceCode: asCollector.device.deviceCode, counter }),
  type,
  templateId: `cn.${type}`,
  templateVersion: '1',
  caseId: c.id,
  caseNumber: c.caseNumber,
  partyId: c.parties[0]!.id,
  recipientName: c.parties[0]!.name,
  issueDate: '2026-11-23',
  deadline: '2026-12-08',
  totalFen: 1_000_00,
  verificationCode: 'ABCD-EFGH',
  noticeCount: 1,
  pdfSha256: 'a'.repeat(64),
  pdfBytes: 12_345,
  copy: false as const,
});

async function disputed(kind: 'dispute' | 'complaint' = 'dispute') {
  const result = await runAction(asCollector, openDispute, { caseId: c1.id, kind, description: '借款人称已于2月还清' });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('a letter to a debtor under an open dispute is refused, naming the rule', () => {
  it('refuses the letter and writes nothing while the dispute is open, and issues it once it is resolved', async () => {
    const d = await disputed();
    const before = await footprint(store);
    const refused = await runAction(asCollector, issueLetter, { letter: rendered(1) });
    expect(refused).toMatchObject({ ok: false, error: { code: 'held', params: { rule: 'cn.hold.dispute', caseNumber: c1.caseNumber } } });
    expect(await footprint(store)).toEqual(before);
    const resolved = await runAction(asSupervisor, resolveDispute, { caseId: c1.id, disputeId: d.id, outcome: 'rejected', resolution: '核对流水，二月并未还清，已告知客户' });
    expect(resolved.ok).toBe(true);
    expect(await runAction(asCollector, issueLetter, { letter: rendered(1) })).toMatchObject({ ok: true });
  });

  it('refuses even when the case was moved off hold by hand while the dispute stays open', async () => {
    await disputed();
    await store.db.cases.update(c1.id, { status: 'contacting', holdReason: null });
    expect(await runAction(asCollector, issueLetter, { letter: rendered(1) })).toMatchObject({ ok: false, error: { code: 'held', params: { rule: 'cn.hold.dispute' } } });
  });

  it('lets a complaint (a warning under the mainland pack) and a field receipt through', async () => {
    await disputed('complaint');
    expect(await runAction(asCollector, issueLetter, { letter: rendered(1) })).toMatchObject({ ok: true });
    await disputed('dispute');
    expect(await runAction(asCollector, issueLetter, { letter: rendered(2, c1, 'field_receipt') })).toMatchObject({ ok: true });
  });

  it('refuses a batch holding one letter to a disputed case, and registers none of it', async () => {
    await disputed();
    const before = await footprint(store);
    const batch = await runAction(asSupervisor, issueLetterBatch, { letters: [rendered(1, c2), rendered(2, c1)] });
    expect(batch).toMatchObject({ ok: false, error: { code: 'held', params: { caseNumber: c1.caseNumber } } });
    expect(await footprint(store)).toEqual(before);
  });
});

describe('a batch checks each case against its own disputes', () => {
  it('the work repository gives the disputes of the listed cases only, so the batch screen lists a disputed case as an exception', async () => {
    const d = await disputed();
    const work = new WorkRepository(store.db);
    expect((await work.disputesOf([c1.id, c2.id])).map((x) => x.id)).toEqual([d.id]);
    expect(await work.disputesOf([c2.id])).toEqual([]);
  });
});
