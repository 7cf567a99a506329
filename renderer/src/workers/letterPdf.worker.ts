/// <reference lib="webworker" />
// Builds and renders letters off the UI thread: a batch of hundreds never freezes the screen. The fonts are
// fetched once per worker and embedded as subsets.
import pdfMake from 'pdfmake/build/pdfmake';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { addressLabels, buildLetter, formatAddress, mailingList, mergeLetters, type LetterDocDefinition, type MailItem, type MailOptions } from '../../../shared/letters';
import { bundleDocDefinition } from '../../../shared/legal/bundle';
import { loadPdfFonts, type PdfMakeBrowser } from './pdfFonts';
import type { BatchException, PdfRequest, PdfResponse, RenderedPdf } from './letterPdfProtocol';

declare const self: DedicatedWorkerGlobalScope;

const pdf = pdfMake as unknown as PdfMakeBrowser;

const loadFonts = () => loadPdfFonts(pdf);

const post = (message: PdfResponse, transfer: Transferable[] = []) => self.postMessage(message, transfer);

/** Counts pages the way a PDF declares them (/Type /Page objects), for the summary the clerk sees. */
function countPages(bytes: Uint8Array): number {
  const text = new TextDecoder('latin1').decode(bytes);
  return (text.match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

/**
 * PDF bytes of one document. pdfmake reports progress after every line and rule it draws (about a hundred a
 * page); the screen re-renders on each message, so only a change in the count of letters done is posted.
 */
async function renderBytes(jobId: number, doc: LetterDocDefinition, total: number): Promise<Uint8Array> {
  let posted = -1;
  pdf.progressCallback = (fraction) => {
    const done = Math.round(fraction * total);
    if (done === posted) return;
    posted = done;
    post({ kind: 'progress', jobId, stage: 'render', done, total });
  };
  try {
    return new Uint8Array(await pdf.createPdf(doc).getBuffer());
  } finally {
    pdf.progressCallback = undefined;
  }
}

const rendered = (bytes: Uint8Array): RenderedPdf => ({ bytes: bytes.buffer as ArrayBuffer, sha256: bytesToHex(sha256(bytes)), pages: countPages(bytes) });

async function render(jobId: number, doc: LetterDocDefinition, total: number): Promise<RenderedPdf> {
  post({ kind: 'progress', jobId, stage: 'fonts', done: 0, total });
  await loadFonts();
  post({ kind: 'progress', jobId, stage: 'layout', done: 0, total });
  return rendered(await renderBytes(jobId, doc, total));
}

/** Address labels and the mailing list (no word of debt on either) for the letters that go out. */
async function renderMail(jobId: number, items: MailItem[], options: MailOptions): Promise<{ labels: RenderedPdf | null; list: RenderedPdf | null }> {
  if (items.length === 0) return { labels: null, list: null };
  const labels = await render(jobId, addressLabels(items, options), items.length);
  const list = await render(jobId, mailingList(items, options), items.length);
  return { labels, list };
}

self.onmessage = async (event: MessageEvent<PdfRequest>) => {
  const request = event.data;
  const { jobId } = request;
  try {
    if (request.kind === 'bundle') {
      // 证据材料: the same font and renderer as letters; the definition is built here (it holds a footer function).
      const { documents, doc } = bundleDocDefinition(request.input);
      const rendered = await render(jobId, doc, documents.length);
      return post({ kind: 'bundle', jobId, pdf: rendered, documents }, [rendered.bytes]);
    }
    if (request.kind === 'letter') {
      const built = buildLetter(request.input);
      if (!built.issued || !built.docDefinition || !built.record) return post({ kind: 'refused', jobId, problems: built.problems });
      const rendered = await render(jobId, built.docDefinition, 1);
      return post({ kind: 'letter', jobId, pdf: rendered, record: built.record, problems: built.problems }, [rendered.bytes]);
    }
    if (request.kind === 'mail') {
      const { labels, list } = await renderMail(jobId, request.items, request.mail);
      return post({ kind: 'mail', jobId, labels, mailingList: list }, [labels, list].filter((x): x is RenderedPdf => x !== null).map((x) => x.bytes));
    }
    const docs: LetterDocDefinition[] = [];
    const records = [];
    const mail: MailItem[] = [];
    const exceptions: BatchException[] = [];
    const total = request.inputs.length;
    for (let i = 0; i < total; i++) {
      const input = request.inputs[i]!;
      const built = buildLetter(input);
      const party = input.case.parties.find((p) => p.id === input.partyId);
      if (built.issued && built.docDefinition && built.record) {
        docs.push(built.docDefinition);
        records.push(built.record);
        const address = party?.addresses.find((a) => a.id === built.record!.addressId);
        if (address) mail.push({ number: built.record.number, recipientName: built.record.recipientName, address: formatAddress(address), postcode: address.postcode });
      } else {
        exceptions.push({ caseId: input.case.id, caseNumber: input.case.caseNumber, partyName: party?.name ?? '', problems: built.problems.filter((p) => p.severity === 'block') });
      }
      if (i % 25 === 0 || i === total - 1) post({ kind: 'progress', jobId, stage: 'build', done: i + 1, total });
    }
    const letters = docs.length > 0 ? await render(jobId, mergeLetters(docs), docs.length) : null;
    const { labels, list } = request.lettersOnly ? { labels: null, list: null } : await renderMail(jobId, mail, request.mail);
    const transfer = [letters, labels, list].filter((x): x is RenderedPdf => x !== null).map((x) => x.bytes);
    post({ kind: 'batch', jobId, letters, labels, mailingList: list, records, exceptions, mailItems: mail }, transfer);
  } catch (error) {
    post({ kind: 'failed', jobId, message: String((error as Error)?.message ?? error) });
  }
};
