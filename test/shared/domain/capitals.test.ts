import { describe, expect, it } from 'vitest';
import { toChineseCapitals } from '../../../shared/domain/capitals';
import { MoneyError } from '../../../shared/domain/money';

/**
 * Expected strings follow the 《支付结算办法》 attachment 《正确填写票据和结算凭证的基本规定》; the cases
 * quoted from it are marked. Where it allows two forms, the shorter one (no optional 零) is expected.
 */
describe('toChineseCapitals', () => {
  it.each([
    // zero and under a yuan: no 元 part
    [0, '人民币零元整'],
    [1, '人民币壹分'],
    [5, '人民币伍分'],
    [10, '人民币壹角整'],
    [23, '人民币贰角叁分'],
    [90, '人民币玖角整'],
    // 整 after 元 or 角, never after 分; 零 after 元 when 角 is zero and 分 is not
    [100, '人民币壹元整'],
    [105, '人民币壹元零伍分'],
    [120, '人民币壹元贰角整'],
    [123, '人民币壹元贰角叁分'],
    [32_504, '人民币叁佰贰拾伍元零肆分'], // handbook
    [1_640_902, '人民币壹万陆仟肆佰零玖元零贰分'], // handbook
    [10_000_001, '人民币壹拾万元零壹分'],
    // 壹拾, never a bare 拾
    [1_000, '人民币壹拾元整'],
    [1_100, '人民币壹拾壹元整'],
    [11_000, '人民币壹佰壹拾元整'],
    [10_000_000, '人民币壹拾万元整'],
    // one 零 for a run of zeros inside the number; none at the end of a group
    [100_500, '人民币壹仟零伍元整'],
    [140_950, '人民币壹仟肆佰零玖元伍角整'], // handbook (伍角, 整 optional)
    [600_714, '人民币陆仟零柒元壹角肆分'], // handbook
    [168_032, '人民币壹仟陆佰捌拾元叁角贰分'], // handbook, form without the optional 零
    [10_700_053, '人民币壹拾万柒仟元伍角叁分'], // handbook, form without the optional 零
    [1_000_500, '人民币壹万零伍元整'],
    [100_000_000, '人民币壹佰万元整'],
    [100_000_500, '人民币壹佰万零伍元整'],
    [1_010_101_000, '人民币壹仟零壹拾万壹仟零壹拾元整'],
    [1_000_000_000, '人民币壹仟万元整'],
    [10_000_000_000, '人民币壹亿元整'],
    [11_000_000_000, '人民币壹亿壹仟万元整'],
    [10_100_000_000, '人民币壹亿零壹佰万元整'],
    [10_010_000_000, '人民币壹亿零壹拾万元整'],
    [10_001_000_000, '人民币壹亿零壹万元整'],
    [20_000_030_000, '人民币贰亿零叁佰元整'],
    // the domain handbook's example
    [1_262_523, '人民币壹万贰仟陆佰贰拾伍元贰角叁分'],
    // large amounts: 10^12 fen, and above 亿 the count goes on with 万 (壹万亿)
    [1e12, '人民币壹佰亿元整'],
    [1e14, '人民币壹万亿元整'],
    [1e14 + 100, '人民币壹万亿零壹元整'],
    [1e14 + 1_000_000_000_000, '人民币壹万零壹佰亿元整'],
    [1e15, '人民币壹拾万亿元整'],
    [1_234_567_890_123_456, '人民币壹拾贰万叁仟肆佰伍拾陆亿柒仟捌佰玖拾万壹仟贰佰叁拾肆元伍角陆分'],
    [Number.MAX_SAFE_INTEGER, '人民币玖拾万零柒佰壹拾玖亿玖仟贰佰伍拾肆万柒仟肆佰零玖元玖角壹分'],
  ])('%i fen -> %s', (fen, expected) => {
    expect(toChineseCapitals(fen)).toBe(expected);
  });

  it.each([
    [1_262_523, '壹万贰仟陆佰贰拾伍元贰角叁分'],
    [0, '零元整'],
    [5, '伍分'],
  ])('without the 人民币 prefix: %i -> %s', (fen, expected) => {
    expect(toChineseCapitals(fen, { prefix: false })).toBe(expected);
    expect(toChineseCapitals(fen, { prefix: true })).toBe(`人民币${expected}`);
  });

  it.each([
    ['negative', -1, 'negative'],
    ['a fraction of a fen', 100.5, 'not_integer'],
    ['NaN', NaN, 'not_integer'],
    ['above MAX_SAFE_INTEGER', Number.MAX_SAFE_INTEGER + 1, 'too_large'],
  ])('rejects %s', (_name, fen, code) => {
    expect(() => toChineseCapitals(fen)).toThrow(MoneyError);
    expect(() => toChineseCapitals(fen)).toThrow(expect.objectContaining({ code }));
  });
});
