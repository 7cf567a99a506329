import { ENCRYPTED_FIELDS } from './encryptedFields';
import { isSealed, type FieldCipher } from './fieldCipher';

type Row = Record<string, unknown>;

/**
 * One record's fields sealed as IndexedDB keeps them: the encryption middleware on every write, and the
 * row-preparing worker ahead of a big write (store/encryption/prepared). One function, so both give the same format,
 * the same `table.field` context and the same fields. A value already sealed is left as it is; the record is
 * copied only when something is sealed.
 */
export function sealFields<T>(cipher: FieldCipher, table: string, fields: readonly string[], value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  let out: Row | null = null;
  for (const field of fields) {
    const v = (value as Row)[field];
    if (v === undefined || v === null || isSealed(v)) continue;
    out ??= { ...(value as Row) };
    out[field] = cipher.seal(`${table}.${field}`, v);
  }
  return (out ?? value) as T;
}

/** A record of a sealed table as stored (ENCRYPTED_FIELDS); a table with no sealed fields is returned as it is. */
export function sealRecord<T>(cipher: FieldCipher, table: string, value: T): T {
  const fields = ENCRYPTED_FIELDS[table];
  return fields ? sealFields(cipher, table, fields, value) : value;
}

/**
 * A list row as stored: its plaintext sensitive search terms replaced by their blind indexes (`searchKeys`). A
 * row without `sensitiveTerms` (already blinded) is returned as it is.
 */
export function blindRow<T>(cipher: FieldCipher, value: T): T {
  const row = value as Row | null;
  if (!row || typeof row !== 'object' || typeof row.sensitiveTerms !== 'string') return value;
  const { sensitiveTerms, ...rest } = row;
  const terms = (sensitiveTerms as string).split(' ').filter((t) => t !== '');
  return { ...rest, searchKeys: terms.map((t) => cipher.blind(t)).join(' ') } as T;
}

