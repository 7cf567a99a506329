import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CN_2026, UK_FCA, US_REGF } from '../../../shared/compliance/packs';
import { checkWording } from '../../../shared/compliance/wording';
import { parseCorpus, scoreCorpus } from '../../../shared/compliance/wording/evaluate';
import { normaliseForMatching, originalSpan } from '../../../shared/compliance/wording/normalise';

const found = (text: string) => checkWording(CN_2026, text).map((f) => ({ ruleId: f.ruleId, phrase: f.phrase, index: f.index }));

describe('every evasion issue 17 lists is caught, and the finding points at the original text', () => {
  it.each([
    // Separators between the characters: space, full-width space, zero-width space and joiner, / and -.
    ['不还就等着坐 牢', 'cn.wording.legalConsequences', '坐 牢'],
    ['不还就等着坐\u3000牢', 'cn.wording.legalConsequences', '坐\u3000牢'],
    ['你就是个老\u200b赖', 'cn.wording.threatInsult', '老\u200b赖'],
    ['你就是个老\u200d赖', 'cn.wording.threatInsult', '老\u200d赖'],
    ['你会被拉进黑/名/单', 'cn.wording.fakeBlacklist', '拉进黑/名/单'],
    ['你会上黑-名-单', 'cn.wording.fakeBlacklist', '上黑-名-单'],
    ['等着 坐 - 牢 吧', 'cn.wording.legalConsequences', '坐 - 牢'],
    // Traditional characters.
    ['你已經進了黑名單', 'cn.wording.fakeBlacklist', '黑名單'],
    ['你就是個老賴', 'cn.wording.threatInsult', '老賴'],
    // Pinyin, full and initials, and mixed with characters.
    ['你就是个laolai', 'cn.wording.threatInsult', 'laolai'],
    ['等着zuolao吧', 'cn.wording.legalConsequences', 'zuolao'],
    ['等着 Zuo Lao 吧', 'cn.wording.legalConsequences', 'Zuo Lao'],
    ['你个ll', 'cn.wording.threatInsult', 'll'],
    ['你会上hmd', 'cn.wording.fakeBlacklist', 'hmd'],
    ['等着坐lao吧', 'cn.wording.legalConsequences', '坐lao'],
    // Homophones and look-alikes of the worst terms; full-width letters.
    ['你就是个佬赖', 'cn.wording.threatInsult', '佬赖'],
    ['你等着做牢吧', 'cn.wording.legalConsequences', '做牢'],
    ['再不还就进嘿名单', 'cn.wording.fakeBlacklist', '嘿名单'],
    ['你真是个ＬａｏＬａｉ', 'cn.wording.threatInsult', 'ＬａｏＬａｉ'],
    // Meaning in other words: third person, subject and verb apart, fees under another name, other verbs.
    ['警察明天就来抓他', 'cn.wording.legalConsequences', '警察明天就来抓他'],
    ['派出所已经在调查你了', 'cn.wording.legalConsequences', '派出所已经在调查'],
    ['找亲戚朋友借一借先把钱还上', 'cn.wording.borrowToRepay', '找亲戚朋友借一借先把钱还'],
    ['交点辛苦费我帮你处理', 'cn.wording.extraFees', '辛苦费'],
    ['我们会在电梯里贴你的照片', 'cn.wording.publicPosting', '电梯里贴你的照片'],
    ['我们会把他的欠款情况函告他所在单位', 'cn.wording.disclosure', '把他的欠款情况函告他所在单位'],
    ['我们会给你领导打电话', 'cn.wording.disclosure', '给你领导打电话'],
  ])('%s', (text, ruleId, phrase) => {
    const findings = found(text).filter((f) => f.ruleId === ruleId);
    expect(findings.map((f) => f.phrase)).toEqual([phrase]);
    const [f] = findings;
    expect(text.slice(f?.index, (f?.index ?? 0) + phrase.length)).toBe(phrase);
  });

  it.each([
    '我行不会将您的情况告诉您的单位',
    '本通知不会张贴',
    '我行不建议您通过网贷借钱还款',
    '客户称上次有人说要曝光他，已记录并上报',
    '请您告诉家人我行的客服电话',
    '逾期记录将按规定报送中国人民银行征信系统',
    '分期手续费按合同约定计收',
    '你是不是有其他困难，可以和我们说',
  ])('lawful: %s', (text) => {
    expect(checkWording(CN_2026, text)).toEqual([]);
  });

  it('English: spelt out, negated, third person', () => {
    expect(checkWording(UK_FCA, 'You will end up in j a i l').map((f) => f.phrase)).toEqual(['j a i l']);
    expect(checkWording(US_REGF, 'We will not tell your employer')).toEqual([]);
    expect(checkWording(US_REGF, 'Our agents will contact his parents about the arrears').map((f) => f.ruleId)).toEqual(['us.wording.disclosure']);
  });
});

describe('normalisation keeps an offset map to the original', () => {
  it('drops separators between Han characters only, for matching', () => {
    const n = normaliseForMatching('黑 / 名\u200b单 and a b');
    expect(n.text).toBe('黑名单 and a b');
    expect(originalSpan(n, 0, 3)).toEqual({ index: 0, end: 7 });
  });
  it('maps traditional and full-width characters one to one', () => {
    const n = normaliseForMatching('黑名單ＡＢ');
    expect(n.text).toBe('黑名单AB');
    expect(originalSpan(n, 3, 5)).toEqual({ index: 3, end: 5 });
  });
});

describe('the labelled corpus meets the targets (test/fixtures/wording; npm run bench -- wording prints them)', () => {
  const read = (name: string) => parseCorpus(readFileSync(new URL(`../../fixtures/wording/${name}`, import.meta.url), 'utf8'));
  const zh = read('zh.tsv');
  const en = read('en.tsv');
  it('has at least 400 Chinese and 100 English sentences', () => {
    expect(zh.length).toBeGreaterThanOrEqual(400);
    expect(en.length).toBeGreaterThanOrEqual(100);
  });
  it.each([
    ['cn-2026', CN_2026, [...zh, ...en]],
    ['uk-fca', UK_FCA, en],
    ['us-regf', US_REGF, en],
  ] as const)('%s: recall ≥ 0.95 and precision ≥ 0.97, per category and overall', (_, pack, sentences) => {
    const report = scoreCorpus(pack, sentences, { statuteBarred: true });
    expect(report.overall.recall).toBeGreaterThanOrEqual(0.95);
    expect(report.overall.precision).toBeGreaterThanOrEqual(0.97);
    for (const [category, s] of Object.entries(report.byCategory)) {
      expect(s.recall, category).toBeGreaterThanOrEqual(0.95);
      expect(s.precision, category).toBeGreaterThanOrEqual(0.97);
    }
  });
  it('refuses a corpus line with an unknown label, naming the line', () => {
    expect(() => parseCorpus('# c\nthreats\t你好')).toThrow();
    expect(() => parseCorpus('no tab here')).toThrow('corpus line 1');
  });
});
