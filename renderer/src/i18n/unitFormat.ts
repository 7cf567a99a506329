/**
 * `{{days, unit(one: day; other: days)}}` → "1 day", "3 days": English plurals by the language's own plural
 * rules (Intl.PluralRules), with the number grouped for the language. Chinese strings do not need it.
 */
export function unitFormat(value: unknown, language: string | undefined, options: Record<string, unknown>): string {
  const n = Number(value);
  if (!Number.isFinite(n)) return String(value);
  const lng = language ?? 'en';
  const form = new Intl.PluralRules(lng).select(n);
  const word = options[form] ?? options.other ?? '';
  return `${n.toLocaleString(lng)} ${String(word)}`.trim();
}
