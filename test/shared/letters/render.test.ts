import { beforeAll, describe, expect, it } from 'vitest';
import { CN_MAINLAND_CALENDAR } from '../../../shared/calendar';
import { generateCase } from '../../../shared/demo';
import type { Receipt, RepaymentPlan } from '../../../shared/fieldwork/records';
import {
  addressLabels,
  buildLetter,
  formatAddress,
  formatVerificationCode,
  mailingList,
  mergeLetters,
  type BuildResult,
  type LetterDocDefinition,
  type MailItem,
} from '../../../shared/letters';
import { BORROWER, EXPECTED, fixtureCase, fixtureInput, GUARANTOR, pdffonts, POPPLER, renderToPdf, type RenderedPdf } from './fixture';

/**
 * Real PDFs rendered with pdfmake and Source Han Sans SC, read back with pdftotext. Rendered once each in
 * beforeAll and shared by the assertions (a render takes a few hundred ms; the font is parsed per document).
 */
const issued = (r: BuildResult) => {
  if (!r.issued) throw new Error(`not issued: ${JSON.stringify(r.problems)}`);
  return r;
};

const RECEIPT: Receipt = {
  id: 'r1',
  number: 'SK-DK7Q2M-20261229-000045',
  caseId: 'case-1',
  payerName: BORROWER.name,
  amountFen: 1_262_523,
  method: 'cash',
  receivedAt: '2026-12-29T07:20:00Z',
  userId: 'o1',
  deviceId: 'DK7Q2M',
  voided: null,
};

const PLAN: RepaymentPlan = {
  id: 'plan-1',
  caseId: 'case-1',
  agreedTotalFen: 1_200_000,
  outstandingFen: 1_262_523,
  waiverFen: 62_523,
  downPaymentFen: 200_000,
  instalments: [
    { seq: 0, dueDate: '2027-01-05', amountFen: 200_000 },
    { seq: 1, dueDate: '2027-02-05', amountFen: 333_334 },
    { seq: 2, dueDate: '2027-03-05', amountFen: 333_333 },
    { seq: 3, dueDate: '2027-04-05', amountFen: 333_333 },
  ],
  kind: 'custom',
  createdAt: '2026-12-29T10:00:00+08:00',
  makerId: 'o1',
  approval: { status: 'approved', approverId: 's1', decidedAt: '2026-12-29T11:00:00+08:00', reason: null },
};

const DEBT_WORDS = /欠款|逾期|催收|贷款|债|debt|overdue|collection|loan/i;

/** Every string in a document definition (what pdfmake will print), for checks that need no PDF. */
function strings(x: unknown): string[] {
  if (typeof x === 'string') return [x];
  if (Array.isArray(x)) return x.flatMap(strings);
  if (x && typeof x === 'object') return Object.values(x).flatMap(strings);
  return [];
}

const demand = issued(buildLetter(fixtureInput()));
const copy = issued(buildLetter(fixtureInput({ copy: true })));
const preview = issued(buildLetter(fixtureInput({ preview: true })));
// Long enough that the seal box and the 回执 do not fit on the first page.
const long = issued(buildLetter(fixtureInput({ freeText: '如您对上述欠款金额或还款安排有任何疑问，请在工作时间内携带本人有效身份证件及本通知书前往我行任一营业网点咨询办理。'.repeat(2).slice(0, 100) })));
const paidDemand = issued(buildLetter(fixtureInput({ payments: [{ paidOn: '2026-12-28', source: 'receipt', reference: 'SK-310115-0001', amountFen: 100_000 }] })));
const guarantor = issued(buildLetter(fixtureInput({ type: 'guarantor_demand', partyId: GUARANTOR.id, guarantee: { allowed: true, code: 'within_period', daysLeft: 150 } })));
const receipt = issued(buildLetter(fixtureInput({ type: 'field_receipt', receipt: RECEIPT })));
const voided = issued(buildLetter(fixtureInput({ type: 'field_receipt', receipt: { ...RECEIPT, voided: { at: '2026-12-29T08:00:00Z', reason: '金额录入错误', userId: 'o1' } } })));
const plan = issued(buildLetter(fixtureInput({ type: 'plan_confirmation', plan: PLAN })));
const english = issued(buildLetter(fixtureInput({ language: 'en' })));

