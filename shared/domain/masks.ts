/**
 * Display masks for personal data (PIPL; compliance pack): phone first 3 + last 4, ID and card numbers
 * first 6 + last 4, names 张*. Separators (+, -, spaces, ·) stay in place so the shape stays recognisable;
 * letters and digits of any script are masked, so full-width digits cannot slip through.
 */

/** Two-character family names from the 百家姓 that people still carry; the demo generator reuses them. */
export const COMPOUND_SURNAMES = [
  '欧阳', '司马', '上官', '诸葛', '东方', '皇甫', '尉迟', '公孙', '慕容', '令狐', '长孙', '宇文',
  '夏侯', '司徒', '轩辕', '端木', '南宫', '独孤', '澹台', '呼延', '钟离', '公冶', '单于', '太史',
  '申屠', '闻人', '赫连', '万俟', '司空', '鲜于', '濮阳', '淳于', '公羊', '西门', '拓跋', '百里',
  '东郭', '左丘', '第五', '仲孙', '闾丘', '亓官',
] as const;

const MASK = '*';
const MASKABLE = /[\p{L}\p{N}]/u;
/** Fewer hidden characters than this and a standard mask says too much: show at most half instead. */
const MIN_HIDDEN = 4;

/** Keeps the first `head` and last `tail` maskable characters, stars the rest, leaves separators alone. */
function reveal(value: string, head: number, tail: number): string {
  const chars = Array.from(value);
  const n = chars.filter((c) => MASKABLE.test(c)).length;
  let i = 0;
  return chars
    .map((c) => {
      if (!MASKABLE.test(c)) return c;
      const at = i++;
      return at < head || at >= n - tail ? c : MASK;
    })
    .join('');
}

const countMaskable = (value: string): number => Array.from(value).filter((c) => MASKABLE.test(c)).length;

/** The end (what people quote: 尾号1234) first, up to `tail`, then the start: never more than half in all. */
function revealAtMostHalf(value: string, head: number, tail: number): string {
  const budget = Math.floor(countMaskable(value) / 2);
  const t = Math.min(tail, budget);
  return reveal(value, Math.min(head, budget - t), t);
}

/** The standard mask when the value is long enough to hide a fair part of it; otherwise at most half. */
function revealStandard(value: string, head: number, tail: number): string {
  return countMaskable(value) >= head + tail + MIN_HIDDEN ? reveal(value, head, tail) : revealAtMostHalf(value, head, tail);
}

/** 138****1234 for mobiles (also after +86 / 0086); landlines and short numbers show at most half their digits. */
export function maskPhone(phone: string): string {
  const digits = phone.replace(/\D/g, '');
  const mobile = /^((?:0086|86)?)1[3-9]\d{9}$/.exec(digits);
  if (mobile) return reveal(phone, (mobile[1] as string).length + 3, 4);
  return revealAtMostHalf(phone, 3, 4);
}

/** 110101********1234: first 6 (area) + last 4, length kept. */
export function maskIdNumber(idNumber: string): string {
  return revealStandard(idNumber, 6, 4);
}

/** 622202******1234: first 6 (issuer) + last 4, length kept. */
export function maskCardNumber(cardNumber: string): string {
  return revealStandard(cardNumber, 6, 4);
}

/**
 * 张三 -> 张*, 欧阳娜娜 -> 欧阳**, 𠮷明 -> 𠮷*. Counts characters as code points (𠮷 is two UTF-16 units),
 * with combining marks and variation selectors riding on the character before them.
 */
export function maskName(name: string): string {
  const chars: string[] = [];
  for (const cp of name) {
    if (/\p{M}/u.test(cp) && chars.length > 0) chars[chars.length - 1] += cp;
    else chars.push(cp);
  }
  const letters = chars.filter((c) => MASKABLE.test(c)).length;
  // A one-character name hides everything; a bare compound surname (欧阳) still hides its second character.
  const compound = COMPOUND_SURNAMES.some((s) => name.startsWith(s)) && letters > 2;
  const keep = letters <= 1 ? 0 : compound ? 2 : 1;
  let i = 0;
  return chars.map((c) => (MASKABLE.test(c) ? (i++ < keep ? c : MASK) : c)).join('');
}
