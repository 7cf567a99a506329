import { describe, expect, it } from 'vitest';
import type { Case } from '../../../shared/domain/case';
import { accessEventArgs } from '../../../shared/records/accessEvent';
import { addressArgs, addressOf, phoneArgs, phoneOf, retireAddressArgs, retirePhoneArgs } from '../../../shared/records/contacts';
import { acknowledgementArgs, deliveryArgs, letterArgs, voidLetterArgs } from '../../../shared/records/letter';
import { RECORD_KINDS } from '../../../shared/records/registry';
import { statusArgs, statusEdit } from '../../../shared/records/status';
import type { MutationArgs, MutationName } from '../../../shared/sync';
import { GOOD } from '../sync/fixtures';

/**
 * The device builds every outbox mutation through its kind's mapping (shared/records/<kind>.ts). Each mapping
 * the device writes with gives back, from the local record, the args head office is sent: parsed by the
 * kind's own schema, and equal to the args the record was made from.
 */
const parsed = <N extends MutationName>(name: N, args: unknown): MutationArgs<N> => RECORD_KINDS[name].args.parse(args) as MutationArgs<N>;

describe('device → head office mappings', () => {
  it('a phone and an address added: the local entry maps back to the args it came from', () => {
    const phone = parsed('addPhone', GOOD.addPhone);
    expect(parsed('addPhone', phoneArgs(phone.caseId, phone.partyId, phoneOf(phone)))).toEqual(phone);
    const address = parsed('addAddress', GOOD.addAddress);
    expect(parsed('addAddress', addressArgs(address.caseId, address.partyId, addressOf(address)))).toEqual(address);
  });

  it('a retirement carries the reason trimmed', () => {
    const { caseId, partyId, phoneId, reason, retiredAt } = parsed('retirePhone', GOOD.retirePhone);
    expect(parsed('retirePhone', retirePhoneArgs(caseId, partyId, phoneId, `  ${reason}\n`, retiredAt))).toEqual({ caseId, partyId, phoneId, reason, retiredAt });
    const a = parsed('retireAddress', GOOD.retireAddress);
    expect(retireAddressArgs(a.caseId, a.partyId, a.addressId, ` ${a.reason} `, a.retiredAt)).toEqual(a);
  });

  it('a status change names the status the device saw, and a hold reason only with on_hold', () => {
    const before = { id: GOOD.setCaseStatus.caseId, status: 'contacting', holdReason: null } as unknown as Case;
    const args = parsed('setCaseStatus', statusArgs(before, 'on_hold', 'dispute', '', GOOD.setCaseStatus.changedAt));
    expect(args).toEqual(parsed('setCaseStatus', GOOD.setCaseStatus));
    expect(statusEdit(before, args)).toMatchObject({ status: 'on_hold', holdReason: 'dispute' });
    expect(statusArgs(before, 'promised', 'dispute', '', GOOD.setCaseStatus.changedAt).holdReason).toBeNull();
  });

  it('a letter issued, delivered, acknowledged and voided', () => {
    const issued = parsed('issueLetter', GOOD.issueLetter);
    // A register entry holds more than the wire carries (recipient, PDF size…); the mapping keeps what is sent.
    expect(parsed('issueLetter', letterArgs({ ...issued, recipientName: '张三', pdfBytes: 1234 } as typeof issued))).toEqual(issued);
    const d = parsed('recordLetterDelivery', GOOD.recordLetterDelivery);
    const letter = { id: d.letterId, caseId: d.caseId };
    expect(parsed('recordLetterDelivery', deliveryArgs(letter, { method: d.method, trackingNumber: d.trackingNumber, status: d.outcome, evidence: d.evidence }, d.at))).toEqual(d);
    const ack = parsed('recordLetterAcknowledgement', GOOD.recordLetterAcknowledgement);
    expect(acknowledgementArgs({ id: ack.letterId, caseId: ack.caseId }, ack, ack.at)).toEqual(ack);
    const v = parsed('voidLetter', GOOD.voidLetter);
    expect(parsed('voidLetter', voidLetterArgs({ id: v.letterId, caseId: v.caseId }, ` ${v.reason} `, v.voidedAt))).toEqual(v);
  });

  it('an access event: what the device leaves out is null on the wire', () => {
    const at = new Date('2026-03-01T02:00:00Z');
    expect(parsed('recordAccessEvent', accessEventArgs('018f0000-0000-7000-8000-000000000001', { kind: 'sign_out', userId: 'u-7' }, at))).toEqual({
      id: '018f0000-0000-7000-8000-000000000001', kind: 'sign_out', userId: 'u-7', caseId: null, field: null, subjectId: null, reason: null, detail: null, at: at.toISOString(),
    });
  });
});
