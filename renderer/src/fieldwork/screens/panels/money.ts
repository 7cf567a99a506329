import { z } from 'zod';
import { MoneyError, parseYuanToFen } from '../../../../../shared/domain/money';

export type MoneyField = { ok: true; fen: number } | { ok: false; key: string };

/**
 * Yuan typed in a form to fen, or the translation key of what is wrong with it. Empty text is `required`
 * unless an empty field means zero (a down payment), so a form never guesses an amount.
 */
export function readYuan(text: string, options: { emptyIsZero?: boolean; positive?: boolean } = {}): MoneyField {
  if (text.trim() === '') return options.emptyIsZero ? { ok: true, fen: 0 } : { ok: false, key: 'panels.money.required' };
  try {
    const fen = parseYuanToFen(text);
    if (options.positive && fen === 0) return { ok: false, key: 'panels.money.positive' };
    return { ok: true, fen };
  } catch (e) {
    if (e instanceof MoneyError) return { ok: false, key: `panels.money.${e.code}` };
    throw e;
  }
}

/** Characters as a person counts them: one per 汉字, not per UTF-16 unit. */
export const charCount = (text: string) => [...text.trim()].length;

/** Yuan typed in a form as a zod check for the form kit: the output is fen, the message translated. */
export function yuanText(t: (key: string) => string, options: { emptyIsZero?: boolean; positive?: boolean } = {}) {
  return z.string().transform((text, ctx) => {
    const money = readYuan(text, options);
    if (money.ok) return money.fen;
    ctx.addIssue({ code: 'custom', message: t(money.key) });
    return z.NEVER;
  });
}
