import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { CN_2026, UK_FCA, US_REGF } from '../../../shared/compliance/packs';
import { checkWording } from '../../../shared/compliance/wording';
import { compileSense } from '../../../shared/compliance/wording/compile';
import { categoriesOf, parseCorpus, scoreCorpus } from '../../../shared/compliance/wording/evaluate';
import { normaliseForMatching } from '../../../shared/compliance/wording/normalise';
import { SENSE_LIST } from '../../../shared/compliance/wording/senses';

/**
 * What the wording check does with a sentence's structure, beyond its terms (docs/compliance.md, "Prohibited
 * wording"): who is the subject, what a negator governs, how far a window runs, and what the normaliser keeps.
 */
const categories = (text: string, pack = CN_2026) => [...new Set(checkWording(pack, text, { statuteBarred: true }).map((f) => f.category))];

describe('Chinese: subject, negation and window', () => {
  it.each([
    // A passive subject is not the debtor speaking: 客户被要求… is what we did.
    ['客户被要求支付 300 元上门费', ['extra_fees']],
    ['客户表示有人向他收取上门费，已登记', []],
    // 不…吗？ asks the debtor to do it; a plain 不 does not.
    ['你就不会找人借吗？', ['borrow_to_repay']],
    ['我们不会建议您找人借钱还款', []],
    // A negator governs every object joined by 或/和.
    ['我们不会建议您借网贷或信用卡套现还款', []],
    // 要不 ("how about") is no negation.
    ['要不我们告诉你单位', ['disclosure_to_others']],
    // A pronoun after a question names the person in it; a full stop ends the window.
    ['你老公知道你欠钱吗？我们可以告诉他', ['disclosure_to_others']],
    ['您老公已经来过电话。我们可以告诉他还款渠道', []],
    // 失信被执行人 is a real court list: lawful when said with its condition, a warning when not.
    ['判决生效后拒不履行的，法院可依法将其纳入失信被执行人名单', []],
    ['逾期就会被列入失信被执行人名单', ['fake_blacklist']],
    // A bare 不能 needs its object: a child's career is not a credit claim.
    ['你孩子以后不能当兵', ['legal_consequences']],
  ] as const)('%s → %j', (text, expected) => {
    expect(categories(text)).toEqual(expected);
  });
});

describe('English: suggestions, subjects and reported words', () => {
  it.each([
    ["Why don't you get a payday loan and clear this today", ['borrow_to_repay']],
    ['Could you not ask a friend to lend you the money?', ['borrow_to_repay']],
    ["Please don't feel pressured to borrow money to pay us", []],
    ['Nothing about this debt will be shared on social media', []],
    ['Customer called me a liar and hung up', []],
    ['Beware of callers claiming to be from the court', []],
  ] as const)('%s → %j', (text, expected) => {
    // The US pack has no borrowing rule (Regulation F has none): it expects only what it has rules for.
    for (const pack of [CN_2026, UK_FCA, US_REGF]) expect(categories(text, pack)).toEqual(expected.filter((c) => categoriesOf(pack).has(c)));
  });
});

describe('the normaliser', () => {
  it('keeps a contraction: an apostrophe does not join spelt-out letters', () => {
    expect(normaliseForMatching("I'm a court officer").text).toBe("I'm a court officer");
    expect(normaliseForMatching('j a i l').text).toBe('jail');
  });
});

describe('a text without Latin letters is matched by the smaller pattern, with the same result', () => {
  const hanOnly = parseCorpus(readFileSync(new URL('../../fixtures/wording/zh.tsv', import.meta.url), 'utf8'))
    .map((s) => normaliseForMatching(s.text).text)
    .filter((t) => !/[a-z]/i.test(t));
  it.each(SENSE_LIST.filter((s) => s.language === 'zh').map((s) => [s.id, s] as const))('%s', (_, sense) => {
    for (const p of compileSense(sense)) {
      for (const text of hanOnly) {
        const all = [...text.matchAll(p.regex)].map((m) => [m.index, m[0]]);
        const han = [...text.matchAll(p.hanOnly)].map((m) => [m.index, m[0]]);
        expect(han, `${p.regex.source.slice(0, 40)} on ${text}`).toEqual(all);
      }
    }
  });
});

describe('the held-out rounds stay caught once the rules were tuned on them (test/fixtures/wording/heldout)', () => {
  const read = (dir: string, name: string) => parseCorpus(readFileSync(new URL(`../../fixtures/wording/heldout/${dir}${name}`, import.meta.url), 'utf8'));
  it.each([[''], ['round2/'], ['round3/']])('heldout/%s', (dir) => {
    const zh = read(dir, 'zh.tsv');
    const en = read(dir, 'en.tsv');
    for (const [pack, sentences] of [
      [CN_2026, [...zh, ...en]],
      [UK_FCA, en],
      [US_REGF, en],
    ] as const) {
      const report = scoreCorpus(pack, sentences, { statuteBarred: true });
      expect(report.overall.recall, pack.meta.id).toBeGreaterThanOrEqual(0.95);
      expect(report.overall.precision, pack.meta.id).toBeGreaterThanOrEqual(0.97);
    }
  });
});
