import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { canonicalJson } from '../audit/canonicalJson';
import type { Case } from '../domain/case';
import { maskPhone } from '../domain/masks';
import { formatFen } from '../domain/money';
import { missingGlyphs } from '../letters/glyphs';
import { BASE_STYLES, LETTER_FONT, PAGE_MARGINS, withFooter, type LetterDocDefinition, type PdfContent } from '../letters/pdf';
import type { AmountBreakdown } from '../records/legalStep';
import { bundleFieldLabel, bundleValueText } from './bundleLabels';

/**
 * 证据材料 (the evidence bundle of a legal case): one PDF, an index first, then each document, each with its
 * SHA-256 in the index. A letter is named by the SHA-256 of its issued PDF (the letter register's pdfSha256, the
 * file head office keeps as evidence), with its register entry and delivery proof beside it; a section the bundle
 * itself states (the contract summary, the statement of amounts at the filing date, a receipt, a signed 回执) by
 * the SHA-256 of its canonical JSON, which anyone can recompute from the bundle's data. Same inputs, same bytes:
 * nothing here reads a clock (the PDF's creation date is the day it was prepared, an input). Rendered with the letters' font and styles (shared/letters/pdf.ts).
 *
 * Masking: a court filing needs the parties' full names, ID numbers and addresses (民事诉讼法 第一百二十四条: the
 * complaint states the parties' names and domiciles), so those are printed in full (addresses in use, not retired
 * ones); phone numbers are not needed and are masked. Fields and codes print in Chinese (shared/legal/bundleLabels.ts).
 */

export interface BundleLetter {
  id: string;
  number: string;
  typeLabel: string;
  recipientName: string;
  issueDate: string;
  pdfSha256: string;
  delivery: { method: string | null; trackingNumber: string | null; status: string; at: string | null; evidence: string | null };
  acknowledgement: { signedOn: string; signerType: string } | null;
}
export interface BundleReceipt {
  id: string;
  number: string;
  amountFen: number;
  receivedAt: string;
  payerName: string;
}
export interface BundleInput {
  caseRecord: Pick<Case, 'id' | 'caseNumber' | 'parties' | 'accounts'>;
  bankName: string;
  legalCase: { caseNumber: string; forumName: string; filedOn: string; claim: AmountBreakdown };
  /** The day the bundle is prepared (YYYY-MM-DD, Asia/Shanghai): printed, and the PDF's creation date. */
  preparedOn: string;
  letters: readonly BundleLetter[];
  receipts: readonly BundleReceipt[];
}

export interface BundleDocument {
  seq: number;
  kind: 'contract_summary' | 'statement' | 'letter' | 'receipt' | 'acknowledgement';
  title: string;
  sha256: string;
  /** What the hash is of: the issued PDF file, or the canonical JSON of this section's data. */
  hashOf: 'file' | 'section';
  data: unknown;
}

const hashOfSection = (data: unknown): string => bytesToHex(sha256(utf8ToBytes(canonicalJson(data))));
const byText = <T>(key: (x: T) => string) => (a: T, b: T) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);

/** The bundle's documents in order, each with its SHA-256 (pure and deterministic). */
export function bundleDocuments(input: BundleInput): BundleDocument[] {
  const c = input.caseRecord;
  const docs: Omit<BundleDocument, 'seq'>[] = [];
  const section = (kind: BundleDocument['kind'], title: string, data: unknown) => docs.push({ kind, title, sha256: hashOfSection(data), hashOf: 'section', data });
  section('contract_summary', '借款合同摘要', {
    caseNumber: c.caseNumber,
    parties: c.parties.map((p) => ({
      name: p.name, role: p.role, idNumber: p.idNumber, phones: p.phones.map((x) => maskPhone(x.number)), guaranteeType: p.guaranteeType,
      addresses: p.addresses.filter((a) => a.retiredAt === null).map((a) => `${a.province}${a.city}${a.district}${a.line}（${a.postcode}）`),
    })),
    accounts: c.accounts.map((a) => ({ contractNumber: a.contractNumber, product: a.product, maturityDate: a.maturityDate, overdueSince: a.overdueSince })),
  });
  section('statement', `欠款明细（截至 ${input.legalCase.filedOn}）`, { asOf: input.legalCase.filedOn, ...input.legalCase.claim });
  for (const l of [...input.letters].sort(byText((x) => `${x.issueDate}${x.number}`))) {
    docs.push({ kind: 'letter', title: `${l.typeLabel} ${l.number}`, sha256: l.pdfSha256, hashOf: 'file', data: { number: l.number, recipientName: l.recipientName, issueDate: l.issueDate, delivery: l.delivery } });
    if (l.acknowledgement) section('acknowledgement', `回执 ${l.number}`, { letter: l.number, ...l.acknowledgement });
  }
  for (const r of [...input.receipts].sort(byText((x) => x.number))) section('receipt', `收款收据 ${r.number}`, { number: r.number, amountFen: r.amountFen, receivedAt: r.receivedAt, payerName: r.payerName });
  return docs.map((d, i) => ({ seq: i + 1, ...d }));
}

