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

/**
 * The needle a search looks for in the rows' keys: Latin letters only (spaces and apostrophes dropped: "zhang san",
 * "xi'an"), two or more, after a space (a key's start). Null: not a pinyin search.
 */
export function pinyinNeedle(normalized: string): string | null {
  const q = normalized.replace(/[\s']/g, '');
  return /^[a-z]{2,}$/.test(q) ? ` ${q}` : null;
}

/**
 * The keys of every row in one string, searched once per query with the engine's own indexOf (a few milliseconds
 * for 100,000 rows) instead of once per row; built on the first pinyin search. Rows are separated by a newline,
 * which no needle holds, so a match never runs from one row into the next.
 */
export class PinyinIndex {
  private readonly text: string;
  /** Where each row's keys start in `text`, ascending. */
  private readonly starts: Uint32Array;

  constructor(keysOfRows: readonly (string | undefined)[]) {
    this.starts = new Uint32Array(keysOfRows.length);
    const parts: string[] = [];
    let at = 0;
    keysOfRows.forEach((keys, i) => {
      this.starts[i] = at;
      parts.push(keys ?? '', '\n');
      at += (keys?.length ?? 0) + 1;
    });
    this.text = parts.join('');
  }

  /** 1 for each row with a key that starts as `needle` says (from pinyinNeedle). */
  hits(needle: string): Uint8Array {
    const out = new Uint8Array(this.starts.length);
    for (let at = this.text.indexOf(needle); at !== -1; at = this.text.indexOf(needle, at + 1)) out[this.rowAt(at)] = 1;
    return out;
  }

  private rowAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
}
