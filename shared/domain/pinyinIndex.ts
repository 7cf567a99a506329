/*
 * Searching the names' pinyin keys that shared/domain/namePinyin.ts stores on each list row. Kept apart from it:
 * the search needs no pinyin dictionary, and the case list's first chunk should not carry pinyin-pro's
 * (issue 18 §4).
 */

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
