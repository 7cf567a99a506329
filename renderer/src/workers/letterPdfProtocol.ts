import type { LetterInput, LetterProblem, LetterRecord, MailItem, MailOptions } from '../../../shared/letters';
import type { BundleDocument, BundleInput } from '../../../shared/legal/bundle';

/**
 * Messages between the UI and the PDF worker. Letter inputs travel as data; the worker builds the pdfmake
 * document definitions itself (they hold functions, which cannot be posted) and renders them.
 */
export type PdfRequest =
  | { kind: 'letter'; jobId: number; input: LetterInput }
  /** `lettersOnly`: one volume of a larger batch; its labels and mailing list come once, for the whole batch ('mail'). */
  | { kind: 'batch'; jobId: number; inputs: LetterInput[]; mail: MailOptions; lettersOnly?: boolean }
  | { kind: 'mail'; jobId: number; items: MailItem[]; mail: MailOptions }
  | { kind: 'bundle'; jobId: number; input: BundleInput };

export interface BatchException {
  caseId: string;
  caseNumber: string;
  partyName: string;
  problems: LetterProblem[];
}

export interface RenderedPdf {
  bytes: ArrayBuffer;
  sha256: string;
  pages: number;
}

export type PdfResponse =
  | { kind: 'progress'; jobId: number; stage: 'build' | 'fonts' | 'layout' | 'render'; done: number; total: number }
  | { kind: 'letter'; jobId: number; pdf: RenderedPdf; record: LetterRecord; problems: LetterProblem[] }
  | { kind: 'batch'; jobId: number; letters: RenderedPdf | null; labels: RenderedPdf | null; mailingList: RenderedPdf | null; records: LetterRecord[]; exceptions: BatchException[]; mailItems: MailItem[] }
  | { kind: 'mail'; jobId: number; labels: RenderedPdf | null; mailingList: RenderedPdf | null }
  | { kind: 'refused'; jobId: number; problems: LetterProblem[] }
  | { kind: 'bundle'; jobId: number; pdf: RenderedPdf; documents: BundleDocument[] }
  | { kind: 'failed'; jobId: number; message: string };
