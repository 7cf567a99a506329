import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/audit';

describe('canonicalJson', () => {
  it.each<[string, unknown, string]>([
    ['null', null, 'null'],
    ['booleans', [true, false], '[true,false]'],
    ['integer', 1_262_523, '1262523'],
    ['fraction', 1.5, '1.5'],
    ['binary fraction as JSON writes it', 0.1 + 0.2, '0.30000000000000004'],
    ['negative zero as 0', -0, '0'],
    ['large number with exponent', 1e21, '1e+21'],
    ['small number with exponent', 1e-7, '1e-7'],
    ['Chinese text unescaped', '人民币壹万元整', '"人民币壹万元整"'],
    ['control characters escaped', 'a\nb\t\u0001', '"a\\nb\\t\\u0001"'],
    ['lone surrogate escaped', '\ud800', '"\\ud800"'],
    ['keys sorted', { b: 1, a: 2 }, '{"a":2,"b":1}'],
    ['keys sorted at every depth', { z: { d: 1, c: [{ y: 1, x: 2 }] }, a: null }, '{"a":null,"z":{"c":[{"x":2,"y":1}],"d":1}}'],
    // Object.keys lists "9" before "10" (integer keys first); code-unit order puts "10" first.
    ['keys by UTF-16 code units', { b: 1, a: 1, B: 1, é: 1, '10': 1, '9': 1 }, '{"10":1,"9":1,"B":1,"a":1,"b":1,"é":1}'],
    ['arrays keep their order', [3, 1, 2], '[3,1,2]'],
    ['undefined property left out', { a: 1, b: undefined }, '{"a":1}'],
    ['undefined in an array as null', [1, undefined, 2], '[1,null,2]'],
    ['empty containers', { a: {}, b: [] }, '{"a":{},"b":[]}'],
    ['null-prototype object', Object.assign(Object.create(null) as object, { b: 2, a: 1 }), '{"a":1,"b":2}'],
  ])('%s', (_name, value, expected) => {
    expect(canonicalJson(value)).toBe(expected);
  });

  it('gives the same text whatever order the keys were written in', () => {
    const a = { seq: 1, entity: { kind: 'receipt', id: 'r1' }, after: { amountFen: 100, payer: '张三' }, caseId: 'c1' };
    const b = { caseId: 'c1', after: { payer: '张三', amountFen: 100 }, entity: { id: 'r1', kind: 'receipt' }, seq: 1 };
    expect(canonicalJson(b)).toBe(canonicalJson(a));
    expect(canonicalJson(a)).toBe('{"after":{"amountFen":100,"payer":"张三"},"caseId":"c1","entity":{"id":"r1","kind":"receipt"},"seq":1}');
  });

  it('survives a JSON round trip unchanged', () => {
    const value = { b: [1, { d: 'x', c: undefined }], a: -0, e: undefined };
    expect(canonicalJson(JSON.parse(JSON.stringify(value)))).toBe(canonicalJson(value));
  });

  it('matches the RFC 8785 (JCS) example', () => {
    const input = String.raw`{"numbers": [333333333.33333329, 1E30, 4.50, 2e-3, 0.000000000000000000000000001], "string": "\u20ac$\u000F\u000aA'\u0042\u0022\u005c\\\"\/", "literals": [null, true, false]}`;
    const expected = String.raw`{"literals":[null,true,false],"numbers":[333333333.3333333,1e+30,4.5,0.002,1e-27],"string":"€$\u000f\nA'B\"\\\\\"/"}`;
    expect(canonicalJson(JSON.parse(input))).toBe(expected);
  });

  it('writes a shared (not cyclic) object twice', () => {
    const shared = { x: 1 };
    expect(canonicalJson({ a: shared, b: [shared] })).toBe('{"a":{"x":1},"b":[{"x":1}]}');
  });

  const cyclic: Record<string, unknown> = { a: 1 };
  cyclic.self = { back: cyclic };

  it.each<[string, unknown, RegExp]>([
    ['undefined as the whole value', undefined, /undefined has no JSON form/],
    ['NaN', { a: NaN }, /NaN at \$\.a/],
    ['Infinity', [Infinity], /Infinity at \$\[0\]/],
    ['bigint', { n: 1n }, /bigint at \$\.n/],
    ['function', { f: () => 1 }, /function at \$\.f/],
    ['symbol', [Symbol('s')], /symbol/],
    ['Date', { at: new Date(0) }, /Date at \$\.at is not a plain object/],
    ['Map', new Map(), /Map at \$ is not a plain object/],
    ['class instance', { v: new (class Money {})() }, /Money at \$\.v/],
    ['cycle', cyclic, /cycle at \$\.self\.back/],
  ])('refuses %s', (_name, value, message) => {
    expect(() => canonicalJson(value)).toThrow(TypeError);
    expect(() => canonicalJson(value)).toThrow(message);
  });
});
