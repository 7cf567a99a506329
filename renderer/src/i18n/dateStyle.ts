/**
 * One date style per language (issue 12 §4): 2026年12月3日 in Chinese, 3 Dec 2026 in English. Every message the
 * app shows passes through `localizeDates` (an i18next post-processor), so a calendar date handed to a
 * message as YYYY-MM-DD reads the same way everywhere; the stored value stays YYYY-MM-DD.
 */
const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];

/** A calendar date (YYYY-MM-DD) in the language's style; anything else as it is. */
export function formatDay(date: string, language: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!m) return date;
  const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (month < 1 || month > 12 || day < 1 || day > 31) return date;
  return language.startsWith('en') ? `${day} ${MONTHS_EN[month - 1]} ${year}` : `${year}年${month}月${day}日`;
}

// A date standing alone: not part of a longer number, code or time stamp (2026-12-03T…, CS-2026-12-03-7).
const DAY_IN_TEXT = /(?<![\w-])(\d{4}-\d{2}-\d{2})(?![\w-]|:\d)/g;

export function localizeDates(text: string, language: string): string {
  return text.replace(DAY_IN_TEXT, (date: string) => formatDay(date, language));
}
