import { checkModel } from './check';
import type { LetterInput } from './input';
import {
  acknowledgementBlock,
  amountsTable,
  borrowerSignatureBlock,
  freeTextBlock,
  headerBlock,
  instalmentsTable,
  paragraphs,
  receiptBlock,
  recipientBlock,
  signatureBlock,
} from './layout';
import { BASE_STYLES, LETTER_FONT, makeFooter, PAGE_MARGINS, type LetterDocDefinition, type LetterDocMeta, type PdfContent, type PdfWatermark } from './pdf';
import { withResolvedStyles } from './inlineStyles';
import { prepareLetter, type LetterModel } from './prepare';
import { label } from './render';
import { formatVerificationCode } from './serial';
import type { LetterProblem, LetterRecord } from './types';

export type BuildResult =
  | { issued: true; record: LetterRecord; docDefinition: LetterDocDefinition; problems: LetterProblem[] }
  | { issued: false; record: null; docDefinition: null; problems: LetterProblem[] };

/**
 * Checks the letter and, when nothing blocks, returns its record (what the app stores and syncs) and the
 * pdfmake document definition (rendered to PDF outside shared/: the Node CLI, or a browser worker). Warnings
 * come back with an issued letter; a single block means no record and no document.
 */
export function buildLetter(input: LetterInput): BuildResult {
  const model = prepareLetter(input);
  const problems = checkModel(model);
  if (problems.some((p) => p.severity === 'block') || !model.template || !model.number || !model.recipient) {
    return { issued: false, record: null, docDefinition: null, problems };
  }
  // Styles resolved once per text item here, not by pdfmake once per run (inlineStyles.ts): the same PDF, sooner.
  return { issued: true, record: recordOf(model), docDefinition: withResolvedStyles(documentOf(model)), problems };
}

function recordOf(m: LetterModel): LetterRecord {
  const t = m.template!;
  return {
    number: m.number!,
    type: m.input.type,
    language: m.input.language,
    templateId: t.id,
    templateVersion: t.version,
    ...(m.input.branch.letterheadVersion !== undefined ? { letterheadVersion: m.input.branch.letterheadVersion } : {}),
    caseId: m.input.case.id,
    partyId: m.input.partyId,
    recipientName: m.input.type === 'field_receipt' ? (m.input.receipt?.payerName ?? m.recipient!.name) : m.recipient!.name,
    addressId: m.input.type === 'field_receipt' ? null : (m.address?.id ?? null),
    issueDate: m.input.issueDate,
    deadline: m.deadline,
    amounts: m.amounts
      ? { perAccount: m.amounts.perAccount, totalFen: m.amounts.totalFen, projectedPenaltyFen: m.amounts.projectedPenaltyFen, asOfDate: m.amounts.asOfDate }
      : null,
    verificationCode: m.verificationCode,
    noticeCount: m.input.noticeCount,
    copy: m.input.copy === true,
  };
}

export function documentOf(m: LetterModel): LetterDocDefinition {
  const t = m.template!;
  const copy = m.input.copy === true;
  const l = m.labels;
  const content: PdfContent[] = [...headerBlock(m, copy)];
  if (m.input.type === 'field_receipt') {
    content.push(...recipientBlock({ ...m, address: undefined }), ...receiptBlock(m), ...paragraphs(m.closing), ...signatureBlock(m));
  } else {
    content.push(...recipientBlock(m));
    if (m.salutation.text.trim()) content.push({ text: m.salutation.text, style: 'body', margin: [0, 2, 0, 1] });
    content.push(...paragraphs(m.paragraphs));
    if (m.amounts) content.push(...amountsTable(m, m.amounts));
    if (m.input.type === 'plan_confirmation') content.push(...instalmentsTable(m));
    // The channels, the bank's contact and the closing words sit beside the seal box, as on a printed notice.
    const split = m.closing.findIndex((p) => p.statements.includes('channels_check_repay_dispute'));
    const main = split < 0 ? m.closing : m.closing.slice(0, split);
    const beside = split < 0 ? [] : m.closing.slice(split);
    content.push(...paragraphs(main), ...freeTextBlock(m));
    if (m.input.type === 'plan_confirmation') content.push(...borrowerSignatureBlock(m));
    // The seal box and the 回执 are kept together: when they do not fit, both start the next page, so the 回执
    // never sits alone on a nearly blank page, and the page it is cut from names the bank and carries the seal.
    const tail = [...signatureBlock(m, beside), ...(t.acknowledgement ? acknowledgementBlock(m) : [])];
    content.push(tail.length > 1 ? { stack: tail, unbreakable: true } : tail[0]!);
  }

  const marks: string[] = [];
  if (m.input.preview === true) marks.push(l.previewMark);
  if (copy) marks.push(l.copyMark);
  if (m.input.receipt?.voided && m.input.type === 'field_receipt') marks.push(l.voidMark);
  // The preview's longer mark is set smaller so it fits the page's diagonal.
  const watermark: PdfWatermark | undefined = marks.length ? { text: marks.join(' '), color: '#c00000', opacity: 0.12, bold: false, fontSize: m.input.preview === true ? 56 : 96 } : undefined;
  const code = formatVerificationCode(m.verificationCode);
  const meta: LetterDocMeta = {
    footerLeft: `${m.number}  ·  ${label(l.verificationCode, { code })}${copy ? `  ·  ${l.copyMark}` : ''}${m.input.preview === true ? `  ·  ${l.previewMark}` : ''}`,
    pagePattern: l.page,
    ...(watermark ? { watermark } : {}),
  };
  return {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: [...PAGE_MARGINS],
    // The letter date as the PDF's creation date (pdfkit's default is now): the same inputs give the same bytes.
    info: { title: `${m.title} ${m.number}`, author: m.input.branch.name, subject: t.id, creator: 'Recovery Desk', creationDate: new Date(`${m.input.issueDate}T00:00:00Z`) },
    defaultStyle: { font: LETTER_FONT, fontSize: 10 },
    styles: BASE_STYLES,
    content,
    footer: makeFooter(meta),
    ...(watermark ? { watermark } : {}),
    letterMeta: meta,
  };
}
