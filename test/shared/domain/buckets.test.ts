import { describe, expect, it } from 'vitest';
import { BUCKETS, bucketOf, bucketRank, bucketsAtLeast, type Bucket } from '../../../shared/domain/buckets';

describe('bucketOf', () => {
  it.each<[number, Bucket]>([
    [0, 'M0'],
    [1, 'M1'],
    [30, 'M1'],
    [31, 'M2'],
    [60, 'M2'],
    [61, 'M3'],
    [90, 'M3'],
    [91, 'M4'],
    [120, 'M4'],
    [121, 'M5'],
    [150, 'M5'],
    [151, 'M6'],
    [180, 'M6'],
    [181, 'M6+'],
    [365, 'M6+'],
    [10_000, 'M6+'],
  ])('%i DPD -> %s', (dpd, expected) => {
    expect(bucketOf(dpd)).toBe(expected);
  });

  it.each([-1, -30, 0.5, 30.5, NaN, Infinity])('rejects %s DPD', (dpd) => {
    expect(() => bucketOf(dpd)).toThrow(RangeError);
  });
});

describe('bucketRank', () => {
  it.each<[Bucket, number]>([
    ['M0', 0],
    ['M1', 1],
    ['M3', 3],
    ['M6', 6],
    ['M6+', 7],
  ])('%s -> %i', (bucket, rank) => {
    expect(bucketRank(bucket)).toBe(rank);
  });

  it('orders the buckets from current to worst', () => {
    expect([...BUCKETS].sort((a, b) => bucketRank(b) - bucketRank(a))).toEqual(['M6+', 'M6', 'M5', 'M4', 'M3', 'M2', 'M1', 'M0']);
  });

  it('rejects an unknown label', () => {
    expect(() => bucketRank('M7' as Bucket)).toThrow(RangeError);
  });
});

describe('bucketsAtLeast', () => {
  it.each<[Bucket, Bucket[]]>([
    ['M0', ['M0', 'M1', 'M2', 'M3', 'M4', 'M5', 'M6', 'M6+']],
    ['M3', ['M3', 'M4', 'M5', 'M6', 'M6+']],
    ['M6', ['M6', 'M6+']],
    ['M6+', ['M6+']],
  ])('%s and worse', (bucket, expected) => {
    expect(bucketsAtLeast(bucket)).toEqual(expected);
  });

  it('returns a copy the caller may change', () => {
    bucketsAtLeast('M0').pop();
    expect(BUCKETS).toHaveLength(8);
  });
});
