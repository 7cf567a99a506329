import { describe, expect, it } from 'vitest';
import { acknowledgementEvents, limitationFor, type AcknowledgedLetter } from '../../../shared/limitation';
import { account, B, C, makeCase } from './fixture';
import type { Party } from '../../../shared/domain/case';

// Due 2020-03-15: the period's last day is 2023-03-15 (Civil Code arts. 188, 201–202).
const EXPIRY = '2023-03-15';
const TODAY = '2026-01-10';

const party = (id: string, role: Party['role'], guaranteeType: Party['guaranteeType'] = null): Party => ({
  id, role, name: `当事人${id}`, idNumber: '11010519491231002X', guaranteeType, phones: [], addresses: [],
});
const parties = [party(B, 'borrower'), party(C, 'co_borrower'), party('G', 'guarantor', 'joint')];
const c = makeCase([account('A1', '2020-03-15')], parties);

const letter = (over: Partial<AcknowledgedLetter> & { signedOn?: string; signer?: string }): AcknowledgedLetter => ({
  id: 'L1',
  number: 'BR310115-2023-000123',
  partyId: B,
  type: 'final_demand',
  voided: null,
  acknowledgement: over.signedOn === undefined ? null : { signedOn: over.signedOn, signerType: over.signer ?? 'self' },
  ...over,
});

const limitationOf = (partyId: string, letters: AcknowledgedLetter[]) => {
  const result = limitationFor(c, acknowledgementEvents(c.parties, letters), TODAY).find((r) => r.partyId === partyId);
  if (!result) throw new Error(`no limitation for ${partyId}`);
  return result;
};

describe('a signed acknowledgement of the debt after expiry (issue 17 §5)', () => {
  it.each([
    // signed on, signer, letter type, status, expiry, waived
    ['the expiry day itself interrupts (in time): a new period, no waiver', EXPIRY, 'self', 'final_demand', 'running', '2026-03-15', false],
    ['the day after expiry waives the defence and restarts the period', '2023-03-16', 'self', 'final_demand', 'waived_by_acknowledgement', '2026-03-16', true],
    ['a demand notice signed after expiry waives', '2023-06-01', 'self', 'demand_notice', 'waived_by_acknowledgement', '2026-06-01', true],
    ['a reminder signed after expiry waives', '2023-06-01', 'self', 'reminder', 'waived_by_acknowledgement', '2026-06-01', true],
    ['a plan confirmation signed after expiry waives', '2023-06-01', 'self', 'plan_confirmation', 'waived_by_acknowledgement', '2026-06-01', true],
    ['a relative signing after expiry is not the debtor: no waiver', '2023-03-16', 'cohabiting_adult_relative', 'final_demand', 'expired', EXPIRY, false],
    ['an authorised person signing after expiry: no waiver', '2023-03-16', 'authorised_person', 'final_demand', 'expired', EXPIRY, false],
    ['a field receipt acknowledges money paid, not the debt: no waiver', '2023-03-16', 'self', 'field_receipt', 'expired', EXPIRY, false],
  ] as const)('%s', (_name, signedOn, signer, type, status, expiry, waived) => {
    const r = limitationOf(B, [letter({ signedOn, signer, type })]);
    expect(r.status).toBe(status);
    expect(r.expiry).toBe(expiry);
    if (waived) {
      expect(r.waiver).toEqual({ date: signedOn, evidence: '回执 BR310115-2023-000123 (letter:L1)' });
      expect(r.history.at(-1)).toMatchObject({ kind: 'acknowledgement_after_expiry', effect: 'waived', rules: ['civil-code-192', 'sol-provisions-19'] });
      expect(r.notes.map((n) => n.key)).toContain('limitation.note.waivedByAcknowledgement');
    } else {
      expect(r.waiver).toBeNull();
    }
  });

  it('a demand whose 回执 was never signed leaves the case expired', () => {
    const r = limitationOf(B, [letter({})]);
    expect(r.status).toBe('expired');
    expect(r.waiver).toBeNull();
    expect(acknowledgementEvents(c.parties, [letter({})])).toEqual([]);
  });

  it('a voided letter proves nothing, signed or not', () => {
    expect(acknowledgementEvents(c.parties, [letter({ signedOn: '2023-03-16', voided: { at: '2023-04-01T00:00:00Z' } })])).toEqual([]);
    expect(limitationOf(B, [letter({ signedOn: '2023-03-16', voided: { at: '2023-04-01T00:00:00Z' } })]).status).toBe('expired');
  });

  it('a guarantor signing a demand after expiry does not revive the borrower’s debt', () => {
    const events = acknowledgementEvents(c.parties, [letter({ partyId: 'G', type: 'guarantor_demand', signedOn: '2023-03-16' })]);
    expect(events.map((e) => e.kind)).toEqual(['demand_delivered', 'guarantor_signature']);
    const r = limitationOf(B, [letter({ partyId: 'G', type: 'guarantor_demand', signedOn: '2023-03-16' })]);
    expect(r.status).toBe('expired');
    expect(r.waiver).toBeNull();
  });

  it('a co-borrower’s waiver binds the co-borrower only', () => {
    const letters = [letter({ partyId: C, signedOn: '2023-03-16' })];
    expect(limitationOf(C, letters)).toMatchObject({ status: 'waived_by_acknowledgement', expiry: '2026-03-16' });
    expect(limitationOf(B, letters)).toMatchObject({ status: 'expired', waiver: null });
  });

  it('a waived period runs out again three years after the signature', () => {
    const r = limitationFor(c, acknowledgementEvents(c.parties, [letter({ signedOn: '2023-03-16' })]), '2026-03-17').find((x) => x.partyId === B);
    expect(r).toMatchObject({ status: 'expired', expiry: '2026-03-16' });
  });

  it('a letter to someone not on the case proves nothing', () => {
    expect(acknowledgementEvents(c.parties, [letter({ partyId: 'stranger', signedOn: '2023-03-16' })])).toEqual([]);
  });
});
