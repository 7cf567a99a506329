import { parseReceiptNumber } from '../records/receiptNumber';

/**
 * The receipt numbers a bank deposit's reference (附言/摘要) names. Collectors type the number at the bank
 * counter or in a transfer, so the text is read leniently where it cannot confuse two receipts: full-width
 * characters (ＳＫ－Ｄ７Ｆ３) become ASCII (NFKC) and lower case becomes upper; a number must stand on its own
 * (no letter or digit glued to either end) and be canonical (shared/records/receiptNumber.ts). Each number once,
 * in the order written.
 */
const CANDIDATE = /(?<![A-Z0-9])SK-[A-Z0-9]{4,8}(?:-\d{8})?-\d{6,9}(?![A-Z0-9])/g;

export function receiptNumbersIn(reference: string): string[] {
  const text = reference.normalize('NFKC').toUpperCase();
  const found: string[] = [];
  for (const m of text.matchAll(CANDIDATE)) {
    const n = m[0];
    if (parseReceiptNumber(n) !== null && !found.includes(n)) found.push(n);
  }
  return found;
}
