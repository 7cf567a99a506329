import { describe, expect, it } from 'vitest';
import { evaluatePromises, type PromiseEvaluation } from '../../../shared/fieldwork/promises';

type P = { id: string; caseId: string; amountFen: number; dueDate: string; createdAt: string };
type Pay = { id: string; caseId: string; amountFen: number; paidOn: string; recordedAt: string };

const promise = (id: string, amountFen: number, dueDate: string, createdAt = '2025-03-01T10:00:00+08:00', caseId = 'c1'): P => ({
  id,
  caseId,
  amountFen,
  dueDate,
  createdAt,
});
const pay = (id: string, amountFen: number, paidOn: string, caseId = 'c1', recordedAt = `${paidOn}T12:00:00+08:00`): Pay => ({
  id,
  caseId,
  amountFen,
  paidOn,
  recordedAt,
});
const brief = (e: PromiseEvaluation) => [e.promiseId, e.state, e.paidFen, e.shortfallFen];

describe('evaluatePromises: one promise of ¥100.00 due 2025-03-10, grace 3 days (ends 2025-03-13)', () => {
  const p1 = promise('p1', 10_000, '2025-03-10');
  it.each<[string, Pay[], string, string, number]>([
    ['nothing paid, on the due date', [], '2025-03-10', 'pending', 0],
    ['nothing paid, on the last grace day', [], '2025-03-13', 'pending', 0],
    ['nothing paid, one day after grace', [], '2025-03-14', 'broken', 0],
    ['paid in full before the due date', [pay('a', 10_000, '2025-03-05')], '2025-03-06', 'kept', 10_000],
    ['paid in full exactly on the last grace day', [pay('a', 10_000, '2025-03-13')], '2025-03-20', 'kept', 10_000],
    ['paid in full one day after grace: does not count', [pay('a', 10_000, '2025-03-14')], '2025-03-20', 'broken', 0],
    ['paid in two parts within grace', [pay('a', 6_000, '2025-03-09'), pay('b', 4_000, '2025-03-12')], '2025-03-20', 'kept', 10_000],
    ['part paid, grace over', [pay('a', 4_000, '2025-03-12')], '2025-03-14', 'partly_kept', 4_000],
    ['part paid, still within grace', [pay('a', 4_000, '2025-03-12')], '2025-03-13', 'pending', 4_000],
    ['1 fen short, grace over', [pay('a', 9_999, '2025-03-10')], '2025-03-14', 'partly_kept', 9_999],
    ['overpaid: capped at the promise', [pay('a', 25_000, '2025-03-10')], '2025-03-14', 'kept', 10_000],
    ['paid the day before the promise was made', [pay('a', 10_000, '2025-02-28')], '2025-03-20', 'broken', 0],
    ['paid the same day the promise was made', [pay('a', 10_000, '2025-03-01')], '2025-03-20', 'kept', 10_000],
    ['paid on another case', [pay('a', 10_000, '2025-03-05', 'c2')], '2025-03-20', 'broken', 0],
    ['payment dated after today is not counted yet', [pay('a', 10_000, '2025-03-09')], '2025-03-08', 'pending', 0],
  ])('%s', (_name, payments, today, state, paid) => {
    const [e] = evaluatePromises([p1], payments, today, { graceDays: 3 });
    expect(e).toEqual({
      promiseId: 'p1',
      caseId: 'c1',
      amountFen: 10_000,
      dueDate: '2025-03-10',
      graceEndsOn: '2025-03-13',
      state,
      paidFen: paid,
      shortfallFen: 10_000 - paid,
    });
  });

  it('grace 0: paid on the due date is kept, the next day unpaid is broken', () => {
    expect(evaluatePromises([p1], [pay('a', 10_000, '2025-03-10')], '2025-03-11', { graceDays: 0 })[0]!.state).toBe('kept');
    expect(evaluatePromises([p1], [], '2025-03-11', { graceDays: 0 })[0]!.state).toBe('broken');
    expect(evaluatePromises([p1], [], '2025-03-10', { graceDays: 0 })[0]!.state).toBe('pending');
  });

  it('grace crosses a month end and a leap day', () => {
    const [e] = evaluatePromises([promise('p', 100, '2024-02-27', '2024-02-01T10:00:00+08:00')], [], '2024-03-01', { graceDays: 3 });
    expect([e!.graceEndsOn, e!.state]).toEqual(['2024-03-01', 'pending']);
  });

  it("judges the promise's creation day in the case's time zone", () => {
    // 2025-02-28T17:00Z is 2025-03-01 01:00 in Shanghai: a payment on 02-28 came before the promise there.
    const p = promise('p', 10_000, '2025-03-10', '2025-02-28T17:00:00Z');
    const payments = [pay('a', 10_000, '2025-02-28')];
    expect(evaluatePromises([p], payments, '2025-03-20', { graceDays: 3 })[0]!.state).toBe('broken');
    expect(evaluatePromises([p], payments, '2025-03-20', { graceDays: 3, timeZone: 'UTC' })[0]!.state).toBe('kept');
  });
});

