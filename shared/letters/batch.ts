import { LETTER_LABELS } from './templates';
import { BASE_STYLES, fillPattern, LETTER_FONT, makeFooter, PAGE_MARGINS, type LetterDocDefinition, type PdfContent, type PdfNode } from './pdf';
import { formatLetterDate, label } from './render';
import type { LetterLanguage } from './types';

/**
 * Batch printing: many letters in ONE document (pdfmake reads the font once per document, so 200 letters in
 * one document take about as long as a few separate ones). Each letter is a pdfmake `section`: it starts on a
 * new page and carries its own footer and watermark.
 *
 * Page numbers are PER LETTER ('1 / 2', '2 / 2' within each letter, not '57 / 230'): each section's page
 * background callback (which pdfmake calls as it adds each page, during layout) records which letter owns the
 * page, and the footers (laid out after all pages) count the pages of their own letter. Should a pdfmake
 * version stop calling the background during layout, the footers fall back to the document's numbering.
 */
export function mergeLetters(docs: readonly LetterDocDefinition[]): LetterDocDefinition {
  if (docs.length === 0) throw new RangeError('nothing to merge');
  const owner = new Map<number, number>();
  const content: PdfContent[] = docs.map((d, k) => {
    const pageOf = (current: number, count: number) => {
      if (owner.size === 0) return { page: current, pages: count };
      const mine = [...owner].filter(([, o]) => o === k).map(([p]) => p).sort((a, b) => a - b);
      const i = mine.indexOf(current);
      return i < 0 ? { page: current, pages: count } : { page: i + 1, pages: mine.length };
    };
    const node: PdfNode = {
      section: { stack: d.content },
      pageSize: 'A4',
      pageOrientation: 'portrait',
      pageMargins: d.pageMargins,
      footer: makeFooter(d.letterMeta, pageOf),
      background: (page: number) => {
        owner.set(page, k);
        return null;
      },
      watermark: d.letterMeta.watermark ?? null,
    };
    return node;
  });
  const first = docs[0] as LetterDocDefinition;
  return {
    ...first,
    info: { ...first.info, title: `${docs.length} letters`, subject: 'batch' },
    content,
    footer: undefined,
    watermark: undefined,
    letterMeta: { footerLeft: '', pagePattern: first.letterMeta.pagePattern },
  };
}

/**
 * Letters per slice when a batch is rendered in slices joined with joinPdfs (the letters bench's --slice; the
 * app renders one merged document: sliced, 1,000 letters peaked higher, not lower, and grew 18 %, see
 * docs/benchmarks.md, Letters, 2026-12-04). Fixed, never taken from the machine: the same batch, the same bytes.
 */
export const BATCH_SLICE = 100;

/**
 * The batch in slices of `size` letters, each merged (mergeLetters) into a document that carries the whole
 * batch's title, so the joined PDF describes the batch, not its first slice.
 */
export function letterSlices(docs: readonly LetterDocDefinition[], size: number = BATCH_SLICE): LetterDocDefinition[] {
  if (docs.length === 0) throw new RangeError('nothing to merge');
  if (!Number.isInteger(size) || size < 1) throw new RangeError(`slice size ${size}`);
  const info = mergeLetters(docs.slice(0, 1)).info;
  const out: LetterDocDefinition[] = [];
  for (let i = 0; i < docs.length; i += size) out.push({ ...mergeLetters(docs.slice(i, i + size)), info: { ...info, title: `${docs.length} letters` } });
  return out;
}

/** One envelope's address: what a label and the mailing list print. Nothing about why the letter is sent. */
export interface MailItem {
  number: string;
  recipientName: string;
  address: string;
  postcode: string;
}

export interface MailOptions {
  language: LetterLanguage;
  /** The sender as printed (bank and branch name, return address); no word about debt. */
  senderName: string;
  senderAddress: string;
  /** YYYY-MM-DD, the posting date. */
  date: string;
}

function plainDoc(title: string, content: PdfContent[], language: LetterLanguage, senderName: string, margins = PAGE_MARGINS): LetterDocDefinition {
  const meta = { footerLeft: senderName, pagePattern: LETTER_LABELS[language].page };
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [...margins],
    info: { title, author: senderName, subject: title, creator: 'Recovery Desk' },
    defaultStyle: { font: LETTER_FONT, fontSize: 10 },
    styles: BASE_STYLES,
    content,
    footer: makeFooter(meta),
    letterMeta: meta,
  };
}

/**
 * Address labels, 2 × 7 to an A4 sheet (about 99 × 38 mm each): postcode, address, name, a small reference
 * number, and the sender's return address. Envelopes must not show a word about debt (compliance), so the
 * label carries none: not the letter type, not the bank's department.
 */
export function addressLabels(items: readonly MailItem[], options: MailOptions): LetterDocDefinition {
  const zh = options.language === 'zh-CN';
  const cell = (it: MailItem | undefined): PdfNode =>
    it
      ? {
          margin: [8, 6, 8, 4],
          stack: [
            { text: it.postcode, fontSize: 12, characterSpacing: 2 },
            { text: it.address, fontSize: 10, margin: [0, 2, 0, 2] },
            { text: zh ? `${it.recipientName}（收）` : it.recipientName, fontSize: 12 },
            { text: `${it.number}  ${zh ? '寄件' : 'From'}：${options.senderName} ${options.senderAddress}`, fontSize: 6.5, color: '#555555', margin: [0, 3, 0, 0] },
          ],
        }
      : { text: '' };
  const rows: PdfNode[][] = [];
  for (let i = 0; i < items.length; i += 2) rows.push([cell(items[i]), cell(items[i + 1])]);
  const content: PdfContent[] = rows.length
    ? [{ table: { widths: ['*', '*'], heights: 100, dontBreakRows: true, body: rows }, layout: 'noBorders' }]
    : [{ text: '' }];
  return plainDoc(LETTER_LABELS[options.language].labelsTitle, content, options.language, options.senderName, [20, 36, 20, 40]);
}

/** 邮寄清单: the post office's list (number, addressee, address, postcode, a blank for the tracking number). */
export function mailingList(items: readonly MailItem[], options: MailOptions): LetterDocDefinition {
  const l = LETTER_LABELS[options.language].mailing;
  const vars = { bankName: options.senderName, date: formatLetterDate(options.date, options.language), count: String(items.length) };
  const body: PdfNode[][] = [[l.seq, l.number, l.recipient, l.address, l.postcode, l.tracking].map((t) => ({ text: t, style: 'th' }))];
  items.forEach((it, i) => {
    body.push([String(i + 1), it.number, it.recipientName, it.address, it.postcode, ''].map((t) => ({ text: t, style: 'td' })));
  });
  const content: PdfContent[] = [
    { text: LETTER_LABELS[options.language].mailingTitle, style: 'title' },
    { columns: [{ text: label(l.sender, vars), style: 'meta' }, { text: label(l.date, vars), style: 'meta', alignment: 'center' }, { text: label(l.count, vars), style: 'meta', alignment: 'right' }], margin: [0, 4, 0, 6] },
    { table: { headerRows: 1, dontBreakRows: true, widths: [22, 146, 52, '*', 40, 70], body } },
  ];
  return plainDoc(LETTER_LABELS[options.language].mailingTitle, content, options.language, options.senderName, [36, 48, 36, 56]);
}

export { fillPattern };
