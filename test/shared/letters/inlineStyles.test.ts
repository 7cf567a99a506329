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

/** The text nodes, depth first. */
function textNodes(content: unknown): PdfNode[] {
  if (Array.isArray(content)) return content.flatMap(textNodes);
  if (!content || typeof content !== 'object') return [];
  const node = content as PdfNode;
  if (node.text !== undefined) return [node];
  return ['section', 'stack', 'columns'].flatMap((k) => (node[k] === undefined ? [] : textNodes(node[k]))).concat(node.table ? textNodes((node.table as PdfNode).body) : []);
}
const first = (content: unknown) => textNodes(content)[0]!;

describe('resolveInlineStyles: what pdfmake would find for each run, written on its text node', () => {
  it('named style, then the node, then its ancestors, then the default style, then pdfmake’s default', () => {
    const node = first(resolveInlineStyles([{ stack: [{ text: 'a', style: 'body' }], alignment: 'right', color: '#333333' }], STYLES, DEFAULT));
    expect(node).toMatchObject({ text: 'a', style: 'body', font: 'SHS', fontSize: 9.5, lineHeight: 1.15, alignment: 'right', color: '#333333', bold: false, opacity: 1, wordBreak: 'normal' });
  });

  it('the node’s own property wins over its style; extends is followed; items keep their own styles', () => {
    const node = first(resolveInlineStyles([{ text: ['title', { text: '〔副本〕', style: 'mark' }], style: 'loud', fontSize: 16 }], STYLES, DEFAULT));
    expect(node).toMatchObject({ fontSize: 16, color: '#c00000', bold: true });
    expect(node.text).toEqual(['title', { text: '〔副本〕', style: 'mark' }]);
  });

  it('a table cell inherits from the table node; the cell keeps its own properties (style, margin)', () => {
    const out = resolveInlineStyles([{ table: { body: [[{ text: '本金', style: 'th', margin: [1, 2, 3, 4] }]] }, fontSize: 7, italics: true }], STYLES, DEFAULT);
    expect(first(out)).toMatchObject({ text: '本金', style: 'th', margin: [1, 2, 3, 4], fontSize: 8.5, italics: true });
  });

  it('a bare string becomes a text node; what nothing sets reads as false (not null, which pdfmake looks up again per run); no link is added', () => {
    const node = first(resolveInlineStyles(['y'], STYLES, DEFAULT));
    expect(node).toMatchObject({ text: 'y', decoration: false, background: false, fontFeatures: false, noWrap: false, fontSize: 10 });
    expect(node).not.toHaveProperty('link');
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
