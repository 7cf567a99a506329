import { describe, expect, it } from 'vitest';
import { editCase, editsCase, replayPending } from '../../renderer/src/sync/repository/caseEdits';
import type { MutationArgs } from '../../shared/sync/mutations';
import type { Case } from '../../shared/domain/case';
import { generateCase } from '../../shared/demo/portfolio';

/** What a pulled contact or status record, or a pending one replayed over head office's copy, does to a case. */
const base: Case = { ...generateCase('case-edits', 1, { snapshotDate: '2026-11-20' }), status: 'contacting', holdReason: null };
const party = base.parties[0]!;
const AT = '2026-11-23T10:00:00+08:00';
const phoneArgs: MutationArgs<'addPhone'> = { id: '01955a3c-8e00-7000-8000-000000000101', caseId: base.id, partyId: party.id, number: '13800001111', kind: 'mobile', source: 'collector', addedAt: AT };
const addressArgs: MutationArgs<'addAddress'> = { id: '01955a3c-8e00-7000-8000-000000000102', caseId: base.id, partyId: party.id, kind: 'work', province: '浙江省', city: '杭州市', district: '西湖区', line: '文三路 1 号', postcode: '310012', source: 'customer', addedAt: AT };
const phonesOf = (c: Case | null) => c?.parties.find((p) => p.id === party.id)?.phones ?? [];
const addressesOf = (c: Case | null) => c?.parties.find((p) => p.id === party.id)?.addresses ?? [];

describe('case edits from contact and status records', () => {
  it.each([
    ['addPhone', true],
    ['retireAddress', true],
    ['setCaseStatus', true],
    ['recordActivity', false],
    ['voidReceipt', false],
  ])('%s edits the case: %s', (name, edits) => expect(editsCase(name)).toBe(edits));

  it('adds a phone once, retires it once with its reason, and ignores an unknown party', () => {
    const added = editCase(base, 'addPhone', phoneArgs);
    expect(phonesOf(added).find((p) => p.id === phoneArgs.id)).toMatchObject({ number: '13800001111', retiredAt: null });
    expect(editCase(added!, 'addPhone', phoneArgs)).toBeNull();
    expect(editCase(base, 'addPhone', { ...phoneArgs, partyId: 'nobody' })).toBeNull();
    const retired = editCase(added!, 'retirePhone', { caseId: base.id, partyId: party.id, phoneId: phoneArgs.id, reason: '空号', retiredAt: AT });
    expect(phonesOf(retired).find((p) => p.id === phoneArgs.id)).toMatchObject({ number: '13800001111', retiredAt: AT, retiredReason: '空号' });
    expect(editCase(retired!, 'retirePhone', { caseId: base.id, partyId: party.id, phoneId: phoneArgs.id, reason: '停机', retiredAt: AT })).toBeNull();
  });

  it('adds and retires an address the same way', () => {
    const added = editCase(base, 'addAddress', addressArgs);
    expect(addressesOf(added).find((a) => a.id === addressArgs.id)).toMatchObject({ line: '文三路 1 号', retiredAt: null });
    const retired = editCase(added!, 'retireAddress', { caseId: base.id, partyId: party.id, addressId: addressArgs.id, reason: '已搬离', retiredAt: AT });
    expect(addressesOf(retired).find((a) => a.id === addressArgs.id)).toMatchObject({ retiredReason: '已搬离' });
  });

  it.each([
    ['contacting', 'promised', null, 'promised', null],
    ['contacting', 'on_hold', 'dispute', 'on_hold', 'dispute'],
    ['new', 'contacting', null, null, null], // made from a status the case has left
    ['promised', 'contacting', null, null, null],
  ] as const)('status %s → %s (hold %s) on a contacting case gives %s', (from, to, holdReason, status, hold) => {
    const next = editCase(base, 'setCaseStatus', { caseId: base.id, from, to, holdReason, note: '', changedAt: AT });
    if (status === null) expect(next).toBeNull();
    else expect(next).toMatchObject({ status, holdReason: hold });
  });

  it('replays pending changes in order over head office’s copy, skipping what no longer applies', () => {
    const replayed = replayPending(base, [
      { name: 'setCaseStatus', args: { caseId: base.id, from: 'contacting', to: 'promised', holdReason: null, note: '', changedAt: AT } },
      { name: 'setCaseStatus', args: { caseId: base.id, from: 'new', to: 'legal', holdReason: null, note: '', changedAt: AT } },
      { name: 'addPhone', args: phoneArgs },
      { name: 'recordActivity', args: {} },
    ]);
    expect(replayed.status).toBe('promised');
    expect(phonesOf(replayed).map((p) => p.id)).toContain(phoneArgs.id);
    expect(replayPending(base, [])).toBe(base);
  });
});
