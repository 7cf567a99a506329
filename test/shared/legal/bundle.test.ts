import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex, utf8ToBytes } from '@noble/hashes/utils.js';
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../shared/audit/canonicalJson';
import { bundleDocDefinition, bundleMissingGlyphs, type BundleInput } from '../../../shared/legal/bundle';
import { POPPLER, renderToPdf } from '../letters/fixture';
import { account, allParties, makeCase } from '../limitation/fixture';

const PDF_SHA = 'c'.repeat(64);
const c = makeCase([account('a1', '2024-03-15')], allParties());
c.parties[0]!.phones = [{ id: 'ph1', number: '13812345678', kind: 'mobile', source: 'core_banking', addedAt: '2026-01-01T00:00:00Z', retiredAt: null, retiredReason: null }];
const input: BundleInput = {
  caseRecord: c,
  bankName: '示例银行',
  legalCase: { caseNumber: '（2026）沪0115民初88号', forumName: '上海市浦东新区人民法院', filedOn: '2026-11-25', claim: { principalFen: 10_000_000, interestFen: 500_000, penaltyFen: 0, feesFen: 0 } },
  letters: [
    { id: 'l2', number: 'L-2', typeLabel: '最后催告函', recipientName: '张三', issueDate: '2026-10-01', pdfSha256: 'd'.repeat(64), delivery: { method: 'post', trackingNumber: 'EMS1', status: 'delivered', at: '2026-10-03T02:00:00Z', evidence: '签收' }, acknowledgement: { signedOn: '2026-10-03', signerType: 'self' } },
    { id: 'l1', number: 'L-1', typeLabel: '逾期贷款催收通知书', recipientName: '张三', issueDate: '2026-09-01', pdfSha256: PDF_SHA, delivery: { method: 'post', trackingNumber: null, status: 'posted', at: null, evidence: null }, acknowledgement: null },
  ],
  receipts: [{ id: 'r1', number: 'R-1', amountFen: 50_000, receivedAt: '2026-08-01T02:00:00Z', payerName: '张三' }],
  preparedOn: '2026-12-01',
};

describe('the evidence bundle (证据材料)', () => {
  it('indexes each document in order with its SHA-256: a letter by its PDF file, a section by its canonical data', () => {
    const { documents } = bundleDocDefinition(input);
    expect(documents.map((d) => [d.seq, d.kind, d.title])).toEqual([
      [1, 'contract_summary', '借款合同摘要'],
      [2, 'statement', '欠款明细（截至 2026-11-25）'],
      [3, 'letter', '逾期贷款催收通知书 L-1'],
      [4, 'letter', '最后催告函 L-2'],
      [5, 'acknowledgement', '回执 L-2'],
      [6, 'receipt', '收款收据 R-1'],
    ]);
    expect(documents[2]!.sha256).toBe(PDF_SHA);
    for (const d of documents.filter((x) => x.hashOf === 'section')) expect(d.sha256).toBe(bytesToHex(sha256(utf8ToBytes(canonicalJson(d.data)))));
  });

  it('the index in the PDF lists every document with its hash', () => {
    const { documents, doc } = bundleDocDefinition(input);
    const text = JSON.stringify(doc.content);
    for (const d of documents) expect(text).toContain(d.sha256);
  });

  it('is the same for the same inputs (no clock), and changes when a document does', () => {
    expect(JSON.stringify(bundleDocDefinition(input).doc.content)).toBe(JSON.stringify(bundleDocDefinition(input).doc.content));
    const changed = { ...input, receipts: [{ ...input.receipts[0]!, amountFen: 50_001 }] };
    expect(bundleDocDefinition(changed).documents[5]!.sha256).not.toBe(bundleDocDefinition(input).documents[5]!.sha256);
  });

  it('prints names and ID numbers in full for the court, and masks phone numbers', () => {
    const summary = JSON.stringify(bundleDocDefinition(input).documents[0]!.data);
    expect(summary).toContain(c.parties[0]!.idNumber);
    expect(summary).not.toContain('13812345678');
  });

  it('prints the addresses in use (the parties’ domiciles), not retired ones', () => {
    const withAddresses = structuredClone(input);
    const borrower = withAddresses.caseRecord.parties[0]!;
    const address = { source: 'core_banking' as const, addedAt: '2026-01-01T00:00:00Z', retiredReason: null, kind: 'home' as const, province: '上海市', city: '上海市', district: '浦东新区', postcode: '200120' };
    borrower.addresses = [
      { ...address, id: 'ad1', line: '世纪大道 100 号 1201 室', retiredAt: null },
      { ...address, id: 'ad2', line: '旧址路 1 号', retiredAt: '2026-02-01T00:00:00Z', retiredReason: '已搬离' },
    ];
    const text = JSON.stringify(bundleDocDefinition(withAddresses).doc.content);
    expect(text).toContain('上海市上海市浦东新区世纪大道 100 号 1201 室（200120）');
    expect(text).not.toContain('旧址路');
  });

  it('reads in Chinese for the court: fields by their names, codes as words, money in yuan; the hashed data keeps its codes', () => {
    const { documents, doc } = bundleDocDefinition(input);
    const printed = JSON.stringify(doc.content);
    for (const word of ['身份证号码', '身份：借款人', '保证人', '连带责任保证', '本金', '¥100,000.00', '签收人身份', '本人', '已送达', '收款时间']) expect(printed, word).toContain(word);
    for (const code of ['"idNumber"', 'role:', 'borrower', 'guarantor', 'principalFen', 'signerType', '"delivered"']) expect(printed, code).not.toContain(code);
    expect(JSON.stringify(documents[0]!.data)).toContain('"role":"borrower"');
  });

  it('renders to the same bytes for the same inputs, with the letters’ font; the preparation day changes them', async () => {
    const a = await renderToPdf(bundleDocDefinition(input).doc);
    const b = await renderToPdf(bundleDocDefinition(input).doc);
    expect(a.bytes.byteLength).toBeGreaterThan(1000);
    expect(Buffer.from(a.bytes).equals(Buffer.from(b.bytes))).toBe(true);
    const later = await renderToPdf(bundleDocDefinition({ ...input, preparedOn: '2026-12-02' }).doc);
    expect(Buffer.from(later.bytes).equals(Buffer.from(a.bytes))).toBe(false);
    if (POPPLER) {
      // the index and each document's hash are readable text in the PDF (a court clerk can copy them)
      for (const d of bundleDocDefinition(input).documents) expect(a.flat).toContain(d.sha256);
      expect(a.flat).toContain('证据目录');
      expect(a.pages).toBe(7); // the index, then six documents each on its own page
    }
  }, 30_000);

  it('is refused when the letters’ font cannot draw a character it would print', () => {
    expect(bundleMissingGlyphs(input)).toEqual([]);
    const rare = { ...input, receipts: [{ ...input.receipts[0]!, payerName: '张\u{2A6D7}' }] };
    expect(bundleMissingGlyphs(rare)).toEqual(['\u{2A6D7}']);
  });
});
