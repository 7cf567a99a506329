import { describe, expect, it } from 'vitest';
import { COMPLIANCE_LANGUAGES, messageTemplate } from '../../../shared/compliance/messages';
import { CN_2026 } from '../../../shared/compliance/packs/cn';
import { UK_FCA } from '../../../shared/compliance/packs/uk';
import { US_REGF } from '../../../shared/compliance/packs/us';
import type { Pack } from '../../../shared/compliance/packSchema';
import { checkWording } from '../../../shared/compliance/wording';

/** The parts of a finding a reviewer checks, in order. */
const found = (pack: Pack, text: string, context = {}) =>
  checkWording(pack, text, context).map(({ ruleId, category, phrase, index, action }) => ({ ruleId, category, phrase, index, action }));

describe('CN prohibited wording: each category, with the exact phrase and where it stands', () => {
  it.each([
    ['我是法院的，你再不还钱就麻烦了', 'cn.wording.impersonation', 'impersonation', '我是法院', 0, 'block'],
    ['您好，这里是北京市公安局，请配合调查', 'cn.wording.impersonation', 'impersonation', '这里是北京市公安局', 3, 'block'],
    ['我们代表人民法院通知你', 'cn.wording.impersonation', 'impersonation', '我们代表人民法院', 0, 'block'],
    ['再不还钱后果自负', 'cn.wording.threatInsult', 'threat_insult', '后果自负', 4, 'block'],
    ['你就是个老赖', 'cn.wording.threatInsult', 'threat_insult', '老赖', 4, 'block'],
    ['小心我弄死你', 'cn.wording.threatInsult', 'threat_insult', '弄死你', 3, 'block'],
    ['逾期将被拉入黑名单', 'cn.wording.fakeBlacklist', 'fake_blacklist', '拉入黑名单', 4, 'block'],
    ['马上会上征信黑名单', 'cn.wording.fakeBlacklist', 'fake_blacklist', '上征信黑名单', 3, 'block'],
    ['您将被列为失信被执行人', 'cn.wording.dishonestListClaim', 'fake_blacklist', '失信被执行人', 5, 'warn'],
    ['不还钱就等着坐牢吧', 'cn.wording.legalConsequences', 'legal_consequences', '坐牢', 6, 'block'],
    ['警察明天就来抓你', 'cn.wording.legalConsequences', 'legal_consequences', '警察明天就来抓你', 0, 'block'],
    ['可能会被刑事拘留', 'cn.wording.legalConsequences', 'legal_consequences', '刑事拘留', 4, 'block'],
    ['需要另外交500元手续费', 'cn.wording.extraFees', 'extra_fees', '另外交500元手续费', 2, 'block'],
    ['外访要收上门费', 'cn.wording.extraFees', 'extra_fees', '上门费', 4, 'block'],
    ['你可以借钱还给我们', 'cn.wording.borrowToRepay', 'borrow_to_repay', '借钱还', 3, 'block'],
    ['去网贷还一下', 'cn.wording.borrowToRepay', 'borrow_to_repay', '网贷还', 1, 'block'],
    ['用信用卡套现还款', 'cn.wording.borrowToRepay', 'borrow_to_repay', '用信用卡套现还', 0, 'block'],
    ['我们会告诉你单位', 'cn.wording.disclosure', 'disclosure_to_others', '告诉你单位', 3, 'block'],
    ['下周通知你亲友', 'cn.wording.disclosure', 'disclosure_to_others', '通知你亲友', 2, 'block'],
    ['让你同事知道你欠钱', 'cn.wording.disclosure', 'disclosure_to_others', '让你同事知道', 0, 'block'],
    ['我们会把催收函张贴在小区门口', 'cn.wording.publicPosting', 'public_posting', '把催收函张贴在小区', 3, 'block'],
    ['再不还就曝光你', 'cn.wording.publicPosting', 'public_posting', '曝光你', 4, 'block'],
  ])('%s -> %s %s', (text, ruleId, category, phrase, index, action) => {
    expect(found(CN_2026, text)).toEqual([{ ruleId, category, phrase, index, action }]);
    expect(text.slice(index, index + phrase.length)).toBe(phrase);
  });

  it('carries the sources of the rule', () => {
    const [finding] = checkWording(CN_2026, '你就是个老赖');
    expect(finding?.sources.map((s) => s.id)).toEqual(['cba-2026-conduct', 'cpm-art41', 'criminal-law-293-1']);
    expect(finding?.sources.find((s) => s.id === 'criminal-law-293-1')).toMatchObject({ binding: 'law', secondary: false });
    expect(finding?.messageKey).toBe('compliance.wording.threat_insult');
    for (const language of COMPLIANCE_LANGUAGES) expect(messageTemplate(language, finding?.messageKey ?? '')).toBeTruthy();
  });

  it('finds several phrases in one text, in order of position', () => {
    expect(found(CN_2026, '老赖，不还就坐牢，还要曝光你')).toEqual([
      { ruleId: 'cn.wording.threatInsult', category: 'threat_insult', phrase: '老赖', index: 0, action: 'block' },
      { ruleId: 'cn.wording.legalConsequences', category: 'legal_consequences', phrase: '坐牢', index: 6, action: 'block' },
      { ruleId: 'cn.wording.publicPosting', category: 'public_posting', phrase: '曝光你', index: 11, action: 'block' },
    ]);
  });

  it('finds the same phrase every time it occurs', () => {
    expect(found(CN_2026, '老赖就是老赖').map((f) => f.index)).toEqual([0, 4]);
  });

  it.each([
    '您好，您的信用卡已逾期 35 天，请于 2026年11月30日 前还款。如有疑问请致电 95588。',
    '本期贷款还款日为每月 5 日，可通过手机银行、柜台或自动扣款还款。',
    '如对欠款有异议，请携带相关证据与我行联系，我行将在核实后答复。',
    '客户承诺 11 月 30 日前还款 3,000 元。',
    'Your arrears are three months. Please contact us to discuss a repayment plan.',
  ])('passes clean text: %s', (text) => {
    expect(checkWording(CN_2026, text)).toEqual([]);
  });

  it('checks English notes too', () => {
    expect(found(CN_2026, 'We will tell your employer about this. The police will arrest you.')).toEqual([
      { ruleId: 'cn.wording.disclosure', category: 'disclosure_to_others', phrase: 'We will tell your employer', index: 0, action: 'block' },
      { ruleId: 'cn.wording.legalConsequences', category: 'legal_consequences', phrase: 'arrest', index: 55, action: 'block' },
    ]);
  });
});

