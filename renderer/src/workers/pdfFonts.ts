import regularUrl from '../../../resources/fonts/SourceHanSansSC-Regular.otf?url';

/** The part of pdfmake's browser build the workers use. */
export interface PdfMakeBrowser {
  addVirtualFileSystem(vfs: Record<string, { data: Uint8Array }>): void;
  setFonts(fonts: Record<string, { normal: string; bold: string; italics?: string; bolditalics?: string }>): void;
  createPdf(doc: unknown): { getBuffer(): Promise<Uint8Array> };
  progressCallback?: (progress: number) => void;
}

const ready = new WeakMap<PdfMakeBrowser, Promise<void>>();

/**
 * Registers the letters' font (LETTER_FONT, shared/letters/pdf.ts) once per worker. Letters and reports set no
 * bold text (each embedded face costs ~50 KB), so only the regular face is fetched and serves every style.
 */
export function loadPdfFonts(pdf: PdfMakeBrowser): Promise<void> {
  let p = ready.get(pdf);
  if (!p) {
    p = (async () => {
      const regular = new Uint8Array(await (await fetch(regularUrl)).arrayBuffer());
      pdf.addVirtualFileSystem({ 'SHS-Regular.otf': { data: regular } });
      pdf.setFonts({ SHS: { normal: 'SHS-Regular.otf', bold: 'SHS-Regular.otf', italics: 'SHS-Regular.otf', bolditalics: 'SHS-Regular.otf' } });
    })();
    ready.set(pdf, p);
  }
  return p;
}
