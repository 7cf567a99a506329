import iconv from 'iconv-lite';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { importExtract } from '../../../server/import/apply';
import { ExtractError, readExtract } from '../../../server/import/extract';
import type { Db } from '../../../server/db/types';
import { caseToRows, COLUMNS, demoCases, extractOf, toCsvText, toXlsxCells } from '../../fixtures/import/demoExtract';
import { eachBackend, openDb } from '../harness';

/**
 * A structurally broken extract is refused whole, with the line where it breaks, and writes nothing: the
 * hand-written reader it replaces let an unclosed quote swallow the rest of the file (and so settle every
 * case after it), dropped extra cells and let a repeated header column win.
 */

const cases = demoCases(10, { seed: 'malformed' });
const rows = cases.flatMap(caseToRows);
const good = toCsvText(rows);
const lines = good.split('\r\n');

/** The extract text with line `n` (1-based; the header is 1) replaced. */
const withLine = (n: number, replace: (line: string) => string) => lines.map((l, i) => (i === n - 1 ? replace(l) : l)).join('\r\n');

async function refusal(bytes: Buffer | string, name = 'extract.csv'): Promise<ExtractError> {
  const err = await readExtract(typeof bytes === 'string' ? Buffer.from(bytes, 'utf8') : bytes, name).then(
    () => null,
    (e: unknown) => e,
  );
  expect(err).toBeInstanceOf(ExtractError);
  return err as ExtractError;
}

describe('malformed CSV: each shape refused whole, with its line', () => {
  it('an unclosed quote (which used to swallow the rest of the file)', async () => {
    const err = await refusal(withLine(5, (l) => l.replace(/,([^,]*),/, ',"$1,')));
    expect(err.problem).toMatchObject({ code: 'csv_unclosed_quote', params: { line: 5 } });
    expect(err.message).toBe('line 5: a quoted field is never closed (it would swallow the rest of the file)');
  });

  it('a stray quote inside an unquoted field, and text after a closing quote', async () => {
    expect((await refusal(withLine(4, (l) => l.replace(',', ',ab"c')))).problem).toMatchObject({ code: 'csv_bad_quote', params: { line: 4 } });
    expect((await refusal(withLine(7, (l) => l.replace(/^([^,]*),/, '"$1"x,')))).problem).toMatchObject({ code: 'csv_bad_quote', params: { line: 7 } });
  });

  it('a row with an extra cell, or one missing (the old reader dropped or blanked them)', async () => {
    expect((await refusal(withLine(3, (l) => `${l},extra`))).problem).toMatchObject({ code: 'csv_ragged', params: { line: 3, found: COLUMNS.length + 1, expected: COLUMNS.length } });
    expect((await refusal(withLine(9, (l) => l.slice(0, l.lastIndexOf(','))))).problem).toMatchObject({ code: 'csv_ragged', params: { line: 9, found: COLUMNS.length - 1 } });
  });

  it('counts lines across quoted line breaks and blank lines', async () => {
    // Row 2 has an address over two lines (quoted), so the next record starts on line 4; a blank line 5 follows,
    // and the record on line 6 is the broken one.
    const multi = withLine(2, (l) => l.replace(/,([^,]*号[^,]*),/, ',"$1\r\n二楼",'));
    const text = multi.split('\r\n');
    text.splice(4, 0, '');
    const broken = text.map((l, i) => (i === 5 ? `${l},extra` : l)).join('\r\n');
    expect((await refusal(broken)).problem.params).toMatchObject({ line: 6 });
    const parsed = await readExtract(Buffer.from(text.join('\r\n'), 'utf8'));
    expect(parsed.rows.map((r) => r.rowNumber).slice(0, 4)).toEqual([2, 4, 6, 7]);
  });

  it('a header with the same column twice (the old reader let the last one win)', async () => {
    const header = [...COLUMNS.slice(0, -1), 'PRINCIPAL'];
    const text = [header.join(','), ...lines.slice(1)].join('\r\n');
    const err = await refusal(text);
    expect(err.problem).toMatchObject({ code: 'duplicate_column', params: { column: 'principal' } });
  });

  it('more lines that are not text than the tolerance (a wrong file), while a few are rejected row by row', async () => {
    const gb = iconv.encode(good, 'gb18030');
    const damage = (count: number) => {
      const bytes = Buffer.from(gb);
      rows.slice(0, count).forEach((r) => {
        const name = iconv.encode(r.borrower_name!, 'gb18030');
        bytes[bytes.indexOf(name)] = 0xff;
      });
      return bytes;
    };
    const few = await readExtract(damage(2));
    expect(few.rows).toHaveLength(rows.length);
    const err = await refusal(damage(5));
    expect(err.problem).toMatchObject({ code: 'bad_encoding', params: { count: 5, line: 2, allowed: 3 } });
    expect(err.problem.reason).toContain('first is line 2');
  });

  it('an XLSX row with a value right of the header', async () => {
    const cells = rows.map((r) => COLUMNS.map((c) => r[c] ?? ''));
    cells[2]!.push('note');
    const err = await refusal(await toXlsxCells([...COLUMNS], cells), 'extract.xlsx');
    expect(err.problem).toMatchObject({ code: 'csv_ragged', params: { line: 4 } });
  });
});

eachBackend((backend) => {
  let db: Db;
  beforeAll(async () => {
    db = await openDb(backend);
  });
  afterAll(async () => db.close());

  const snapshot = async () => ({
    cases: (await db.query<{ id: string; version: string; status: string; data: unknown }>('SELECT id, version, status, data FROM cases ORDER BY id')).rows,
    changes: Number((await db.query<{ n: string }>('SELECT count(*) AS n FROM changes')).rows[0]!.n),
  });

  it('a broken file after a good one changes nothing: no case updated, none settled, no change logged', async () => {
    expect((await importExtract(db, extractOf(rows))).counts).toMatchObject({ new: 10, rejected: 0 });
    const before = await snapshot();
    // The next day's file, with balances changed, broken at line 4: the old reader read lines 1-3 and settled the rest.
    const nextDay = toCsvText(rows.map((r) => ({ ...r, snapshot_date: '2026-11-21', fees: '9.99' })));
    const broken = nextDay
      .split('\r\n')
      .map((l, i) => (i === 3 ? l.replace(/,([^,]*),/, ',"$1,') : l))
      .join('\r\n');
    await expect(readExtract(Buffer.from(broken, 'utf8'))).rejects.toThrow('line 4: a quoted field is never closed');
    // Read as it is, the same file is fine: the refusal is the quote, not the content.
    expect((await importExtract(db, await readExtract(Buffer.from(nextDay, 'utf8')), { dryRun: true })).counts).toMatchObject({ updated: 10, closed: 0 });
    expect(await snapshot()).toEqual(before);
  });
});
