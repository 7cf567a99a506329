import { pinyin } from 'pinyin-pro';

/**
 * The ways a key term is written to get past a check, as a regular-expression source over the normalised text
 * (normalise.ts has already made it simplified, NFKC and without separators between Han characters):
 * - each character, or its pinyin syllable, or a homophone or look-alike from LOOKALIKES (老 赖 → 佬赖, lao赖);
 * - the whole term in pinyin, syllables optionally apart (laolai, lao lai, Lao-Lai);
 * - the initials (ll, zl, hmd): three or more letters stand alone, two only next to a Han character, since two
 *   letters alone are too common in English and codes.
 * The pinyin is pinyin-pro's reading of the whole term (so 曝光 reads bao guang), never typed by hand.
 */

/** Homophones and look-alikes used for the worst terms, by the character they stand for. Data, not code. */
export const LOOKALIKES: Readonly<Record<string, readonly string[]>> = {
  老: ['佬', '姥'],
  赖: ['癞', '濑', '籁', '睐', '徕'],
  坐: ['座', '做', '作'],
  牢: ['劳', '唠', '捞'],
  黑: ['嘿', '嗨', '𬞟'],
  名: ['明', '铭', '茗'],
  单: ['丹', '担', '箪'],
  曝: ['爆', '暴', '瀑'],
  光: ['胱', '咣'],
  骗: ['片', '谝'],
  弄: ['农', '侬'],
  死: ['屎', '4'],
  拘: ['居', '驹'],
  留: ['流', '溜'],
  判: ['叛', '盼'],
  刑: ['型', '形', '行'],
  监: ['间', '尖'],
  狱: ['玉', '域'],
  逮: ['带', '代'],
  捕: ['补', '扑'],
  征: ['正', '政'],
  信: ['心', '芯'],
  贴: ['帖', '铁'],
  张: ['章', '彰'],
  滚: ['衮', '磙'],
  蛋: ['旦', '淡'],
};

const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const SEP = '[\\s\\-_./·]*';
const HAN_CLASS = '\\p{Script=Han}';

const cache = new Map<string, string>();

/**
 * A regular-expression source (flags iu) matching the term and its variants. `latin: false` leaves out the pinyin
 * and the initials: a text without a Latin letter cannot contain them, and the smaller pattern is much faster.
 */
export function variantSource(term: string, latin = true): string {
  const key = latin ? term : `\u0000${term}`;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const chars = Array.from(term);
  const isHan = chars.every((c) => /\p{Script=Han}/u.test(c));
  if (!isHan) {
    cache.set(key, escape(term));
    return escape(term);
  }
  const syllables = pinyin(term, { toneType: 'none', type: 'array', v: true }).map((s) => s.toLowerCase());
  const perChar = chars
    .map((c, i) => {
      const alternatives = [escape(c), ...(LOOKALIKES[c] ?? []).map(escape)];
      const syllable = syllables[i];
      if (latin && syllable && /^[a-z]+$/.test(syllable)) alternatives.push(`(?<![a-z])${syllable}(?![a-z])`);
      return `(?:${alternatives.join('|')})`;
    })
    .join(SEP.replace('*', '?'));
  const full = syllables.every((s) => /^[a-z]+$/.test(s)) ? `(?<![a-z])${syllables.join(SEP)}(?![a-z])` : null;
  const initials = syllables.map((s) => s[0] ?? '').join('');
  const initialsSource =
    chars.length >= 3
      ? `(?<![a-z])${initials}(?![a-z])`
      : `(?<=${HAN_CLASS}\\s?)${initials}(?![a-z])|(?<![a-z])${initials}(?=\\s?${HAN_CLASS})`;
  const source = (latin ? [perChar, full, initialsSource] : [perChar]).filter((s): s is string => s !== null).join('|');
  const wrapped = `(?:${source})`;
  cache.set(key, wrapped);
  return wrapped;
}
