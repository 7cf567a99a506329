/**
 * Whether two phone numbers reach the same line, as stored in different shapes (+86 138-1234-1234,
 * 13812341234, 021-58881234, +86 21 5888 1234). Leading zeros (international 00, trunk 0) are dropped and a
 * number matches another that ends with it when it has at least 7 digits. Without knowing every country's
 * code this errs towards "same line", which makes a per-number cap count more, never less.
 */
export function sameNumber(a: string, b: string): boolean {
  const x = significantDigits(a);
  const y = significantDigits(b);
  if (x === '' || y === '') return false;
  if (x === y) return true;
  const [short, long] = x.length < y.length ? [x, y] : [y, x];
  return short.length >= 7 && long.endsWith(short);
}

function significantDigits(phone: string): string {
  // Full-width digits (１３８…) normalise to ASCII first.
  return phone.normalize('NFKC').replace(/\D/g, '').replace(/^0+/, '');
}
