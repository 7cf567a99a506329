/**
 * Joins PDFs that pdfkit wrote (the letters' renderer) into one, pages in the given order, by copying their
 * objects: a batch is rendered in slices, each its own small document, so the whole batch's layout is never
 * held at once (docs/architecture.md, "Letters' PDFs"). Each slice keeps its own font subset; the pages keep
 * their content bytes.
 *
 * Only for pdfkit's output: a classic cross-reference table in one subsection, no object streams, no
 * encryption, dictionaries in plain text. Anything else is refused (`PdfJoinError`) rather than guessed at.
 * Pure: the same parts give the same bytes.
 */
export class PdfJoinError extends Error {}

interface Part {
  bytes: Uint8Array;
  /** Object number → [start, end) of `n 0 obj … endobj` in bytes. */
  spans: Map<number, [number, number]>;
  root: number;
  info: number | null;
  pages: number;
  kids: number[];
  /** The trailer's /ID entry as written, if any. */
  id: string | null;
}

/** Bytes as one character each (TextDecoder's 'latin1' is windows-1252, which would change 0x80–0x9F). */
function text(b: Uint8Array, from = 0, to = b.length): string {
  let s = '';
  for (let i = from; i < to; i += 8192) s += String.fromCharCode(...b.subarray(i, Math.min(to, i + 8192)));
  return s;
}
const bytesOf = (s: string): Uint8Array => {
  const out = new Uint8Array(s.length);
  for (let i = 0; i < s.length; i++) out[i] = s.charCodeAt(i);
  return out;
};

function ref(dict: string, key: string): number | null {
  const m = new RegExp(`/${key} (\\d+) 0 R`).exec(dict);
  return m ? Number(m[1]) : null;
}

function parse(bytes: Uint8Array, k: number): Part {
  const tail = text(bytes, Math.max(0, bytes.length - 1024));
  const start = /startxref\s+(\d+)\s+%%EOF\s*$/.exec(tail);
  if (!start) throw new PdfJoinError(`part ${k + 1}: no startxref`);
  const xrefAt = Number(start[1]);
  const xref = text(bytes, xrefAt);
  const head = /^xref\s+0 (\d+)\s+/.exec(xref);
  if (!head) throw new PdfJoinError(`part ${k + 1}: not a one-subsection cross-reference table`);
  const size = Number(head[1]);
  const offsets: [number, number][] = [];
  const rows = xref.slice(head[0].length).split(/\r?\n/);
  for (let n = 0; n < size; n++) {
    const row = /^(\d{10}) (\d{5}) ([nf])/.exec(rows[n] ?? '');
    if (!row) throw new PdfJoinError(`part ${k + 1}: cross-reference row ${n}`);
    if (row[3] === 'n') offsets.push([n, Number(row[1])]);
  }
  const trailer = /trailer\s*<<([\s\S]*?)>>\s*startxref/.exec(xref)?.[1] ?? '';
  if (/\/Encrypt/.test(trailer)) throw new PdfJoinError(`part ${k + 1}: encrypted`);
  const root = ref(trailer, 'Root');
  if (root === null) throw new PdfJoinError(`part ${k + 1}: no /Root`);
  // pdfkit writes objects one after another: each runs to where the next begins (or the table).
  const sorted = [...offsets].sort((a, b) => a[1] - b[1]);
  const spans = new Map<number, [number, number]>();
  sorted.forEach(([n, at], i) => spans.set(n, [at, i + 1 < sorted.length ? sorted[i + 1]![1] : xrefAt]));
  const dictOf = (n: number) => {
    const span = spans.get(n);
    if (!span) throw new PdfJoinError(`part ${k + 1}: object ${n} missing`);
    return text(bytes, span[0], Math.min(span[1], span[0] + 4096));
  };
  const pages = ref(dictOf(root), 'Pages');
  if (pages === null) throw new PdfJoinError(`part ${k + 1}: no /Pages`);
  const kidsText = /\/Kids \[([^\]]*)\]/.exec(text(bytes, ...spans.get(pages)!))?.[1];
  if (kidsText === undefined) throw new PdfJoinError(`part ${k + 1}: no /Kids`);
  const kids = [...kidsText.matchAll(/(\d+) 0 R/g)].map((m) => Number(m[1]));
  return { bytes, spans, root, info: ref(trailer, 'Info'), pages, kids, id: /\/ID \[[^\]]*\]/.exec(trailer)?.[0] ?? null };
}

