/**
 * Canonical JSON: one byte-exact text per value, so a hash over it is the same on every device, in the
 * server and after any number of storage round trips.
 *
 * The rules (they coincide with RFC 8785, JSON Canonicalization Scheme, for the JSON data model):
 * - object keys are sorted by UTF-16 code units (`Array.prototype.sort` without a comparator), at every depth;
 * - no whitespace;
 * - strings and numbers are written exactly as `JSON.stringify` writes them (ECMAScript number formatting:
 *   `1`, `1.5`, `1e+21`, `-0` as `0`; lone surrogates escaped as `\udxxx`);
 * - arrays keep their order;
 * - an object property whose value is `undefined` is left out, and `undefined` inside an array is written
 *   as `null`, as `JSON.stringify` does; so a value hashes the same before and after a JSON round trip,
 *   and `{ a: undefined }` hashes like `{}` (IndexedDB keeps such properties, a server's JSON does not).
 *
 * Refused with a TypeError, because JSON would silently change them and a hash must never cover data that
 * cannot be stored as it was: `undefined` as the whole value, NaN and ±Infinity, bigint, functions, symbols,
 * cycles, and objects that are not plain (Date, Map, Set, class instances: convert them first, e.g. a Date
 * to its ISO string).
 */
export function canonicalJson(value: unknown): string {
  if (value === undefined) throw new TypeError('canonicalJson: undefined has no JSON form');
  return write(value, [], '$');
}

function write(value: unknown, ancestors: object[], path: string): string {
  if (value === null) return 'null';
  switch (typeof value) {
    case 'boolean':
      return value ? 'true' : 'false';
    case 'string':
      return JSON.stringify(value);
    case 'number':
      if (!Number.isFinite(value)) throw new TypeError(`canonicalJson: ${String(value)} at ${path} has no JSON form`);
      return JSON.stringify(value);
    case 'object':
      break;
    default:
      throw new TypeError(`canonicalJson: a ${typeof value} at ${path} has no JSON form`);
  }

  const obj = value as object;
  if (ancestors.includes(obj)) throw new TypeError(`canonicalJson: cycle at ${path}`);
  ancestors.push(obj);
  try {
    if (Array.isArray(obj)) {
      const items: string[] = [];
      for (let i = 0; i < obj.length; i++) {
        const item: unknown = obj[i];
        items.push(item === undefined ? 'null' : write(item, ancestors, `${path}[${i}]`));
      }
      return `[${items.join(',')}]`;
    }
    const proto: unknown = Object.getPrototypeOf(obj);
    if (proto !== Object.prototype && proto !== null) {
      const name = (obj as { constructor?: { name?: string } }).constructor?.name ?? 'object';
      throw new TypeError(`canonicalJson: a ${name} at ${path} is not a plain object`);
    }
    const record = obj as Record<string, unknown>;
    const members: string[] = [];
    for (const key of Object.keys(record).sort()) {
      const member = record[key];
      if (member === undefined) continue;
      members.push(`${JSON.stringify(key)}:${write(member, ancestors, `${path}.${key}`)}`);
    }
    return `{${members.join(',')}}`;
  } finally {
    ancestors.pop();
  }
}
