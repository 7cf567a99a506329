import type { DBCore, DBCoreCursor, DBCoreMutateRequest, DBCoreTable, Middleware } from 'dexie';
import { CASE_ROWS_TABLE, ENCRYPTED_FIELDS, META_TABLE, SEALED_META_PREFIXES } from './encryptedFields';
import { isSealed, type FieldCipher } from './fieldCipher';
import { blindRow, sealFields } from './sealRecord';

type Row = Record<string, unknown>;

/**
 * Seals the chosen fields on every write and opens them on every read, below all of Dexie's own
 * middleware (level -5), so repositories, the unit of work, hooks and upgrades see plain records and
 * IndexedDB sees only ciphertext. Everything is synchronous, so it is safe inside any transaction.
 * A value written before encryption (a v5 store mid-upgrade) is read as it is; a sealed value that does
 * not open throws DataKeyError('wrong_key'): never garbage.
 */
export function fieldEncryptionMiddleware(cipher: FieldCipher): Middleware<DBCore> {
  return {
    stack: 'dbcore',
    name: 'fieldEncryption',
    level: -5,
    create: (down) => ({
      ...down,
      table: (name) => {
        const table = down.table(name);
        if (name === CASE_ROWS_TABLE) return blindingTable(table, cipher);
        if (name === META_TABLE) return sealingMetaTable(table, cipher);
        const fields = ENCRYPTED_FIELDS[name];
        return fields ? sealingTable(table, fields, cipher) : table;
      },
    }),
  };
}

function sealingTable(table: DBCoreTable, fields: readonly string[], cipher: FieldCipher): DBCoreTable {
  // A record prepared ahead (store/encryption/prepared: sealed in the worker) passes through untouched.
  const seal = (value: unknown): unknown => sealFields(cipher, table.name, fields, value);
  const open = (value: unknown): unknown => {
    if (typeof value !== 'object' || value === null) return value;
    let out: Row | null = null;
    for (const field of fields) {
      const v = (value as Row)[field];
      if (!isSealed(v)) continue;
      out ??= { ...(value as Row) };
      out[field] = cipher.open(`${table.name}.${field}`, v);
    }
    return out ?? value;
  };
  return readingThrough(writingThrough(table, seal), open);
}

/** Meta rows: the value is sealed for the keys sign-in uses (SEALED_META_PREFIXES), opened whenever sealed. */
function sealingMetaTable(table: DBCoreTable, cipher: FieldCipher): DBCoreTable {
  const sealed = (key: unknown) => typeof key === 'string' && SEALED_META_PREFIXES.some((p) => key.startsWith(p));
  const seal = (value: unknown): unknown => {
    const row = value as Row | null;
    if (!row || typeof row !== 'object' || !sealed(row.key) || row.value === undefined || isSealed(row.value)) return value;
    return { ...row, value: cipher.seal(`${table.name}.${String(row.key)}`, row.value) };
  };
  const open = (value: unknown): unknown => {
    const row = value as Row | null;
    if (!row || typeof row !== 'object' || !isSealed(row.value)) return value;
    return { ...row, value: cipher.open(`${table.name}.${String(row.key)}`, row.value) };
  };
  return readingThrough(writingThrough(table, seal), open);
}

/** List rows: plaintext search terms never reach IndexedDB, only their blind indexes do. */
function blindingTable(table: DBCoreTable, cipher: FieldCipher): DBCoreTable {
  return writingThrough(table, (value) => blindRow(cipher, value));
}

function writingThrough(table: DBCoreTable, transform: (value: unknown) => unknown): DBCoreTable {
  return {
    ...table,
    mutate: (req: DBCoreMutateRequest) => {
      if (req.type !== 'add' && req.type !== 'put') return table.mutate(req);
      return table.mutate({ ...req, values: req.values.map(transform) });
    },
  };
}

function readingThrough(table: DBCoreTable, open: (value: unknown) => unknown): DBCoreTable {
  // .then() on Dexie's own promises, never async/await: that keeps Dexie's transaction zone (PSD) alive
  // for the code that continues after the read (Collection.modify, hooks).
  return {
    ...table,
    get: (req) => table.get(req).then(open),
    getMany: (req) => table.getMany(req).then((values) => values.map(open)),
    // Without `values` the result is keys only.
    query: (req) => (req.values ? table.query(req).then((res) => ({ ...res, result: res.result.map(open) })) : table.query(req)),
    openCursor: (req) => (req.values ? table.openCursor(req).then((cursor) => cursor && openingCursor(cursor, open)) : table.openCursor(req)),
  };
}

/** IDBCursor's own getters need the real cursor as `this`; the wrapper forwards them and opens the value once per step. */
function openingCursor(cursor: DBCoreCursor, open: (value: unknown) => unknown): DBCoreCursor {
  let raw: unknown = undefined;
  let opened: unknown = undefined;
  return Object.create(cursor, {
    key: { get: () => cursor.key },
    primaryKey: { get: () => cursor.primaryKey },
    value: {
      get: () => {
        const v = cursor.value;
        if (v !== raw || opened === undefined) {
          raw = v;
          opened = open(v);
        }
        return opened;
      },
    },
  }) as DBCoreCursor;
}
