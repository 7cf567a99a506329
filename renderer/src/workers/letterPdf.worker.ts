/// <reference lib="webworker" />
// Renders pdfmake document definitions to PDF bytes off the UI thread: a batch of hundreds of letters
// never freezes the screen. The fonts are fetched once per worker and embedded as subsets.
import pdfMake from 'pdfmake/build/pdfmake';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import regularUrl from '../../../resources/fonts/SourceHanSansSC-Regular.otf?url';
import boldUrl from '../../../resources/fonts/SourceHanSansSC-Bold.otf?url';
import type { PdfRequest, PdfResponse } from './letterPdfProtocol';

declare const self: DedicatedWorkerGlobalScope;

interface PdfMakeBrowser {
  addVirtualFileSystem(vfs: Record<string, { data: Uint8Array; encoding?: string }>): void;
  setFonts(fonts: Record<string, { normal: string; bold: string; italics?: string; bolditalics?: string }>): void;
  createPdf(doc: unknown): { getBuffer(): Promise<Uint8Array> };
  progressCallback?: (progress: number) => void;
}
const pdf = pdfMake as unknown as PdfMakeBrowser;

let fontsReady: Promise<void> | null = null;
function loadFonts(): Promise<void> {
  fontsReady ??= (async () => {
    const [regular, bold] = await Promise.all([regularUrl, boldUrl].map(async (url) => new Uint8Array(await (await fetch(url)).arrayBuffer())));
    pdf.addVirtualFileSystem({ 'SHS-Regular.otf': { data: regular! }, 'SHS-Bold.otf': { data: bold! } });
    pdf.setFonts({ SHS: { normal: 'SHS-Regular.otf', bold: 'SHS-Bold.otf', italics: 'SHS-Regular.otf', bolditalics: 'SHS-Bold.otf' } });
  })();
  return fontsReady;
}

const post = (message: PdfResponse, transfer: Transferable[] = []) => self.postMessage(message, transfer);

self.onmessage = async (event: MessageEvent<PdfRequest>) => {
  const { jobId, docDefinition } = event.data;
  try {
    post({ kind: 'progress', jobId, stage: 'fonts', fraction: 0 });
    await loadFonts();
    post({ kind: 'progress', jobId, stage: 'layout', fraction: 0 });
    pdf.progressCallback = (fraction) => post({ kind: 'progress', jobId, stage: 'render', fraction });
    const bytes = await pdf.createPdf(docDefinition).getBuffer();
    const copy = new Uint8Array(bytes);
    post({ kind: 'done', jobId, bytes: copy.buffer, sha256: bytesToHex(sha256(copy)) }, [copy.buffer]);
  } catch (error) {
    post({ kind: 'failed', jobId, message: String((error as Error)?.message ?? error) });
  }
};
