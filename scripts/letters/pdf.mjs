// Renders letter document definitions (built by shared/letters) to PDF bytes with pdfmake in Node.
// The fonts are read once per process and handed to pdfmake as buffers; pdfmake embeds a subset per document.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const FONT_DIR = fileURLToPath(new URL('../../resources/fonts/', import.meta.url));

let pdfmake = null;

/** pdfmake with the letter font 'SHS' (Source Han Sans SC Regular/Bold) and no file or URL access. */
export function letterPdfmake() {
  if (pdfmake) return pdfmake;
  pdfmake = require('pdfmake');
  // Into pdfmake's virtual file system once, so no document reads the 17 MB files from disk again.
  pdfmake.virtualfs.writeFileSync('SHS-Regular.otf', readFileSync(`${FONT_DIR}SourceHanSansSC-Regular.otf`));
  pdfmake.virtualfs.writeFileSync('SHS-Bold.otf', readFileSync(`${FONT_DIR}SourceHanSansSC-Bold.otf`));
  pdfmake.setFonts({ SHS: { normal: 'SHS-Regular.otf', bold: 'SHS-Bold.otf', italics: 'SHS-Regular.otf', bolditalics: 'SHS-Bold.otf' } });
  // Letters never load images or fonts from paths or URLs: deny both, which also silences pdfmake's warning.
  pdfmake.setUrlAccessPolicy(() => false);
  pdfmake.setLocalAccessPolicy(() => false);
  return pdfmake;
}

/** PDF bytes (a Buffer) of one document definition. */
export async function renderPdf(docDefinition) {
  const { letterMeta: _meta, ...doc } = docDefinition;
  return letterPdfmake().createPdf(doc).getBuffer();
}

/**
 * PDF bytes of a batch given as slices (shared/letters letterSlices): each slice rendered in turn, so only one
 * slice's layout is in memory, and the PDFs joined in order (shared/letters joinPdfs, passed in by the caller,
 * which loads shared/ its own way). Consumes `slices`: pdfmake writes its layout into the definition it renders,
 * so each slice is let go once rendered (the caller must hold no other reference to the letters' definitions).
 */
export async function renderSlices(slices, joinPdfs) {
  const parts = [];
  for (let i = 0; i < slices.length; i++) {
    parts.push(await renderPdf(slices[i]));
    slices[i] = null;
  }
  return Buffer.from(joinPdfs(parts));
}
