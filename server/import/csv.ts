import { CsvError, parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { ExtractError, UNDECODABLE, type RawRecord } from './file';

/**
 * CSV extracts, read by csv-parse in strict mode (RFC 4180): an unclosed quote, a stray quote or a row with
 * more or fewer fields than the header refuses the whole file with the line it starts on. Nothing is guessed.
 */

/** Lines whose bytes are not text: up to this many (the larger of the two) are rejected row by row. */
export const UNDECODABLE_TOLERANCE = { share: 0.01, rows: 3 };

/**
 * UTF-8 when every line is valid UTF-8, or when most lines with non-ASCII bytes are (a UTF-8 file with a
 * few damaged bytes: those lines get U+FFFD and their rows are rejected, instead of the whole file being
 * read as GB18030 mojibake). Otherwise GB18030. A BOM means UTF-8.
 */
export function decodeText(bytes: Uint8Array): { text: string; encoding: 'utf-8' | 'gb18030' } {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const strict = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });
  const lossy = new TextDecoder('utf-8', { fatal: false, ignoreBOM: false });
  const hasBom = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf;
  try {
    return { text: strict.decode(buf), encoding: 'utf-8' };
  } catch {
    // Not all valid UTF-8: judge line by line.
  }
  let utf8Lines = 0;
  let otherLines = 0;
  let start = 0;
  for (let i = 0; i <= buf.length; i++) {
    if (i === buf.length || buf[i] === 0x0a) {
      const line = buf.subarray(start, i);
      start = i + 1;
      if (line.every((b) => b < 0x80)) continue;
      try {
        strict.decode(line);
        utf8Lines++;
      } catch {
        otherLines++;
      }
    }
  }
  if (hasBom || utf8Lines > otherLines) return { text: lossy.decode(buf), encoding: 'utf-8' };
  // iconv-lite writes U+FFFD for bytes that are not GB18030.
  return { text: iconv.decode(buf, 'gb18030'), encoding: 'gb18030' };
}

/** Line numbers of byte offsets, counted forward once (offsets only grow), so reading stays linear. */
function lineCounter(buf: Buffer) {
  let pos = 0;
  let line = 1;
  return {
    /** The line a record starts on when the previous one ended at `offset` (blank lines skipped). */
    startAfter(offset: number): number {
      let at = offset;
      while (at < buf.length && (buf[at] === 0x0a || buf[at] === 0x0d)) at++;
      for (; pos < at; pos++) if (buf[pos] === 0x0a) line++;
      return line;
    },
  };
}

export function readCsv(bytes: Uint8Array, tolerance = UNDECODABLE_TOLERANCE): { encoding: 'utf-8' | 'gb18030'; records: RawRecord[] } {
  const { text, encoding } = decodeText(bytes);
  const buf = Buffer.from(text.replace(/^\uFEFF/, ''), 'utf8');
  const lines = lineCounter(buf);
  const records: RawRecord[] = [];
  let lastEnd = 0;
  try {
    parse(buf, {
      skip_empty_lines: true,
      relax_column_count: false,
      relax_quotes: false,
      on_record: (values: string[], context) => {
        records.push({ rowNumber: lines.startAfter(lastEnd), values });
        lastEnd = context.bytes;
        return null;
      },
    });
  } catch (err) {
    if (!(err instanceof CsvError)) throw err;
    const line = lines.startAfter(lastEnd);
    if (err.code === 'CSV_QUOTE_NOT_CLOSED') throw new ExtractError('csv_unclosed_quote', { line });
    if (err.code === 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH') {
      throw new ExtractError('csv_ragged', { line, found: (err as CsvError & { record?: unknown[] }).record?.length ?? '?', expected: records[0]?.values.length ?? '?' });
    }
    if (err.code === 'INVALID_OPENING_QUOTE' || err.code === 'CSV_INVALID_CLOSING_QUOTE') throw new ExtractError('csv_bad_quote', { line });
    throw new ExtractError('csv_malformed', { line, detail: err.message });
  }
  const damaged = records.filter((r) => r.values.some((v) => v.includes(UNDECODABLE)));
  const allowed = Math.max(tolerance.rows, Math.floor(Math.max(0, records.length - 1) * tolerance.share));
  if (damaged.length > allowed) throw new ExtractError('bad_encoding', { count: damaged.length, line: damaged[0]!.rowNumber, allowed });
  return { encoding, records };
}