/**
 * A value as the court reads it: a list one item a line, an item's fields as 「名称：值」 (JSON would not wrap), in
 * Chinese (shared/legal/bundleLabels.ts). `field` is the field the value is of, for its codes and money.
 */
function cellText(field: string, v: unknown): string {
  if (v === null || v === undefined) return '—';
  if (Array.isArray(v)) return v.map((x) => cellText(field, x)).join('\n');
  if (typeof v === 'object') {
    return Object.entries(v as Record<string, unknown>).map(([k, x]) => `${bundleFieldLabel(k)}：${Array.isArray(x) ? x.map((y) => cellText(k, y)).join('、') || '—' : cellText(k, x)}`).join('；');
  }
  return bundleValueText(field, v as string | number | boolean);
}

function body(d: BundleDocument): PdfContent[] {
  const rows = Object.entries(d.data as Record<string, unknown>).map(([k, v]) => [bundleFieldLabel(k), cellText(k, v)]);
  const amounts = d.kind === 'statement' ? [{ text: `合计 ${formatFen(Object.entries(d.data as Record<string, unknown>).filter(([k]) => k.endsWith('Fen')).reduce((s, [, v]) => s + Number(v), 0))}` }] : [];
  return [
    { text: `${d.seq}. ${d.title}`, style: 'title', pageBreak: 'before' },
    { text: `SHA-256 (${d.hashOf === 'file' ? '文件' : '本节数据'}): ${d.sha256}`, style: 'meta' },
    { table: { widths: [120, '*'], body: rows }, margin: [0, 8, 0, 0] },
    ...amounts,
  ];
}

/** The bundle's pdfmake definition: the index (seq, title, SHA-256), then each document on its own page. */
export function bundleDocDefinition(input: BundleInput): { documents: BundleDocument[]; doc: LetterDocDefinition } {
  const documents = bundleDocuments(input);
  const index: PdfContent = { table: { widths: [24, '*', 200], body: [['序号', '材料', 'SHA-256'], ...documents.map((d) => [String(d.seq), d.title, { text: d.sha256, fontSize: 6 }])] } };
  const doc: LetterDocDefinition = {
    pageSize: 'A4',
    pageOrientation: 'portrait',
    pageMargins: PAGE_MARGINS,
    info: { title: `证据材料 ${input.legalCase.caseNumber}`, author: input.bankName, subject: input.caseRecord.caseNumber, creator: 'Recovery Desk', creationDate: new Date(`${input.preparedOn}T00:00:00+08:00`) },
    defaultStyle: { font: LETTER_FONT, fontSize: 10 },
    styles: BASE_STYLES,
    content: [
      { text: input.bankName, style: 'bank' },
      { text: '证据材料', style: 'title' },
      { text: `${input.legalCase.forumName}  ${input.legalCase.caseNumber}  立案日期 ${input.legalCase.filedOn}  编制日期 ${input.preparedOn}`, style: 'meta' },
      { text: '证据目录', margin: [0, 12, 0, 4] },
      index,
      ...documents.flatMap(body),
    ],
    letterMeta: { footerLeft: `证据材料 ${input.legalCase.caseNumber}`, pagePattern: '第 {{page}} 页 / 共 {{pages}} 页' },
  };
  return { documents, doc: withFooter(doc) };
}

/** Every text the bundle prints (header, index, each document's table), for the font check. */
function printedText(input: BundleInput, documents: readonly BundleDocument[]): string {
  const cells = documents.flatMap((d) => [d.title, ...Object.entries(d.data as Record<string, unknown>).flatMap(([k, v]) => [bundleFieldLabel(k), cellText(k, v)])]);
  return [input.bankName, input.legalCase.forumName, input.legalCase.caseNumber, ...cells].join('\n');
}

/**
 * The letters' font check (shared/letters/glyphs.ts) on the bundle: characters the embedded font cannot draw
 * (a rare character in a name, an address) would print as blanks in a court file, so the bundle is refused
 * and the characters named.
 */
export function bundleMissingGlyphs(input: BundleInput): string[] {
  return missingGlyphs(printedText(input, bundleDocuments(input)));
}
