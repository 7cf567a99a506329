import { describe, expect, it } from 'vitest';
import { checkContact, getPack, type ContactAttempt } from '../../../shared/compliance';
import type { RelatedParty } from '../../../shared/records/customerFacts';
import { contactRequestOf } from '../../../renderer/src/fieldwork/actions/contactGate';
import { makeCase } from '../../fixtures/cases';

// A relative recorded as the debtor's emergency contact (issue 16 §1): the CN pack lets an emergency contact be
// called only once the debtor is unreachable (three failed attempts in a row, or every number dead), never
// mentioning the debt.
const pack = getPack('cn-2026');
const c = makeCase(1);
const borrower = c.parties.find((p) => p.role === 'borrower')!;
const mother: RelatedParty = { id: 'rp-1', caseId: c.id, kind: 'emergency_contact', name: '李秀英', relation: '母亲', phone: '13900000000', addedAt: '2026-12-01T09:00:00+08:00', makerId: 'u1' };
const relative: RelatedParty = { ...mother, id: 'rp-2', kind: 'relative' };
const at = '2026-12-04T10:00:00+08:00';
const unanswered = (n: number): ContactAttempt[] =>
  Array.from({ length: n }, (_, i) => ({ at: `2026-12-0${i + 1}T10:00:00+08:00`, channel: 'phone', partyId: borrower.id, partyRole: 'borrower', phoneNumber: borrower.phones[0]!.number, outcome: 'unanswered', rightParty: false }));

describe('people around the debtor are contacted under their third-party class', () => {
  it('an emergency contact is judged as one, with their own phone', () => {
    const request = contactRequestOf(c, [], { channel: 'phone', partyId: mother.id, phoneId: mother.id }, [], [mother]);
    expect(request.party).toEqual({ id: 'rp-1', role: 'emergency_contact' });
    expect(request.phoneNumber).toBe('13900000000');
  });

  it('while the debtor is reachable the call is refused by the emergency-contact rule, named', () => {
    const request = contactRequestOf(c, [], { channel: 'phone', partyId: mother.id, phoneId: mother.id }, [], [mother]);
    const d = checkContact(pack, request, unanswered(2), at);
    expect(d.verdict).toBe('block');
    expect(d.findings.map((f) => [f.ruleId, f.messageKey])).toContainEqual(['cn.thirdParty.emergencyContact', 'compliance.thirdParty.debtorReachable']);
  });

  it('once the debtor is unreachable it is allowed, with the reminder not to mention the debt', () => {
    const request = contactRequestOf(c, [], { channel: 'phone', partyId: mother.id, phoneId: mother.id }, [], [mother]);
    const d = checkContact(pack, request, unanswered(3), at);
    expect(d.verdict).toBe('warn');
    expect(d.findings.map((f) => f.messageKey)).toEqual(['compliance.thirdParty.noDebtMention']);
  });

  it('a relative who is not an emergency contact is judged as an unrelated third party', () => {
    const request = contactRequestOf(c, [], { channel: 'phone', partyId: relative.id, phoneId: relative.id }, [], [relative]);
    expect(request.party.role).toBe('unrelated');
    expect(checkContact(pack, request, unanswered(2), at).findings.map((f) => f.ruleId)).toContain('cn.thirdParty.unrelated');
  });
});
