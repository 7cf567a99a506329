/**
 * Letters per volume when a batch is too large for one PDF. A pdfmake document holds its whole layout until
 * it is written: one of 1,000 demand notices (~1,450 pages) peaked at ~750 MB, one of 300 at ~450 MB, of
 * which ~225 MB is the font and pdfmake itself (docs/benchmarks.md, Letters). Each volume is rendered in a
 * fresh worker that is ended after it, so at most one volume's layout is alive at a time; 250 letters keep
 * that near 200 MB while a volume still shapes its shared text once for 250 letters, not per slice of 100
 * (which cost 18 % more bytes and more CPU). Fixed, never taken from the machine: the same batch, the same files.
 */
export const LETTERS_PER_VOLUME = 250;

/** One volume: the batch's inputs [start, end) in the original order, holding `letters` letters. */
export interface VolumeRange {
  start: number;
  end: number;
  letters: number;
}

/**
 * Splits a batch's inputs into numbered volumes. `issuing[i]` says whether input i passes its checks and
 * becomes a letter (refused ones take no number and go to the exceptions report). A batch of at most `size`
 * letters is one volume; a larger one is split into ⌈letters / size⌉ volumes of nearly equal size (the
 * first ones one letter larger), so 1,001 letters make 5 volumes of ~200, not 4 of 250 and one of 1. A
 * refused input stays with the letter after it (trailing ones with the last volume): every input belongs to
 * exactly one volume and the order is kept.
 */
export function planVolumes(issuing: readonly boolean[], size = LETTERS_PER_VOLUME): VolumeRange[] {
  // Infinity: one volume whatever the size (the letters bench's "before volumes").
  if (!(size >= 1) || !(Number.isInteger(size) || size === Number.POSITIVE_INFINITY)) throw new RangeError(`volume size ${size}`);
  const letters = issuing.filter(Boolean).length;
  const count = Math.max(1, Math.ceil(letters / size));
  const base = Math.floor(letters / count);
  const larger = letters % count;
  const out: VolumeRange[] = [];
  let start = 0;
  let seen = 0;
  for (let v = 0; v < count; v++) {
    const want = base + (v < larger ? 1 : 0);
    let end = start;
    let got = 0;
    // The volume ends just after its last letter; the last volume takes whatever is left.
    while (end < issuing.length && (v === count - 1 || got < want)) {
      if (issuing[end]) got++;
      end++;
    }
    out.push({ start, end, letters: got });
    seen += got;
    start = end;
  }
  if (seen !== letters || start !== issuing.length) throw new Error('volumes do not cover the batch');
  return out;
}
