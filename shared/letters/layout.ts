import { toChineseCapitals } from '../domain/capitals';
import { formatFen, sumFen } from '../domain/money';
import { formatLetterDate, label } from './render';
import { COMPONENTS, componentTotal, type Component } from './amounts';
import type { LetterModel, RenderedParagraph } from './prepare';
import { receiptTime } from './prepare';
import { STRONG, type PdfContent, type PdfNode } from './pdf';
import { formatVerificationCode } from './serial';
import type { AccountLines, LetterAmounts } from './types';

/** pdfmake content for the parts of a letter. Pure functions of the prepared model. */

/** Tight rows, a rule under the head and at the end, hairlines between: an amounts table fits a one-page letter. */
export const TABLE_LAYOUT = {
  hLineWidth: (i: number, node: { table: { body: unknown[]; headerRows?: number } }) =>
    i === 0 || i === node.table.body.length || i === (node.table.headerRows ?? 0) ? 0.8 : 0.25,
  vLineWidth: () => 0,
  hLineColor: () => '#666666',
  paddingLeft: () => 3,
  paddingRight: () => 3,
  paddingTop: () => 1,
  paddingBottom: () => 1,
};

const para = (p: RenderedParagraph): PdfNode => ({ text: p.text, style: 'body', ...(p.emphasis ? { color: '#000000', decoration: 'underline', decorationColor: '#999999' } : {}) });

export function headerBlock(m: LetterModel, copy: boolean): PdfContent[] {
  const l = m.labels;
  const vars = { ...m.vars, noticeCount: String(m.input.noticeCount) };
  const out: PdfContent[] = [
    { text: label(l.bankHeader, vars), style: 'bank' },
    {
      text: copy ? [m.title, { text: `  〔${l.copyMark}〕`, style: 'mark' }] : m.title,
      style: 'title',
    },
  ];
  return out;
}

/** The number and notice count at the right; at the left the recipient block (a window envelope shows it). */
export function recipientBlock(m: LetterModel): PdfContent[] {
  const l = m.labels;
  const vars = { ...m.vars, noticeCount: String(m.input.noticeCount) };
  const right: PdfContent[] = [{ text: label(l.numberLabel, vars), style: 'meta', alignment: 'right' }];
  if (m.template?.hasDeadline) right.push({ text: label(l.noticeCount, vars), style: 'meta', alignment: 'right' });
  const left: PdfContent[] =
    m.address && m.recipient
      ? [
          { text: m.recipient.name },
          { text: m.addressText },
          { text: m.input.language === 'zh-CN' ? `邮编：${m.address.postcode}` : `Postcode ${m.address.postcode}` },
        ]
      : [];
  return [{ columns: [{ width: '*', stack: left, style: 'recipient' }, { width: 'auto', stack: right, margin: [8, 4, 0, 0] }], margin: [0, 2, 0, 2] }];
}

const COMPONENT_LABEL: Record<Component, keyof LetterModel['labels']> = {
  principalFen: 'principal',
  interestFen: 'interest',
  penaltyFen: 'penalty',
  compoundFen: 'compound',
  feesFen: 'fees',
  projectedPenaltyFen: 'projectedPenalty',
};

const money = (fen: number): PdfNode => ({ text: formatFen(fen), alignment: 'right', style: 'td' });