describe('evaluatePromises: several promises, matched oldest first', () => {
  const older = promise('older', 5_000, '2025-03-10');
  const newer = promise('newer', 5_000, '2025-03-20', '2025-03-02T10:00:00+08:00');

  it.each<[string, Pay[], string, unknown[][]]>([
    [
      'one payment covering the older only',
      [pay('a', 5_000, '2025-03-09')],
      '2025-03-25',
      [
        ['older', 'kept', 5_000, 0],
        ['newer', 'broken', 0, 5_000],
      ],
    ],
    [
      'overpayment spills to the next',
      [pay('a', 8_000, '2025-03-09')],
      '2025-03-25',
      [
        ['older', 'kept', 5_000, 0],
        ['newer', 'partly_kept', 3_000, 2_000],
      ],
    ],
    [
      'overpayment spilling, before the newer is due',
      [pay('a', 8_000, '2025-03-09')],
      '2025-03-15',
      [
        ['older', 'kept', 5_000, 0],
        ['newer', 'pending', 3_000, 2_000],
      ],
    ],
    [
      'a payment too late for the older goes to the newer',
      [pay('a', 5_000, '2025-03-15')],
      '2025-03-25',
      [
        ['older', 'broken', 0, 5_000],
        ['newer', 'kept', 5_000, 0],
      ],
    ],
    [
      'both covered exactly by two payments',
      [pay('b', 5_000, '2025-03-18'), pay('a', 5_000, '2025-03-08')],
      '2025-03-25',
      [
        ['older', 'kept', 5_000, 0],
        ['newer', 'kept', 5_000, 0],
      ],
    ],
  ])('%s', (_name, payments, today, expected) => {
    // Given newest first, to show the order of the input does not decide the matching.
    const result = evaluatePromises([newer, older], payments, today, { graceDays: 3 });
    expect(result.map(brief)).toEqual([expected[1], expected[0]]);
  });

  it('same due date: the promise made earlier is filled first; results keep the input order', () => {
    const madeLater = promise('later', 5_000, '2025-03-10', '2025-03-02T10:00:00+08:00');
    const madeEarlier = promise('earlier', 5_000, '2025-03-10', '2025-03-01T10:00:00+08:00');
    const result = evaluatePromises([madeLater, madeEarlier], [pay('a', 7_000, '2025-03-05')], '2025-03-20', { graceDays: 3 });
    expect(result.map(brief)).toEqual([
      ['later', 'partly_kept', 2_000, 3_000],
      ['earlier', 'kept', 5_000, 0],
    ]);
  });

  it('a payment made before the newer promise existed only pays the older', () => {
    const lateMade = promise('newer', 5_000, '2025-03-20', '2025-03-12T10:00:00+08:00');
    const result = evaluatePromises([older, lateMade], [pay('a', 9_000, '2025-03-11')], '2025-03-25', { graceDays: 3 });
    expect(result.map(brief)).toEqual([
      ['older', 'kept', 5_000, 0],
      ['newer', 'broken', 0, 5_000],
    ]);
  });

  it('keeps cases apart', () => {
    const other = promise('other', 5_000, '2025-03-10', '2025-03-01T10:00:00+08:00', 'c2');
    const result = evaluatePromises([older, other], [pay('a', 10_000, '2025-03-09', 'c2')], '2025-03-25', { graceDays: 3 });
    expect(result.map(brief)).toEqual([
      ['older', 'broken', 0, 5_000],
      ['other', 'kept', 5_000, 0],
    ]);
  });

  it.each([-1, 1.5, NaN])('refuses graceDays %s', (graceDays) => {
    expect(() => evaluatePromises([older], [], '2025-03-25', { graceDays })).toThrow(RangeError);
  });

  it('refuses an impossible today', () => {
    expect(() => evaluatePromises([older], [], '2025-02-30', { graceDays: 3 })).toThrow(RangeError);
  });
});
