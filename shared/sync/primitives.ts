import { z } from 'zod';

/**
 * The field types of the sync wire format. Defined here rather than borrowed from the record shapes, so a
 * change to a local record cannot silently change what a published protocol version accepts: a device may
 * hold an outbox written by an older app for weeks, and head office must still read it.
 */

/**
 * A reference to a record: a client-made UUIDv7 or a head-office id (`demo-case-00042`, a core-banking key).
 * Printable ASCII without spaces, so ids are safe in URLs, logs and composite keys. A NEW record's id is
 * always NewIdSchema; head office also refuses one that already names a case or another kind's record.
 */
export const IdSchema = z.string().regex(/^[\x21-\x7e]{1,128}$/, 'id must be 1-128 printable ASCII characters without spaces');

/**
 * A device id. Letters, digits, `_` and `-` only, so it can end an HLC string and sorts the same by bytes
 * (a server's collation) as by UTF-16 code units (JavaScript).
 */
export const DeviceIdSchema = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,63}$/, 'device id must be 1-64 of A-Z a-z 0-9 _ -');

/** A client-made id for a new record: UUID version 7 (time-ordered). */
export const NewIdSchema = z.uuid({ version: 'v7' });

/** Integer fen (分), never a float; 10^12 yuan in fen still fits a safe integer. */
export const FenSchema = z.number().int().nonnegative().max(Number.MAX_SAFE_INTEGER);
/** An amount that must be more than nothing: a payment, a promise, a receipt, an instalment. */
export const PositiveFenSchema = FenSchema.min(1, 'amount must be at least 1 fen');

/** A calendar date YYYY-MM-DD that exists (no 2023-02-29), in the case's time zone. */
export const LocalDateSchema = z.iso.date({ error: 'date must be a real YYYY-MM-DD day' });

/** An instant, ISO 8601 with Z or an offset (2024-05-01T08:30:00+08:00). */
export const InstantSchema = z.iso.datetime({ offset: true, error: 'instant must be ISO 8601 with Z or an offset' });

/** sha256 as 64 lowercase hex digits. */
export const Sha256HexSchema = z.string().regex(/^[0-9a-f]{64}$/, 'sha256 must be 64 lowercase hex digits');

/**
 * Text PostgreSQL can store. `text` and `jsonb` refuse NUL, and a lone UTF-16 surrogate has no UTF-8 form, so
 * either in a pushed string made head office fail the whole push on every retry (a wedged outbox). Every
 * string of an outbox entry is checked (unstorableTextPath, run by OutboxEntrySchema), on the device before
 * the outbox and again at head office, so such a record is refused on its own.
 */
export function isStorableText(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c === 0) return false;
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = s.charCodeAt(i + 1);
      if (!(next >= 0xdc00 && next <= 0xdfff)) return false;
      i++;
    } else if (c >= 0xdc00 && c <= 0xdfff) return false;
  }
  return true;
}
export const UNSTORABLE_TEXT_MESSAGE = 'text must not contain NUL or a lone surrogate (文本不能含空字符或孤立代理项)';

/** C0 and C1 control characters and DEL; tab and line breaks only where `lineBreaks` allows them. */
const isControl = (c: number, lineBreaks: boolean) => (c < 0x20 && !(lineBreaks && (c === 0x09 || c === 0x0a || c === 0x0d))) || (c >= 0x7f && c <= 0x9f);
/** The bidirectional embeddings, overrides and isolates that make a name read differently from what it is (Trojan Source). */
const isBidiControl = (c: number) => (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
const none = (s: string, bad: (c: number) => boolean) => {
  for (let i = 0; i < s.length; i++) if (bad(s.charCodeAt(i))) return false;
  return true;
};

/** Multi-line text a person typed: storable, no control characters but tab and line breaks. */
export const isPlainText = (s: string): boolean => isStorableText(s) && none(s, (c) => isControl(c, true));
/** One line a person typed (a name, a reference): storable, no control or bidirectional-override character. */
export const isPlainLine = (s: string): boolean => isStorableText(s) && none(s, (c) => isControl(c, false) || isBidiControl(c));

/**
 * The path of the first string (or object key) in `value` that PostgreSQL cannot store; null when all can.
 * Walks plain JSON data (what a push body is).
 */
export function unstorableTextPath(value: unknown, path: (string | number)[] = []): (string | number)[] | null {
  if (typeof value === 'string') return isStorableText(value) ? null : path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = unstorableTextPath(value[i], [...path, i]);
      if (found) return found;
    }
    return null;
  }
  if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (!isStorableText(k)) return [...path, '(key)'];
      const found = unstorableTextPath(v, [...path, k]);
      if (found) return found;
    }
  }
  return null;
}

/** The same text with what PostgreSQL cannot store replaced by U+FFFD, for echoing bad input in a log or a reason. */
export function toStorableText(s: string): string {
  if (isStorableText(s)) return s;
  let out = '';
  for (const ch of s) {
    // Iterating a string yields whole pairs; a lone surrogate comes out alone.
    const c = ch.charCodeAt(0);
    out += c === 0 || (ch.length === 1 && c >= 0xd800 && c <= 0xdfff) ? '\uFFFD' : ch;
  }
  return out;
}

/** Free multi-line text of at most `max` characters. */
export const plainText = (max: number) => z.string().max(max).refine(isPlainText, 'text must not contain control characters (文本不能含控制字符)');
/** One line of at most `max` characters, trimmed; no control or bidirectional-override character. */
export const plainLine = (max: number) =>
  z.string().trim().max(max).refine(isPlainLine, 'text must be one line without control or bidirectional-override characters (须为单行，不能含控制字符或双向覆盖字符)');

/** Free text a person typed (notes, reasons). */
export const NoteSchema = plainText(2000);
/** A short reason that must be given (void, retire, override, reject). */
export const ReasonSchema = z.string().trim().min(1, 'a reason is required').max(500).refine(isPlainText, 'text must not contain control characters (文本不能含控制字符)');
/** A person's name as typed (a payer, a colleague on a visit), 1-60 characters on one line. */
export const PersonNameSchema = plainLine(60).min(1, 'a name is required');
