import { describe, expect, it } from 'vitest';
import { LOST_CONTACT_FAILED_ATTEMPTS, lostContact, type LostContactActivity } from '../../../shared/fieldwork/lostContact';
import { OUTCOMES, type OutcomeCode } from '../../../shared/fieldwork/outcomes';
import type { Phone } from '../../../shared/domain/case';

const phone = (id: string, retiredAt: string | null = null): Phone => ({
  id, source: 'core_banking', addedAt: '2025-01-01T00:00:00Z', retiredAt, retiredReason: retiredAt ? 'number_invalid' : null, number: '13800000000', kind: 'mobile',
});
const borrower = (phones: Phone[]) => ({ id: 'p-borrower', phones });
const reachable = borrower([phone('ph1')]);

/** Attempts on the borrower one hour apart, the first given first. */
const attempts = (...outcomes: OutcomeCode[]): LostContactActivity[] =>
  outcomes.map((outcome, i) => ({ id: `a${String(i).padStart(3, '0')}`, partyId: 'p-borrower', outcome, at: new Date(Date.UTC(2025, 2, 1, i)).toISOString() }));
const failing = (n: number) => attempts(...Array<OutcomeCode>(n).fill('no_answer'));

describe('lost contact (失联)', () => {
  it('is ten failed attempts in a row', () => {
    expect(LOST_CONTACT_FAILED_ATTEMPTS).toBe(10);
  });

  it.each([
    ['no phone at all', borrower([]), [], ['no_active_phone'], 0],
    ['every phone retired', borrower([phone('ph1', '2025-02-01T00:00:00Z'), phone('ph2', '2025-02-02T00:00:00Z')]), [], ['no_active_phone'], 0],
    ['one phone retired, one active', borrower([phone('ph1', '2025-02-01T00:00:00Z'), phone('ph2')]), [], [], 0],
    ['9 failures in a row', reachable, failing(9), [], 9],
    ['10 failures in a row', reachable, failing(10), ['failed_attempts'], 10],
    ['mixed failures count alike', reachable, attempts('no_answer', 'busy', 'wrong_number', 'number_invalid', 'third_party_message', 'not_at_home', 'moved', 'met', 'no_answer', 'busy'), ['failed_attempts'], 10],
    ['a right-party contact ends the run', reachable, [...failing(10), ...attempts('right_party_contact')].map((a, i) => ({ ...a, at: new Date(Date.UTC(2025, 2, 1, i)).toISOString() })), [], 0],
    ['failures after a promise count from it', reachable, attempts('promise', ...Array<OutcomeCode>(10).fill('busy')), ['failed_attempts'], 10],
    ['no phone and ten failures', borrower([]), failing(12), ['no_active_phone', 'failed_attempts'], 12],
  ])('%s', (_, who, acts, reasons, failedInARow) => {
    const verdict = lostContact(who, acts);
    expect(verdict).toEqual({ lost: reasons.length > 0, reasons, failedInARow });
  });

  it('orders attempts by instant, not by the order given or the text of the time', () => {
    // The contact reached the borrower last (09:00 Shanghai = 01:00Z on 03-02), though given first and its text sorts low.
    const reached: LostContactActivity = { id: 'z', partyId: 'p-borrower', outcome: 'right_party_contact', at: '2025-03-02T09:00:00+08:00' };
    const before = failing(10);
    expect(lostContact(reachable, [reached, ...before]).lost).toBe(false);
    const earlier: LostContactActivity = { ...reached, at: '2025-03-01T07:30:00+08:00' }; // 23:30Z on 02-28: before them all
    expect(lostContact(reachable, [earlier, ...before])).toMatchObject({ lost: true, failedInARow: 10 });
  });

  it('counts only attempts aimed at the borrower', () => {
    const onGuarantor = failing(10).map((a) => ({ ...a, partyId: 'p-guarantor' }));
    expect(lostContact(reachable, onGuarantor).lost).toBe(false);
    const guarantorAnswered = { id: 'zz', partyId: 'p-guarantor', outcome: 'right_party_contact' as const, at: '2025-03-05T00:00:00Z' };
    expect(lostContact(reachable, [...failing(10), guarantorAnswered]).lost).toBe(true);
  });

  it('takes a different count and outcome table', () => {
    expect(lostContact(reachable, failing(3), 3).reasons).toEqual(['failed_attempts']);
    // A pack that counts meeting someone on a visit as reaching the borrower.
    const table = { ...OUTCOMES, met: { ...OUTCOMES.met, rightParty: true } };
    expect(lostContact(reachable, attempts(...Array<OutcomeCode>(10).fill('met')), 10, table).lost).toBe(false);
    expect(lostContact(reachable, attempts(...Array<OutcomeCode>(10).fill('met'))).lost).toBe(true);
  });
});
