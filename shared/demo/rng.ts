/**
 * Seeded pseudo-random numbers for the demo portfolio.
 *
 * sfc32 (Chris Doty-Humphrey's Small Fast Counting generator) seeded through splitmix32: 32-bit integer
 * arithmetic only, so the same seed gives the same numbers in Node, Chromium and any other engine. Nothing
 * here calls Math.random, Date or a transcendental function (Math.exp/log/pow are not required to be
 * correctly rounded, so engines may differ in the last bit).
 */

export type Seed = number | string;

/** murmur3's 32-bit finaliser: spreads every input bit over the output. */
function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** A seed (any finite number or any string) as an unsigned 32-bit integer. */
export function hashSeed(seed: Seed): number {
  if (typeof seed === 'number') {
    if (!Number.isFinite(seed)) throw new RangeError(`seed must be finite, got ${seed}`);
    if (Number.isInteger(seed) && seed >= 0 && seed <= 0xffffffff) return seed >>> 0;
    seed = String(seed);
  }
  // FNV-1a over UTF-16 code units, then finalised.
  let h = 0x811c9dc5;
  for (let i = 0; i < seed.length; i++) {
    h ^= seed.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return fmix32(h);
}

/**
 * A seed for one sub-stream, e.g. (portfolio seed, case index): case i then comes out the same whether it is
 * generated alone or in a batch of any size. Keys are non-negative safe integers.
 */
export function deriveSeed(seed: Seed, ...keys: number[]): number {
  let h = hashSeed(seed);
  for (const key of keys) {
    if (!Number.isSafeInteger(key) || key < 0) throw new RangeError(`key must be a non-negative safe integer, got ${key}`);
    const lo = key >>> 0;
    const hi = Math.floor(key / 0x1_0000_0000) >>> 0;
    h = fmix32((h ^ fmix32(lo + 0x9e3779b9)) + Math.imul(hi, 0x27d4eb2f));
  }
  return h;
}

export class Rng {
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: Seed) {
    // splitmix32 fills the four state words, so even seeds 0, 1, 2 start far apart; no warm-up needed.
    let s = hashSeed(seed);
    const next = (): number => {
      s = (s + 0x9e3779b9) | 0;
      let z = s;
      z = Math.imul(z ^ (z >>> 16), 0x21f0aaad);
      z = Math.imul(z ^ (z >>> 15), 0x735a2d97);
      return (z ^ (z >>> 15)) >>> 0;
    };
    this.a = next();
    this.b = next();
    this.c = next();
    this.d = next();
  }

  /** Next unsigned 32-bit integer. */
  uint32(): number {
    const t = (((this.a + this.b) | 0) + this.d) | 0;
    this.d = (this.d + 1) | 0;
    this.a = this.b ^ (this.b >>> 9);
    this.b = (this.c + (this.c << 3)) | 0;
    this.c = (this.c << 21) | (this.c >>> 11);
    this.c = (this.c + t) | 0;
    return t >>> 0;
  }

  /** Uniform in [0, 1). */
  next(): number {
    return this.uint32() / 0x1_0000_0000;
  }

  /** Uniform integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    if (!Number.isInteger(min) || !Number.isInteger(max) || max < min) throw new RangeError(`bad range [${min}, ${max}]`);
    return min + Math.floor(this.next() * (max - min + 1));
  }

  /** True with probability p. */
  chance(p: number): boolean {
    return this.next() < p;
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new RangeError('pick from an empty list');
    return items[Math.floor(this.next() * items.length)] as T;
  }

  /** One of the values, with probability proportional to its weight. For a hot path, use WeightedTable. */
  weighted<T>(entries: readonly (readonly [T, number])[]): T {
    let total = 0;
    for (const [, w] of entries) total += w;
    if (!(total > 0)) throw new RangeError('weights must add up to more than 0');
    let r = this.next() * total;
    for (const [value, w] of entries) {
      if (r < w) return value;
      r -= w;
    }
    return (entries[entries.length - 1] as readonly [T, number])[0];
  }

  /** n random decimal digits as a string (leading zeros kept). */
  digits(n: number): string {
    let s = '';
    for (let i = 0; i < n; i++) s += String.fromCharCode(48 + Math.floor(this.next() * 10));
    return s;
  }
}

/** A weighted list prepared once (cumulative weights + binary search): used for surnames and provinces. */
export class WeightedTable<T> {
  private readonly values: readonly T[];
  private readonly cumulative: Float64Array;
  private readonly total: number;

  constructor(entries: readonly (readonly [T, number])[]) {
    if (entries.length === 0) throw new RangeError('a weighted table needs entries');
    this.values = entries.map(([v]) => v);
    this.cumulative = new Float64Array(entries.length);
    let sum = 0;
    entries.forEach(([, w], i) => {
      if (!(w >= 0)) throw new RangeError(`weight must be >= 0, got ${w}`);
      sum += w;
      this.cumulative[i] = sum;
    });
    if (!(sum > 0)) throw new RangeError('weights must add up to more than 0');
    this.total = sum;
  }

  pick(rng: Rng): T {
    const r = rng.next() * this.total;
    let lo = 0;
    let hi = this.cumulative.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (r < (this.cumulative[mid] as number)) hi = mid;
      else lo = mid + 1;
    }
    return this.values[lo] as T;
  }
}
