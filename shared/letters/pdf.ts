/**
 * The small part of pdfmake's document definition the letters use, typed here so shared/ needs no pdfmake
 * types. Everything is plain data except the footer (and, in merged batches, the page background), which
 * pdfmake only accepts as functions: they are small and pure, and rebuilt by `withFooter` when a definition
 * has been through structured cloning (postMessage to a worker drops functions).
 */
export type PdfContent = string | PdfNode | PdfContent[];
export interface PdfNode {
  [key: string]: unknown;
}

export interface PdfWatermark {
  text: string;
  color: string;
  opacity: number;
  bold: boolean;
  fontSize?: number;
}

export type FooterFn = (currentPage: number, pageCount: number) => PdfNode;

export interface LetterDocMeta {
  /** Printed at the footer's left on every page (the letter number and code). */
  footerLeft: string;
  /** 'N / M' pattern with {{page}} and {{pages}}. */
  pagePattern: string;
  watermark?: PdfWatermark;
}

export interface LetterDocDefinition {
  pageSize: 'A4';
  pageOrientation: 'portrait';
  /** [left, top, right, bottom] in points. */
  pageMargins: [number, number, number, number];
  /** creationDate: set from the inputs where the same inputs must give the same bytes (pdfkit's default is now). */
  info: { title: string; author: string; subject: string; creator: string; creationDate?: Date };
  defaultStyle: PdfNode;
  styles: Record<string, PdfNode>;
  content: PdfContent[];
  footer?: FooterFn;
  watermark?: PdfWatermark;
  /** Not read by pdfmake: what mergeLetters needs to number each letter's pages by itself. */
  letterMeta: LetterDocMeta;
}

/** Font family name the renderer registers (Source Han Sans SC Regular + Bold): `pdfmake.setFonts({ SHS: … })`. */
export const LETTER_FONT = 'SHS';

/** A4 with 72 pt (1 inch) left for binding, 64 pt top and right, 60 pt bottom (the footer sits in it). */
export const PAGE_MARGINS: [number, number, number, number] = [72, 64, 64, 60];

/**
 * Regular face only. Each embedded face costs about 50 KB of fixed CFF data (global subroutines) however few
 * glyphs it draws, so a bold title alone would push a one-page letter past 150 KB: emphasis is size and rules.
 */
export const STRONG: PdfNode = { fontSize: 10, color: '#000000' };

export const BASE_STYLES: Record<string, PdfNode> = {
  bank: { fontSize: 12, alignment: 'center' },
  title: { fontSize: 16, alignment: 'center', margin: [0, 2, 0, 2] },
  meta: { fontSize: 8, color: '#333333' },
  recipient: { fontSize: 9.5, margin: [0, 2, 0, 2], lineHeight: 1.1 },
  body: { fontSize: 9.5, lineHeight: 1.15, margin: [0, 1, 0, 2] },
  small: { fontSize: 7.5, color: '#333333', lineHeight: 1.1 },
  th: { fontSize: 8.5, fillColor: '#eeeeee' },
  td: { fontSize: 8.5 },
  ackTitle: { fontSize: 11, alignment: 'center', margin: [0, 0, 0, 1] },
  mark: { fontSize: 12, color: '#c00000' },
};

export const fillPattern = (pattern: string, page: number, pages: number): string => pattern.replace('{{page}}', String(page)).replace('{{pages}}', String(pages));

/** The footer: letter number + code at the left, 'N / M' at the right. */
export function makeFooter(meta: LetterDocMeta, pageOf?: (currentPage: number, pageCount: number) => { page: number; pages: number }): FooterFn {
  return (currentPage, pageCount) => {
    const { page, pages } = pageOf ? pageOf(currentPage, pageCount) : { page: currentPage, pages: pageCount };
    return {
      margin: [PAGE_MARGINS[0], 22, PAGE_MARGINS[2], 0],
      columns: [
        { text: meta.footerLeft, style: 'meta', width: '*' },
        { text: fillPattern(meta.pagePattern, page, pages), style: 'meta', alignment: 'right', width: 60 },
      ],
    };
  };
}

/** Puts the footer function back on a definition that lost it (structured clone), from its plain metadata. */
export function withFooter(doc: LetterDocDefinition): LetterDocDefinition {
  return { ...doc, footer: makeFooter(doc.letterMeta) };
}
