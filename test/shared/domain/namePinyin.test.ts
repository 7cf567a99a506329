import { describe, expect, it } from 'vitest';
import { EMPTY_FILTERS, queryCaseRows, type CaseQuery } from '../../../shared/domain/caseQuery';
import { summarizeCase } from '../../../shared/domain/caseSummary';
import { PinyinIndex, pinyinKeysOf, pinyinKeysText, pinyinNeedle } from '../../../shared/domain/namePinyin';
import { makeCase } from '../../fixtures/cases';

describe('pinyin keys of a name', () => {
  it.each([
    ['张三', ['zhangsan', 'zs']],
    ['欧阳娜娜', ['ouyangnana', 'oynn']],
    // Surnames read as surnames, not as the common word: 单 shàn, 曾 zēng, 解 xiè.
    ['单雄信', ['shanxiongxin', 'sxx']],
    ['曾小贤', ['zengxiaoxian', 'zxx']],
    ['解缙', ['xiejin', 'xj']],
    // ü is typed v.
    ['吕布', ['lvbu', 'lb']],
    // A one-syllable name: the initial is a key of its own.
    ['李', ['li', 'l']],
    ['Tom Lee', []],
    ['', []],
  ])('%s → %j', (name, keys) => {
    expect(pinyinKeysOf(name)).toEqual(keys);
  });

  it('keeps each key once, each after a space, for several names', () => {
    expect(pinyinKeysText(['张三', '张三', '李四'])).toBe(' zhangsan zs lisi ls');
  });

  it.each([
    ['zhangsan', ' zhangsan'],
    ['zhang san', ' zhangsan'],
    ["xi'an", ' xian'],
    ['zs', ' zs'],
    ['z', null],
    ['张三', null],
    ['6222', null],
    ['ht2025', null],
  ])('the search %j asks the keys for %j', (typed, query) => {
    expect(pinyinNeedle(typed)).toBe(query);
  });

  it('matches the start of a key only, and never across rows', () => {
    // Rows: 张三丰; a row stored before the keys existed; 李四 with guarantor 冯华.
    const index = new PinyinIndex([pinyinKeysText(['张三丰']), undefined, pinyinKeysText(['李四', '冯华'])]);
    const rows = (typed: string) => [...index.hits(pinyinNeedle(typed)!)];
    expect(rows('zhangsan')).toEqual([1, 0, 0]);
    expect(rows('zsf')).toEqual([1, 0, 0]);
    expect(rows('zs')).toEqual([1, 0, 0]);
    expect(rows('sanfeng')).toEqual([0, 0, 0]);
    expect(rows('feng')).toEqual([0, 0, 1]);
    expect(rows('fh')).toEqual([0, 0, 1]);
    expect(rows('li')).toEqual([0, 0, 1]);
    // 'zsf' ends row 1 and 'lisi' starts row 3: no match runs from one into the next.
    expect(rows('zsflisi')).toEqual([0, 0, 0]);
  });
});

describe('the case list searched the way staff type', () => {
  const rows = [
    summarizeCase(makeCase(1, { name: '张三' })),
    summarizeCase(makeCase(2, { name: '张珊珊' })),
    summarizeCase(makeCase(3, { name: '李四' })),
    summarizeCase(makeCase(4, { name: '曾小贤' })),
  ];
  const found = (search: string) => queryCaseRows(rows, { filters: EMPTY_FILTERS, search, sort: { column: 'caseNumber', direction: 'asc' } } satisfies CaseQuery).map((r) => r.borrowerName);

  it.each([
    ['zhangsan', ['张三']],
    ['ZhangSan', ['张三']],
    // Initials match as they are typed: zs is the start of 张珊珊's zss too.
    ['zs', ['张三', '张珊珊']],
    ['zss', ['张珊珊']],
    ['zhang', ['张三', '张珊珊']],
    ['zhangshan', ['张珊珊']],
    ['ls', ['李四']],
    ['zengxiaoxian', ['曾小贤']],
    ['zx', ['曾小贤']],
    ['张三', ['张三']],
    ['wangwu', []],
  ])('%s finds %j', (search, names) => {
    expect(found(search)).toEqual(names);
  });
});