/** The itemised table: one row per component (each its own line), one column per account (3 at most), and totals. */
export function amountsTable(m: LetterModel, amounts: LetterAmounts): PdfContent[] {
  const l = m.labels;
  const lang = m.input.language;
  const d = (x: string) => formatLetterDate(x, lang);
  const chunks: AccountLines[][] = [];
  for (let i = 0; i < amounts.perAccount.length; i += 3) chunks.push(amounts.perAccount.slice(i, i + 3));
  const single = chunks.length === 1;
  const paren = (a: string, b: string) => (lang === 'zh-CN' ? `${a}（${b}）` : `${a} (${b})`);
  const out: PdfContent[] = [];
  for (const chunk of chunks) {
    const showTotal = single && chunk.length > 1;
    const head: PdfNode[] = [{ text: l.item, style: 'th' }, ...chunk.map((a) => ({ text: single && chunk.length === 1 ? `${l.contract} ${a.contractNumber}` : `${l.contract}\n${a.contractNumber}`, style: 'th', alignment: 'right' }))];
    if (showTotal) head.push({ text: l.total, style: 'th', alignment: 'right' });
    const rows: PdfNode[][] = [head];
    rows.push([{ text: l.originalPrincipal, style: 'td' }, ...chunk.map((a) => money(a.originalPrincipalFen)), ...(showTotal ? [{ text: '', style: 'td' }] : [])]);
    for (const c of COMPONENTS) {
      const projected = c === 'projectedPenaltyFen';
      const from = chunk[0]?.snapshotDate ?? amounts.asOfDate;
      const name = projected ? label(l.projectedPenalty, { from: d(from), to: d(amounts.letterDate) }) : (l[COMPONENT_LABEL[c]] as string);
      rows.push([
        { text: name, style: 'td', italics: projected },
        ...chunk.map((a) => money(a[c])),
        ...(showTotal ? [money(componentTotal({ ...amounts, perAccount: chunk }, c))] : []),
      ]);
    }
    rows.push([
      { text: l.accountTotal, style: 'td' },
      ...chunk.map((a) => money(a.totalFen)),
      ...(showTotal ? [money(sumFen(chunk.map((a) => a.totalFen)))] : []),
    ]);
    const cols = chunk.length + (showTotal ? 1 : 0);
    const colWidth = cols === 1 ? 200 : 104;
    out.push({ table: { headerRows: 1, dontBreakRows: true, widths: ['*', ...Array.from({ length: cols }, () => colWidth)], body: rows }, layout: TABLE_LAYOUT, margin: [0, 2, 0, 2] });
  }
  // The grand total, in figures and in capitals, each on its own line.
  const totalRows = (text: string, value: string, bold: boolean): PdfNode[] => [{ text, style: 'td', ...(bold ? STRONG : {}) }, { text: value, style: 'td', ...(bold ? STRONG : {}), alignment: 'right' }];
  out.push({
    table: {
      widths: ['*', 'auto'],
      body: [
        totalRows(label(l.asOfTotal, { asOfDate: d(amounts.asOfDate) }), formatFen(amounts.asOfTotalFen), false),
        ...(amounts.paidSince ?? []).map((p) =>
          totalRows(label(l.paidSince, { date: d(p.paidOn), source: l.paidSource[p.source] ?? p.source, reference: p.reference ? ` ${p.reference}` : '' }), `−${formatFen(p.amountFen)}`, false),
        ),
        totalRows(paren(l.total, l.amountInFigures), formatFen(amounts.totalFen), true),
        totalRows(paren(l.total, l.amountInCapitals), toChineseCapitals(amounts.totalFen), true),
      ],
    },
    layout: TABLE_LAYOUT,
    margin: [0, 0, 0, 2],
  });
  const paidNote = amounts.paidSince?.length ? label(l.paidNote, { letterDate: d(amounts.letterDate) }) : '';
  out.push({ text: `${label(l.asOf, { asOfDate: d(amounts.asOfDate) })}${lang === 'zh-CN' ? '。' : '. '}${l.projectedNote}${paidNote}`, style: 'small', margin: [0, 0, 0, 4] });
  return out;
}

export function paragraphs(list: RenderedParagraph[]): PdfContent[] {
  return list.filter((p) => p.text.trim() !== '').map(para);
}

export function freeTextBlock(m: LetterModel): PdfContent[] {
  const t = m.input.freeText?.trim();
  if (!t) return [];
  return [{ text: [{ text: `${m.labels.freeTextTitle}：` }, t], style: 'body' }];
}

/** Branch, date and the bordered seal box (盖章处); the verification code at the left. */
export function signatureBlock(m: LetterModel, beside: RenderedParagraph[] = []): PdfContent[] {
  const l = m.labels;
  const t = m.template;
  const codeLine = m.verificationCode ? label(l.verificationCode, { code: formatVerificationCode(m.verificationCode) }) : '';
  const templateLine = t ? label(l.templateLabel, { templateId: t.id, templateVersion: t.version }) : '';
  return [
    {
      unbreakable: true,
      margin: [0, 2, 0, 0],
      columns: [
        {
          width: '*',
          stack: [...paragraphs(beside), { text: `${codeLine}    ${templateLine}`, style: 'meta', margin: [0, 2, 0, 0] }],
          margin: [0, 0, 12, 0],
        },
        {
          width: 170,
          stack: [
            {
              // The published seal or logo when the letterhead has one; otherwise the empty box for a wet seal.
              table: {
                widths: [150],
                heights: [48],
                body: [[m.input.branch.seal ? { image: m.input.branch.seal, fit: [140, 44], alignment: 'center' } : { text: l.sealArea, color: '#999999', fontSize: 9, alignment: 'center', margin: [0, 16, 0, 0] }]],
              },
            },
            { text: m.input.branch.name, alignment: 'center', margin: [0, 4, 0, 0], fontSize: 10 },
            { text: formatLetterDate(m.input.issueDate, m.input.language), alignment: 'center', fontSize: 10 },
          ],
        },
      ],
    },
  ];
}

