import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { CN_MAINLAND_CALENDAR } from '../../../shared/calendar';
import { generateCase } from '../../../shared/demo';
import type { Receipt } from '../../../shared/fieldwork/records';
import { buildLetter, mergeLetters, type LetterDocDefinition, type PdfNode } from '../../../shared/letters';
import { documentOf } from '../../../shared/letters/build';
import { resolveInlineStyles } from '../../../shared/letters/inlineStyles';
import { prepareLetter } from '../../../shared/letters/prepare';
import { renderPdf } from '../../../scripts/letters/pdf.mjs';
import { fixtureInput } from './fixture';
import type { LetterInput } from '../../../shared/letters';

const STYLES: Record<string, PdfNode> = {
  body: { fontSize: 9.5, lineHeight: 1.15 },
  mark: { fontSize: 12, color: '#c00000' },
  th: { fontSize: 8.5, fillColor: '#eeeeee' },
  loud: { extends: 'mark', bold: true },
};
const DEFAULT = { font: 'SHS', fontSize: 10 };

/** The text items of the first text node found, depth first. */
function firstText(content: unknown): PdfNode[] {
  if (Array.isArray(content)) {
    for (const c of content) {
      const t = firstText(c);
      if (t.length) return t;
    }
    return [];
  }
  if (!content || typeof content !== 'object') return [];
  const node = content as PdfNode;
  if (Array.isArray(node.text)) return node.text as PdfNode[];
  for (const k of ['section', 'stack', 'columns']) if (node[k] !== undefined) return firstText(node[k]);
  if (node.table) return firstText((node.table as PdfNode).body);
  return [];
}

describe('resolveInlineStyles: what pdfmake would find for each run, written on the text item', () => {
  it('named style, then the node, then its ancestors, then the default style, then pdfmake’s default', () => {
    const [item] = firstText(resolveInlineStyles([{ stack: [{ text: 'a', style: 'body' }], alignment: 'right', color: '#333333' }], STYLES, DEFAULT));
    expect(item).toMatchObject({ text: 'a', font: 'SHS', fontSize: 9.5, lineHeight: 1.15, alignment: 'right', color: '#333333', bold: false, opacity: 1, wordBreak: 'normal' });
  });

  it('an item’s own style wins over its node; a string item takes the node’s; extends is followed', () => {
    const items = firstText(resolveInlineStyles([{ text: ['title', { text: '〔副本〕', style: 'mark' }, { text: '!', style: 'loud' }], style: 'body' }], STYLES, DEFAULT));
    expect(items.map((i) => [i.text, i.fontSize, i.color, i.bold])).toEqual([
      ['title', 9.5, 'black', false],
      ['〔副本〕', 12, '#c00000', false],
      ['!', 12, '#c00000', true],
    ]);
    expect(items[1]).not.toHaveProperty('style');
  });

  it('a table cell inherits from the table node; the node keeps its own properties (fillColor, margin)', () => {
    const out = resolveInlineStyles([{ table: { body: [[{ text: '本金', style: 'th', margin: [1, 2, 3, 4] }]] }, fontSize: 7 }], STYLES, DEFAULT);
    const cell = ((out[0] as PdfNode).table as { body: PdfNode[][] }).body[0]![0]!;
    expect(cell).toMatchObject({ style: 'th', margin: [1, 2, 3, 4] });
    expect((cell.text as PdfNode[])[0]).toMatchObject({ text: '本金', fontSize: 8.5 });
  });

  it('what nothing sets reads as false (not null, which pdfmake looks up again per run); a link is left alone', () => {
    const [item] = firstText(resolveInlineStyles([{ text: [{ text: 'x', link: 'https://example.org' }] }], STYLES, DEFAULT));
    expect(item).toMatchObject({ decoration: false, background: false, fontFeatures: false, noWrap: false, link: 'https://example.org' });
    const [plain] = firstText(resolveInlineStyles([{ text: 'y' }], STYLES, DEFAULT));
    expect(plain).not.toHaveProperty('link');
  });

  it('a tab in a string text becomes four spaces, as pdfmake does; nested text arrays are flattened as pdfmake does', () => {
    const [a] = firstText(resolveInlineStyles([{ text: 'a\tb' }], STYLES, DEFAULT));
    expect(a!.text).toBe('a    b');
    const items = firstText(resolveInlineStyles([{ text: ['x', { text: ['y', { text: 'z', style: 'mark' }], style: 'body' }] }], STYLES, DEFAULT));
    expect(items.map((i) => [i.text, i.fontSize])).toEqual([
      ['x', 10],
      ['y', 10],
      ['z', 12],
    ]);
  });
});

const sha = (b: Uint8Array) => createHash('sha256').update(b).digest('hex');
const RECEIPT: Receipt = {
  id: 'r1',
  number: 'SK-DK7Q2M-20261229-000045',
  caseId: 'case-1',
  payerName: '𠮷䶮明',
  amountFen: 1_262_523,
  method: 'cash',
  receivedAt: '2026-12-29T07:20:00Z',
  userId: 'o1',
  deviceId: 'DK7Q2M',
  voided: null,
};

/** The definition as built before styles are resolved, and as buildLetter returns it. */
function both(input: LetterInput): { raw: LetterDocDefinition; resolved: LetterDocDefinition } {
  const built = buildLetter(input);
  if (!built.issued) throw new Error(`not issued: ${JSON.stringify(built.problems)}`);
  return { raw: documentOf(prepareLetter(input)), resolved: built.docDefinition };
}

describe('letters render to the same bytes with styles resolved in the definition', () => {
  it.each([
    ['demand notice', fixtureInput()],
    ['copy (title with a styled item)', fixtureInput({ copy: true })],
    ['preview (watermark)', fixtureInput({ preview: true })],
    ['paid since (underlined paragraph, longer table)', fixtureInput({ payments: [{ paidOn: '2026-12-28', source: 'receipt', reference: 'SK-310115-0001', amountFen: 100_000 }], freeText: '请\t尽快联系我行。' })],
    ['English', fixtureInput({ language: 'en' })],
    ['field receipt', fixtureInput({ type: 'field_receipt', receipt: RECEIPT })],
  ])('%s', async (_name, input) => {
    const { raw, resolved } = both(input);
    const [a, b, again] = [await renderPdf(raw), await renderPdf(resolved), await renderPdf(both(input).resolved)];
    expect(sha(b)).toBe(sha(a));
    expect(sha(again)).toBe(sha(b)); // and the same inputs give the same bytes
  }, 30_000);

  it('a merged batch of 12 demo letters (one- and two-page) too', async () => {
    const raws: LetterDocDefinition[] = [];
    const resolved: LetterDocDefinition[] = [];
    for (let i = 0; resolved.length < 12 && i < 40; i++) {
      const c = generateCase(20261123, i, { snapshotDate: '2026-11-20' });
      const borrower = c.parties.find((p) => p.role === 'borrower');
      if (!borrower) continue;
      const input = fixtureInput({ case: c, partyId: borrower.id, issueDate: '2026-11-23', calendar: CN_MAINLAND_CALENDAR, serial: { branchCode: '310115', year: 2026, deviceCode: 'DK7Q2M', counter: i + 1 } });
      if (!buildLetter(input).issued) continue;
      const d = both(input);
      raws.push(d.raw);
      resolved.push(d.resolved);
    }
    expect(resolved).toHaveLength(12);
    expect(sha(await renderPdf(mergeLetters(resolved)))).toBe(sha(await renderPdf(mergeLetters(raws))));
  }, 60_000);
});
