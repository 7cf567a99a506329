import { describe, expect, it } from 'vitest';
import { HLC_MAX_COUNTER, HlcSchema, compareHlc, formatHlc, hlcNow, hlcReceive, parseHlc } from '../../../shared/sync';

const T = 1_740_790_800_000; // 2025-03-01T01:00:00Z
const HOUR = 3_600_000;
const pad = (wall: number, counter: number, device: string) =>
  `${String(wall).padStart(15, '0')}-${String(counter).padStart(5, '0')}-${device}`;

describe('hlc strings', () => {
  it('writes <15-digit ms>-<5-digit counter>-<deviceId>', () => {
    expect(hlcNow(null, T, 'D0042')).toBe('001740790800000-00000-D0042');
    expect(formatHlc({ wallMs: 0, counter: 7, deviceId: 'a' })).toBe('000000000000000-00007-a');
  });

  it.each<[string, { wallMs: number; counter: number; deviceId: string }]>([
    ['001740790800000-00000-D0042', { wallMs: T, counter: 0, deviceId: 'D0042' }],
    ['001740790800000-99999-dev-42_x', { wallMs: T, counter: 99_999, deviceId: 'dev-42_x' }],
    ['999999999999999-00001-Z', { wallMs: 999_999_999_999_999, counter: 1, deviceId: 'Z' }],
  ])('parses %s and writes it back', (hlc, parsed) => {
    expect(parseHlc(hlc)).toEqual(parsed);
    expect(formatHlc(parsed)).toBe(hlc);
    expect(HlcSchema.safeParse(hlc).success).toBe(true);
  });

  it.each([
    ['too few wall digits', '1740790800000-00000-D1'],
    ['too few counter digits', '001740790800000-0000-D1'],
    ['no device', '001740790800000-00000-'],
    ['device with a space', '001740790800000-00000-D 1'],
    ['device with a dot', '001740790800000-00000-D.1'],
    ['device starting with -', '001740790800000-00000--D1'],
    ['not an hlc', 'yesterday'],
    ['empty', ''],
  ])('refuses %s', (_name, hlc) => {
    expect(() => parseHlc(hlc)).toThrow(RangeError);
    expect(HlcSchema.safeParse(hlc).success).toBe(false);
  });

  it.each<[string, () => unknown]>([
    ['negative wall', () => hlcNow(null, -1, 'D1')],
    ['fractional wall', () => hlcNow(null, 1.5, 'D1')],
    ['NaN wall', () => hlcNow(null, NaN, 'D1')],
    ['wall beyond 15 digits', () => hlcNow(null, 1e15, 'D1')],
    ['bad device', () => hlcNow(null, T, 'D 1')],
    ['counter beyond 5 digits', () => formatHlc({ wallMs: T, counter: 100_000, deviceId: 'D1' })],
    ['negative counter', () => formatHlc({ wallMs: T, counter: -1, deviceId: 'D1' })],
    ['bad wall on receive', () => hlcReceive(pad(T, 0, 'A'), pad(T, 0, 'B'), -5)],
    ['bad remote on receive', () => hlcReceive(pad(T, 0, 'A'), 'nonsense', T)],
  ])('throws a RangeError on %s', (_name, call) => {
    expect(call).toThrow(RangeError);
  });
});