/** The 回执: cut line, statement of receipt, signature, seal or fingerprint, date, and who signed. */
export function acknowledgementBlock(m: LetterModel): PdfContent[] {
  const l = m.labels;
  const vars = { ...m.vars, title: m.title };
  const box = '□';
  return [
    {
      unbreakable: true,
      margin: [0, 6, 0, 0],
      stack: [
        { canvas: [{ type: 'line', x1: 0, y1: 2, x2: 459, y2: 2, lineWidth: 0.5, dash: { length: 3 }, lineColor: '#999999' }], margin: [0, 0, 0, 2] },
        { text: l.ackTitle, style: 'ackTitle' },
        { text: label(l.ackText, vars), style: 'body' },
        {
          columns: [
            { text: l.ackSignature, style: 'body', width: '*' },
            { text: l.ackSealOrFingerprint, style: 'body', width: '*' },
            { text: l.ackDate, style: 'body', width: 'auto' },
          ],
          margin: [0, 2, 0, 8],
        },
        {
          columns: [
            { text: [l.ackSignerType, `${box} ${l.ackSelf}    ${box} ${l.ackRelative}    ${box} ${l.ackAgent}`], style: 'body', width: '*' },
            { text: label(l.ackNumber, vars), style: 'meta', alignment: 'right', width: 'auto', margin: [0, 2, 0, 0] },
          ],
        },
      ],
    },
  ];
}

export function instalmentsTable(m: LetterModel): PdfContent[] {
  const plan = m.input.plan;
  if (!plan) return [];
  const l = m.labels;
  const lang = m.input.language;
  const body: PdfNode[][] = [[
    { text: l.instalmentSeq, style: 'th' },
    { text: l.instalmentDue, style: 'th' },
    { text: l.instalmentAmount, style: 'th', alignment: 'right' },
    { text: l.amountInCapitals, style: 'th' },
  ]];
  for (const i of plan.instalments) {
    body.push([
      { text: i.seq === 0 ? l.downPayment : String(i.seq), style: 'td' },
      { text: formatLetterDate(i.dueDate, lang), style: 'td' },
      money(i.amountFen),
      { text: toChineseCapitals(i.amountFen), style: 'td' },
    ]);
  }
  body.push([
    { text: l.total, style: 'td', ...STRONG },
    { text: '', style: 'td' },
    { ...money(plan.agreedTotalFen), ...STRONG },
    { text: toChineseCapitals(plan.agreedTotalFen), style: 'td', ...STRONG },
  ]);
  return [{ table: { headerRows: 1, dontBreakRows: true, widths: [48, 100, 90, '*'], body }, layout: TABLE_LAYOUT, margin: [0, 2, 0, 6] }];
}

export function borrowerSignatureBlock(m: LetterModel): PdfContent[] {
  const l = m.labels;
  return [{ columns: [{ text: l.borrowerSignature, style: 'body' }, { text: l.ackDate, style: 'body' }], margin: [0, 14, 0, 4] }];
}

/** 收款收据: number, payer, amount in figures AND capitals, method, time, collector; a void receipt says so. */
export function receiptBlock(m: LetterModel): PdfContent[] {
  const r = m.input.receipt;
  if (!r) return [];
  const l = m.labels.receipt;
  const lang = m.input.language;
  const tz = m.input.case.timeZone;
  const row = (k: string, v: string, bold = false): PdfNode[] => [{ text: k, style: 'td' }, { text: v, style: 'td', ...(bold ? STRONG : {}) }];
  const collector = m.input.collectorName ?? m.input.case.assignment.officerName ?? r.userId;
  const body: PdfNode[][] = [
    row(l.number, r.number),
    row(l.payer, r.payerName),
    row(l.amount, formatFen(r.amountFen), true),
    row(l.amountCapitals, toChineseCapitals(r.amountFen), true),
    row(l.method, l.methods[r.method] ?? r.method),
    ...(r.chequeNumber ? [row(l.cheque, r.chequeNumber)] : []),
    row(l.receivedAt, receiptTime(r.receivedAt, tz, lang)),
    row(l.collector, collector),
    row(l.caseNumber, m.input.case.caseNumber),
    row(l.contracts, m.accounts.map((a) => a.contractNumber).join(lang === 'zh-CN' ? '、' : ', ')),
  ];
  const out: PdfContent[] = [];
  if (r.voided) {
    out.push({ text: `〔${m.labels.voidMark}〕 ${label(l.voided, { reason: r.voided.reason, at: receiptTime(r.voided.at, tz, lang) })}`, style: 'mark', margin: [0, 2, 0, 4] });
  }
  out.push({ table: { widths: [110, '*'], body }, layout: TABLE_LAYOUT, margin: [0, 4, 0, 6] });
  out.push({ text: l.note, style: 'small', margin: [0, 0, 0, 6] });
  out.push({ columns: [{ text: l.payerSignature, style: 'body' }, { text: l.collectorSignature, style: 'body' }], margin: [0, 8, 0, 0] });
  return out;
}