const pdf: Record<string, RenderedPdf> = {};

describe.skipIf(!POPPLER)('rendered letters (pdfmake + Source Han Sans SC, read with pdftotext)', () => {
  beforeAll(async () => {
    for (const [k, r] of Object.entries({ demand, copy, preview, paidDemand, long, guarantor, receipt, voided, plan, english })) pdf[k] = await renderToPdf(r.docDefinition);
  }, 60_000);

  it('demand notice: exact amounts in figures and capitals, as-of date, projected line, deadline', () => {
    const f = pdf.demand!.flat;
    expect(f).toContain('逾期贷款催收通知书');
    expect(f).toContain('合计（小写）¥12,650.23');
    expect(f).toContain(`合计（大写）${EXPECTED.totalCapitals}`);
    expect(f).toContain(`以上合计${EXPECTED.totalFigures}（大写：${EXPECTED.totalCapitals}）`);
    expect(f).toContain(`截至2026年12月25日合计${EXPECTED.asOfTotal}`);
    for (const [label, amount] of [['本金', '¥10,000.00'], ['利息', '¥1,500.00'], ['罚息', '¥800.00'], ['复利', '¥125.23'], ['费用', '¥200.00'], ['原始本金', '¥50,000.00']]) {
      expect(f).toContain(`${label}${amount}`);
    }
    expect(f).toContain('预计罚息（2026年12月25日至2026年12月30日）¥25.00');
    expect(f).toContain(`请您于${EXPECTED.deadline}前`);
    expect(demand.record.deadline).toBe('2027-01-07');
  });

  it('demand notice: number, notice count, code, recipient, masked ID, bank, channels, seal, 回执', () => {
    const f = pdf.demand!.flat;
    expect(f).toContain(`编号：${EXPECTED.number}`);
    expect(f).toContain('第2次通知');
    expect(demand.record.verificationCode).toMatch(/^[0-9A-Z]{8}$/);
    expect(f).toContain(`校验码：${formatVerificationCode(demand.record.verificationCode)}`);
    expect(f).toContain('上海市浦东新区张杨路500号12楼1201室');
    expect(f).toContain('邮编：200122');
    expect(f).toContain('310101********1234');
    expect(f).not.toContain('310101199001011234');
    expect(f).not.toContain('旧址路');
    expect(f).toContain('示例商业银行上海浦东支行');
    expect(f).toContain('联系电话：021-58880000');
    expect(f).toContain('异议受理电话：021-58881111');
    expect(f).toContain('查询及还款渠道：本行手机银行App；各营业网点柜面');
    expect(f).toContain('中华人民共和国民法典');
    expect(f).toContain('盖章处');
    expect(f).toContain('2026年12月30日');
    expect(f).toContain('回执');
    for (const s of ['签收人签字', '盖章或按指印', '签收日期', '□本人', '□同住成年亲属', '□授权代理人']) expect(f).toContain(s);
    expect(f).not.toMatch(/坐牢|拘留|黑名单/);
  });

  it('demand notice: one A4 page under 150 KB, Source Han Sans embedded as a subset, page number 1 / 1', () => {
    expect(pdf.demand!.pages).toBe(1);
    expect(pdf.demand!.bytes.length).toBeLessThan(150 * 1024);
    const fonts = pdffonts(pdf.demand!.path).split('\n').filter((l) => l.includes('SourceHanSans'));
    expect(fonts.length).toBeGreaterThanOrEqual(1);
    for (const line of fonts) {
      expect(line).toMatch(/^[A-Z]{6}\+SourceHanSansSC-/); // subset tag
      expect(line).toMatch(/CID Type 0C\s+Identity-H\s+yes\s+yes\s+yes/); // emb yes, sub yes, uni yes
    }
    expect(pdf.demand!.flat).toContain('1/1');
  });

  it('prints the rare-character name (𠮷 Ext B, 䶮 Ext A) with real glyphs that extract as text', () => {
    expect(pdf.demand!.text).toContain('𠮷䶮明');
    expect(pdf.demand!.flat).toContain('𠮷䶮明（证件号码：310101********1234）：');
  });

  it('a re-print is marked 副本 and keeps the number and the code', () => {
    expect(copy.record.copy).toBe(true);
    expect(copy.record.number).toBe(demand.record.number);
    expect(copy.record.verificationCode).toBe(demand.record.verificationCode);
    expect(pdf.copy!.flat).toContain('〔副本〕');
    expect(pdf.copy!.flat).toContain(`编号：${EXPECTED.number}`);
    expect(pdf.demand!.flat).not.toContain('副本');
  });

  it('a preview is marked 预览 未出具 on its pages (watermark and footer); the issued letter is not', () => {
    expect(preview.docDefinition.watermark?.text).toBe('预览 未出具');
    expect(pdf.preview!.flat).toContain('预览未出具'); // flat: whitespace removed
    expect(pdf.demand!.flat).not.toContain('预览');
    expect(demand.docDefinition.watermark).toBeUndefined();
  });

  it('the 回执 never stands alone on a page: when it does not fit, the seal box goes over with it', () => {
    expect(pdf.long!.pages).toBe(2);
    const pages = pdf.long!.text.split('\f').map((p) => p.replace(/\s+/g, ''));
    const ackPage = pages.findIndex((p) => p.includes('签收人签字'));
    expect(ackPage).toBe(1);
    expect(pages[ackPage]).toContain('盖章处');
    expect(pages[ackPage]).toContain('校验码');
  });

  it('a payment recorded after the snapshot is deducted, itemised with its date and receipt number', () => {
    const f = pdf.paidDemand!.flat;
    expect(f).toContain('减：2026年12月28日已还款（上门收款，收据SK-310115-0001）');
    expect(f).toContain('−¥1,000.00');
    expect(f).toContain('¥11,650.23');
    expect(f).toContain('人民币壹万壹仟陆佰伍拾元贰角叁分');
    expect(paidDemand.record.amounts?.totalFen).toBe(1_165_023);
    expect(pdf.demand!.flat).not.toContain('已还款（');
  });

  it('guarantor demand: to the guarantor, names the borrower and the guarantee articles, same amounts', () => {
    const f = pdf.guarantor!.flat;
    expect(f).toContain('担保人履行保证责任通知书');
    expect(f).toContain('李保国（证件号码：110105********2345）');
    expect(f).toContain('借款人𠮷䶮明');
    expect(f).toContain('第六百八十一条、第六百八十八条、第六百九十三条');
    expect(f).toContain(`合计（大写）${EXPECTED.totalCapitals}`);
    expect(f).toContain(`请您于${EXPECTED.deadline}前`);
    expect(f).toContain('北京市朝阳区建国路88号');
    expect(f).toContain('回执');
    expect(guarantor.record.partyId).toBe(GUARANTOR.id);
  });

  it('field receipt: receipt number, payer, amount in figures AND capitals, method, local time, collector', () => {
    const f = pdf.receipt!.flat;
    expect(f).toContain('收款收据');
    expect(f).toContain('收据编号SK-DK7Q2M-20261229-000045');
    expect(f).toContain('交款人𠮷䶮明');
    expect(f).toContain('金额（小写）¥12,625.23');
    expect(f).toContain('金额（大写）人民币壹万贰仟陆佰贰拾伍元贰角叁分');
    expect(f).toContain('交款方式现金');
    expect(f).toContain('收款时间2026年12月29日15:20'); // 07:20Z in Asia/Shanghai
    expect(f).toContain('收款人陈静');
    expect(receipt.record.number).toBe('SK-DK7Q2M-20261229-000045');
    expect(f).not.toContain('作废');
    expect(pdf.voided!.flat).toContain('〔作废〕本收据已作废：金额录入错误');
  });

  it('plan confirmation: every instalment with figures and capitals, and the agreed total', () => {
    const f = pdf.plan!.flat;
    expect(f).toContain('还款计划确认书');
    expect(f).toContain('首付2027年1月5日¥2,000.00人民币贰仟元整');
    expect(f).toContain('12027年2月5日¥3,333.34人民币叁仟叁佰叁拾叁元叁角肆分');
    expect(f).toContain('32027年4月5日¥3,333.33人民币叁仟叁佰叁拾叁元叁角叁分');
    expect(f).toContain('¥12,000.00人民币壹万贰仟元整'); // the total row (pdftotext puts its label before the head)
    expect(f).toMatch(/合计[^¥]{0,6}¥12,000\.00人民币壹万贰仟元整/);
    expect(f).toContain('共4期');
    expect(f).toContain('差额¥625.23');
  });

  it('English version: same amounts, capitals kept in Chinese', () => {
    const f = pdf.english!.flat;
    expect(f).toContain('NoticeofOverdueLoanRepayment');
    expect(f).toContain(`Thetotalis${EXPECTED.totalFigures}(${EXPECTED.totalCapitals})`);
    expect(f).toContain('by7January2027');
  });
});