/** A subset tag of six capitals for part k after the first (the first keeps pdfkit's): no two subsets share a name. */
function subsetTag(k: number): string {
  let s = '';
  for (let x = k, i = 0; i < 5; i++, x = Math.floor(x / 26)) s = String.fromCharCode(65 + (x % 26)) + s;
  return `Q${s}`;
}

const STREAM = bytesOf('>>\nstream\n');
function indexOf(hay: Uint8Array, needle: Uint8Array, from: number, to: number): number {
  outer: for (let i = from; i <= to - needle.length; i++) {
    for (let j = 0; j < needle.length; j++) if (hay[i + j] !== needle[j]) continue outer;
    return i;
  }
  return -1;
}

/** One PDF with every part's pages in order; the first part's catalogue, document information and ID. */
export function joinPdfs(parts: readonly Uint8Array[]): Uint8Array {
  if (parts.length === 0) throw new RangeError('nothing to join');
  if (parts.length === 1) return parts[0]!;
  const parsed = parts.map(parse);
  const first = parsed[0]!;
  // New numbers, 1… in order of output: every object of every part except the later parts' catalogue,
  // page tree root and document information (their pages hang from the first part's page tree).
  const numbers: Map<number, number>[] = [];
  const order: [number, number][] = [];
  let next = 1;
  parsed.forEach((p, k) => {
    const map = new Map<number, number>();
    for (const n of [...p.spans.keys()].sort((a, b) => a - b)) {
      if (k > 0 && (n === p.root || n === p.pages || n === p.info)) continue;
      map.set(n, next++);
      order.push([k, n]);
    }
    numbers.push(map);
  });
  const pagesNumber = numbers[0]!.get(first.pages)!;
  const kids = parsed.flatMap((p, k) => p.kids.map((n) => numbers[k]!.get(n)!));

  const chunks: Uint8Array[] = [];
  let length = 0;
  const write = (b: Uint8Array) => {
    chunks.push(b);
    length += b.length;
  };
  // The header (%PDF-1.3 and the binary comment): what comes before the first object.
  write(first.bytes.subarray(0, Math.min(...[...first.spans.values()].map((span) => span[0]))));
  const offsets = new Map<number, number>();
  for (const [k, n] of order) {
    const p = parsed[k]!;
    const [from, to] = p.spans.get(n)!;
    const map = numbers[k]!;
    const renumber = (s: string) =>
      s.replace(/(\d+) 0 R\b/g, (whole, m: string) => {
        const old = Number(m);
        if (k > 0 && old === p.pages) return `${pagesNumber} 0 R`;
        const to = map.get(old);
        if (to === undefined) throw new PdfJoinError(`part ${k + 1}: object ${n} refers to ${old}, which is not there`);
        return `${to} 0 R`;
      });
    const s = p.bytes.subarray(from, to);
    const streamAt = indexOf(s, STREAM, 0, Math.min(s.length, 8192));
    const dictEnd = streamAt < 0 ? s.length : streamAt;
    // `n 0 obj` has no R, so renumber() leaves it for the first replace.
    let dict = renumber(text(s, 0, dictEnd).replace(/^\d+ 0 obj/, `${map.get(n)} 0 obj`));
    if (k === 0 && n === first.pages) {
      dict = dict.replace(/\/Count \d+/, `/Count ${kids.length}`).replace(/\/Kids \[[^\]]*\]/, `/Kids [${kids.map((x) => `${x} 0 R`).join(' ')}]`);
    }
    if (k > 0) dict = dict.replace(/\/[A-Z]{6}\+/g, `/${subsetTag(k)}+`);
    offsets.set(map.get(n)!, length);
    write(bytesOf(dict));
    if (streamAt >= 0) write(s.subarray(dictEnd));
  }
  const xrefAt = length;
  const rows = ['xref', `0 ${next}`, '0000000000 65535 f '];
  for (let n = 1; n < next; n++) rows.push(`${String(offsets.get(n)!).padStart(10, '0')} 00000 n `);
  const info = first.info === null ? '' : `/Info ${numbers[0]!.get(first.info)} 0 R\n`;
  rows.push('trailer', '<<', `/Size ${next}`, `/Root ${numbers[0]!.get(first.root)} 0 R`);
  write(bytesOf(`${rows.join('\n')}\n${info}${first.id ? `${first.id}\n` : ''}>>\nstartxref\n${xrefAt}\n%%EOF\n`));
  const out = new Uint8Array(length);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}