describe('UK and US prohibited wording', () => {
  it.each([
    [UK_FCA, 'We are bailiffs and will arrest you', [
      { ruleId: 'uk.wording.misrepresentAuthority', category: 'impersonation', phrase: 'We are bailiffs', index: 0, action: 'block' },
      { ruleId: 'uk.wording.criminalProceedings', category: 'legal_consequences', phrase: 'arrest', index: 25, action: 'block' },
    ]],
    [UK_FCA, "We'll tell your neighbours you owe us", [
      { ruleId: 'uk.wording.disclosure', category: 'disclosure_to_others', phrase: "We'll tell your neighbours", index: 0, action: 'block' },
    ]],
    [UK_FCA, 'You will be blacklisted', [
      { ruleId: 'uk.wording.blacklist', category: 'fake_blacklist', phrase: 'blacklisted', index: 12, action: 'warn' },
    ]],
    [UK_FCA, 'Borrow from a friend to pay this today', [
      { ruleId: 'uk.wording.borrowToRepay', category: 'borrow_to_repay', phrase: 'Borrow from a friend to pay', index: 0, action: 'block' },
    ]],
    [US_REGF, "this is the police, you'll go to jail", [
      { ruleId: 'us.wording.impersonation', category: 'impersonation', phrase: 'this is the police', index: 0, action: 'block' },
      { ruleId: 'us.wording.arrest', category: 'legal_consequences', phrase: 'jail', index: 33, action: 'block' },
    ]],
    [US_REGF, "We're going to tell your boss", [
      { ruleId: 'us.wording.disclosure', category: 'disclosure_to_others', phrase: "We're going to tell your boss", index: 0, action: 'block' },
    ]],
    [US_REGF, 'We will post your debt on Facebook', [
      { ruleId: 'us.wording.publicPosting', category: 'public_posting', phrase: 'post your debt on Facebook', index: 8, action: 'block' },
    ]],
    [US_REGF, 'Pay now, you deadbeat', [
      { ruleId: 'us.wording.threats', category: 'threat_insult', phrase: 'deadbeat', index: 13, action: 'block' },
    ]],
  ] as const)('%#: %s', (pack, text, expected) => {
    expect(found(pack, text)).toEqual(expected);
  });

  it('has nothing Chinese hard-coded: the UK and US packs do not flag Chinese text', () => {
    const text = '不还钱就等着坐牢吧，老赖';
    expect(found(CN_2026, text).map((f) => f.phrase)).toEqual(['坐牢', '老赖']);
    expect(checkWording(UK_FCA, text)).toEqual([]);
    expect(checkWording(US_REGF, text)).toEqual([]);
  });

  it('does not take "arrears" for "arrest"', () => {
    expect(checkWording(UK_FCA, 'Your arrears are £300; arrears letters follow.')).toEqual([]);
  });

  describe('court threats on a statute-barred debt', () => {
    const text = 'We will take you to court';
    it.each([
      [UK_FCA, { statuteBarred: true }, ['uk.wording.statuteBarredCourtThreat']],
      [UK_FCA, {}, ['uk.wording.statuteBarredCourtThreat']], // unknown: checked, not skipped
      [UK_FCA, { statuteBarred: false }, []],
      [US_REGF, { statuteBarred: true }, ['us.wording.timeBarredSuit']],
      [US_REGF, { statuteBarred: false }, []],
      [CN_2026, { statuteBarred: true }, []], // the CN pack has no such rule
    ] as const)('%#: %o', (pack, context, ids) => {
      const findings = checkWording(pack, text, context);
      expect(findings.map((f) => f.ruleId)).toEqual(ids);
      if (ids.length > 0) expect(findings[0]).toMatchObject({ phrase: 'take you to court', index: 8, category: 'statute_barred_court_threat' });
    });
  });
});