describe.skipIf(!POPPLER)('batches', () => {
  const snapshotDate = '2026-11-20';
  const docs: LetterDocDefinition[] = [];
  const items: MailItem[] = [];
  for (let i = 0; docs.length < 50 && i < 80; i++) {
    const c = generateCase(20261123, i, { snapshotDate });
    const borrower = c.parties.find((p) => p.role === 'borrower');
    if (!borrower) continue;
    const r = buildLetter(
      fixtureInput({ case: c, partyId: borrower.id, issueDate: '2026-11-23', calendar: CN_MAINLAND_CALENDAR, serial: { branchCode: '310115', year: 2026, deviceCode: 'DK7Q2M', counter: i + 1 } }),
    );
    if (!r.issued) continue;
    docs.push(r.docDefinition);
    const address = borrower.addresses.find((a) => a.id === r.record.addressId);
    items.push({ number: r.record.number, recipientName: borrower.name, address: address ? formatAddress(address) : '', postcode: address?.postcode ?? '' });
  }
  const mail = { language: 'zh-CN' as const, senderName: '示例商业银行上海浦东支行', senderAddress: '上海市浦东新区世纪大道100号', date: '2026-11-23' };
  let merged: RenderedPdf;
  let labels: RenderedPdf;
  let list: RenderedPdf;
  beforeAll(async () => {
    merged = await renderToPdf(mergeLetters(docs));
    labels = await renderToPdf(addressLabels(items, mail));
    list = await renderToPdf(mailingList(items, mail));
  }, 60_000);

  it('50 letters make ONE PDF of at least 50 pages, each letter on its own pages, numbered per letter', () => {
    expect(docs.length).toBe(50);
    expect(merged.pages).toBeGreaterThanOrEqual(50);
    const pages = merged.text.split('\f').slice(0, -1);
    // Every letter starts on a new page with its bank header and title, and its footer restarts at 1.
    expect(pages.filter((p) => p.includes('逾期贷款催收通知书') && /编号：CS-/.test(p)).length).toBeGreaterThanOrEqual(50);
    const footers = pages.map((p) => /(\d+)\s*\/\s*(\d+)\s*$/.exec(p.trim())?.slice(1).map(Number));
    expect(footers.every((x) => x !== undefined)).toBe(true);
    const firsts = footers.filter((x) => x?.[0] === 1).length;
    expect(firsts).toBe(50);
    for (const x of footers) expect(x![1]).toBeLessThanOrEqual(3);
  });

  it('address labels and the mailing list carry no word about debt', () => {
    for (const doc of [addressLabels(items, mail), mailingList(items, mail)]) expect(strings(doc.content).join('\n')).not.toMatch(DEBT_WORDS);
    expect(labels.text).not.toMatch(DEBT_WORDS);
    expect(list.text).not.toMatch(DEBT_WORDS);
    expect(list.flat).toContain('邮寄清单');
    expect(list.flat).toContain(items[0]!.number);
    expect(list.flat).toContain(`共${items.length}件`);
    expect(labels.flat).toContain(`${items[0]!.recipientName}（收）`);
    expect(labels.flat).toContain(items[0]!.postcode);
  });

  it('a letter left out of a batch says why (no address)', () => {
    const c = fixtureCase({ parties: [{ ...BORROWER, addresses: [] }, GUARANTOR] });
    const r = buildLetter(fixtureInput({ case: c }));
    expect(r.issued).toBe(false);
    expect(r.problems.map((p) => p.code)).toEqual(['no_valid_address']);
  });
});
