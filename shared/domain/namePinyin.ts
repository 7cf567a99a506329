import { pinyin } from 'pinyin-pro';

/**
 * Names the way staff type them (issue 16 §5): 张三 is found by its pinyin "zhangsan" and its initials "zs"
 * (pinyin-pro, surname readings first: 单 shan, 曾 zeng, 解 xie; ü typed as v: 吕 lv). Computed once, when the case
 * is stored (shared/domain/caseSummary.ts), so a search is one pass over strings, with no pinyin work per row.
 * What the keys reveal: docs/security.md, "Names in the list rows".
 */

// Names repeat across a portfolio (and every import re-derives rows): remember recent ones.
const memo = new Map<string, readonly string[]>();
const MEMO_LIMIT = 50_000;

/** A name's full pinyin and its initials, lower-case, toneless; none for a name without Chinese characters. */
export function pinyinKeysOf(name: string): readonly string[] {
  const known = memo.get(name);
  if (known) return known;
  let keys: string[] = [];
  if (/\p{Script=Han}/u.test(name)) {
    const syllables = pinyin(name, { toneType: 'none', type: 'array', surname: 'head', v: true, nonZh: 'removed' }).filter((s) => /^[a-z]+$/.test(s));
    const full = syllables.join('');
    const initials = syllables.map((s) => s[0]).join('');
    keys = full === '' ? [] : [...new Set([full, initials])];
  }
  if (memo.size >= MEMO_LIMIT) memo.clear();
  memo.set(name, keys);
  return keys;
}

/** The keys of several names as a list row keeps them: each preceded by a space (' zhangsan zs'). */
export const pinyinKeysText = (names: readonly string[]): string => [...new Set(names.flatMap((n) => pinyinKeysOf(n)))].map((k) => ` ${k}`).join('');

// The search side (no pinyin dictionary) lives apart so the case list can load without pinyin-pro.
export { PinyinIndex, pinyinNeedle } from './pinyinIndex';