describe('hlcNow', () => {
  it.each<[string, string | null, number, string]>([
    ['first stamp', null, T, pad(T, 0, 'D1')],
    ['wall clock moved on', pad(T, 3, 'D1'), T + 1, pad(T + 1, 0, 'D1')],
    ['same millisecond', pad(T, 3, 'D1'), T, pad(T, 4, 'D1')],
    ['wall clock 3 hours behind the last stamp', pad(T, 3, 'D1'), T - 3 * HOUR, pad(T, 4, 'D1')],
    ['wall clock at 0 (reset battery)', pad(T, 0, 'D1'), 0, pad(T, 1, 'D1')],
    ['counter full: borrows the next millisecond', pad(T, HLC_MAX_COUNTER, 'D1'), T, pad(T + 1, 0, 'D1')],
    ['last stamp was received from another device', pad(T, 8, 'HQ'), T, pad(T, 9, 'D1')],
  ])('%s', (_name, last, wall, expected) => {
    const next = hlcNow(last, wall, 'D1');
    expect(next).toBe(expected);
    if (last !== null) expect(compareHlc(next, last)).toBe(1);
  });

  it('stays strictly increasing while the wall clock jumps back and forth by hours', () => {
    // a deterministic walk: mostly forward, sometimes hours backwards, sometimes stuck
    const steps = [1, 0, 0, 5, -3 * HOUR, 2, 0, -1, 7 * HOUR, -8 * HOUR, 3, 0];
    let wall = T;
    let last: string | null = null;
    const stamps: string[] = [];
    for (let i = 0; i < 10_000; i++) {
      wall = Math.max(0, wall + steps[i % steps.length]!);
      const next = hlcNow(last, wall, 'D0042');
      if (last !== null) expect(next > last).toBe(true);
      stamps.push(next);
      last = next;
    }
    expect([...stamps].sort()).toEqual(stamps);
    expect(new Set(stamps).size).toBe(stamps.length);
  });

  it('sorts as text the way it sorts as numbers (zero padding)', () => {
    const a = hlcNow(null, 999, 'D1');
    const b = hlcNow(null, 1000, 'D1');
    expect(a < b).toBe(true);
    expect(compareHlc(a, b)).toBe(-1);
  });
});

describe('hlcReceive', () => {
  it.each<[string, string, string, number, string]>([
    ['remote ahead of local and wall', pad(T, 2, 'D1'), pad(T + 5 * HOUR, 7, 'HQ'), T + 10, pad(T + 5 * HOUR, 8, 'D1')],
    ['local ahead of remote and wall', pad(T + 50, 4, 'D1'), pad(T, 9, 'HQ'), T, pad(T + 50, 5, 'D1')],
    ['wall ahead of both', pad(T, 4, 'D1'), pad(T + 1, 9, 'HQ'), T + 2, pad(T + 2, 0, 'D1')],
    ['all three equal', pad(T, 4, 'D1'), pad(T, 9, 'HQ'), T, pad(T, 10, 'D1')],
    ['local and remote equal, wall behind', pad(T, 12, 'D1'), pad(T, 3, 'HQ'), T - HOUR, pad(T, 13, 'D1')],
    ['remote counter full', pad(T, 1, 'D1'), pad(T + 9, HLC_MAX_COUNTER, 'HQ'), T, pad(T + 10, 0, 'D1')],
  ])('%s', (_name, local, remote, wall, expected) => {
    const next = hlcReceive(local, remote, wall);
    expect(next).toBe(expected);
    expect(compareHlc(next, local)).toBe(1);
    expect(compareHlc(next, remote)).toBe(1);
    expect(parseHlc(next).deviceId).toBe('D1');
  });

  it('keeps later local stamps after a remote one', () => {
    const received = hlcReceive(pad(T, 0, 'D1'), pad(T + HOUR, 0, 'HQ'), T);
    const next = hlcNow(received, T + 1, 'D1');
    expect(next).toBe(pad(T + HOUR, 2, 'D1'));
  });
});

describe('compareHlc', () => {
  it.each<[string, string, -1 | 0 | 1]>([
    [pad(T, 0, 'A'), pad(T + 1, 0, 'A'), -1],
    [pad(T + 1, 0, 'A'), pad(T, 99, 'A'), 1],
    [pad(T, 1, 'A'), pad(T, 2, 'A'), -1],
    [pad(T, 1, 'A'), pad(T, 1, 'B'), -1],
    [pad(T, 1, 'B'), pad(T, 1, 'A'), 1],
    [pad(T, 1, 'A'), pad(T, 1, 'A'), 0],
    [pad(9, 0, 'A'), pad(10, 0, 'A'), -1],
  ])('%s vs %s is %i', (a, b, expected) => {
    expect(compareHlc(a, b)).toBe(expected);
    expect(compareHlc(b, a)).toBe(-expected || 0);
  });

  it('refuses what is not a stamp', () => {
    expect(() => compareHlc('x', pad(T, 0, 'A'))).toThrow(RangeError);
  });
});
