import { describe, expect, it } from 'vitest';
import { LETTERS_PER_VOLUME, planVolumes } from '../../../shared/letters/volumes';

const letters = (n: number) => Array.from({ length: n }, () => true);
const sizes = (issuing: boolean[], size?: number) => planVolumes(issuing, size).map((v) => v.letters);

describe('planVolumes: a large batch in numbered volumes, in order', () => {
  it.each([
    [0, 250, [0]],
    [1, 250, [1]],
    [250, 250, [250]],
    [251, 250, [126, 125]],
    [1000, 250, [250, 250, 250, 250]],
    [1001, 250, [201, 200, 200, 200, 200]],
    [7, 3, [3, 2, 2]],
  ])('%i letters in volumes of at most %i: %j', (n, size, expected) => {
    expect(sizes(letters(n), size)).toEqual(expected);
  });

  it('keeps every input in exactly one volume, in order; a refused one stays with the letter after it', () => {
    // inputs:   r  L  L  r  L  L  r  L  r
    const issuing = [false, true, true, false, true, true, false, true, false];
    const volumes = planVolumes(issuing, 2);
    expect(volumes.map((v) => v.letters)).toEqual([2, 2, 1]);
    expect(volumes).toEqual([
      { start: 0, end: 3, letters: 2 },
      { start: 3, end: 6, letters: 2 },
      { start: 6, end: 9, letters: 1 },
    ]);
  });

  it('a batch with no letter is one (empty) volume; a bad size is refused', () => {
    expect(planVolumes([false, false])).toEqual([{ start: 0, end: 2, letters: 0 }]);
    expect(() => planVolumes([true], 0)).toThrow(RangeError);
    expect(() => planVolumes([true], 2.5)).toThrow(RangeError);
    expect(sizes(letters(5000), Number.POSITIVE_INFINITY)).toEqual([5000]);
  });

  it('the app volume size is between 200 and 300 letters (measured, docs/benchmarks.md)', () => {
    expect(LETTERS_PER_VOLUME).toBeGreaterThanOrEqual(200);
    expect(LETTERS_PER_VOLUME).toBeLessThanOrEqual(300);
  });
});
