import { describe, expect, it } from 'vitest';
import { COMPOUND_SURNAMES, maskCardNumber, maskIdNumber, maskName, maskPhone } from '../../../shared/domain/masks';

describe('maskPhone', () => {
  it.each([
    // mobiles: first 3 + last 4, whatever the separators or country code
    ['13812341234', '138****1234'],
    ['138-1234-1234', '138-****-1234'],
    ['+8613812341234', '+86138****1234'],
    ['008613812341234', '0086138****1234'],
    // landlines and short numbers: at most half the digits, the last ones first
    ['021-58881234', '0**-****1234'],
    ['0755-12345678', '07**-****5678'],
    ['58881234', '****1234'],
    ['95588', '***88'],
    ['12812341234', '1******1234'], // 12x is no mobile prefix
    ['+44-20-7946-0958', '+44-**-****-0958'],
    ['１３８１２３４１２３４', '１******１２３４'], // full-width digits are masked too
    ['1', '*'],
    ['', ''],
  ])('%s -> %s', (phone, expected) => {
    expect(maskPhone(phone)).toBe(expected);
  });
});

describe('maskIdNumber', () => {
  it.each([
    ['110101199003071234', '110101********1234'],
    ['11010519491231002X', '110105********002X'],
    ['110105491231002', '110105*****1002'], // 15-digit first-generation number
    ['12345', '***45'], // garbage too short for 6 + 4: at most half
    ['', ''],
  ])('%s -> %s', (id, expected) => {
    expect(maskIdNumber(id)).toBe(expected);
  });
});

describe('maskCardNumber', () => {
  it.each([
    ['6222021234567890123', '622202*********0123'],
    ['4111111111111111', '411111******1111'],
    ['6222 0212 3456 7890', '6222 02** **** 7890'],
    ['62220212345678', '622202****5678'], // 14 digits: 4 still hidden
    ['4222222222222', '42*******2222'], // 13 digits: at most half
  ])('%s -> %s', (card, expected) => {
    expect(maskCardNumber(card)).toBe(expected);
  });
});

describe('maskName', () => {
  it.each([
    ['张三', '张*'],
    ['张三丰', '张**'],
    ['张', '*'],
    ['欧阳娜娜', '欧阳**'],
    ['欧阳娜', '欧阳*'],
    ['司马光', '司马*'],
    ['诸葛亮', '诸葛*'],
    ['上官婉儿', '上官**'],
    ['欧阳', '欧*'], // a bare compound surname still hides something
    ['阳欧娜', '阳**'], // compound only at the start
    // code points, not UTF-16 units: 𠮷 (U+20BB7) is one character
    ['𠮷', '*'],
    ['𠮷明', '𠮷*'],
    ['𠮷祥云', '𠮷**'],
    ['王𬱖', '王*'],
    ['刘䶮', '刘*'],
    ['葛\u{E0100}明', '葛\u{E0100}*'], // an ideographic variation selector stays with its character
    ['买买提·艾力', '买**·**'],
    ['Zhang San', 'Z**** ***'],
    ['', ''],
  ])('%s -> %s', (name, expected) => {
    expect(maskName(name)).toBe(expected);
  });

  it('keeps the length in characters', () => {
    for (const name of ['𠮷祥云', '欧阳娜娜', '王𬱖']) expect(Array.from(maskName(name))).toHaveLength(Array.from(name).length);
  });
});

describe('COMPOUND_SURNAMES', () => {
  it('has the common ones, each two characters, no duplicates', () => {
    for (const s of ['欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '长孙', '宇文', '司徒', '夏侯', '轩辕', '令狐', '钟离', '澹台', '公冶', '单于', '太史', '申屠'])
      expect(COMPOUND_SURNAMES).toContain(s);
    for (const s of COMPOUND_SURNAMES) expect(Array.from(s)).toHaveLength(2);
    expect(new Set(COMPOUND_SURNAMES).size).toBe(COMPOUND_SURNAMES.length);
  });
});
