// The reference for the letters suite: the same letters as plain HTML, for Chromium's own print-to-PDF.
// A small, generic translation of the pdfmake document definitions that shared/letters builds (text runs,
// stacks, columns, tables, the one dashed rule, styles, margins), so that Chromium lays out and prints exactly
// the content pdfmake prints: title, recipient block, paragraphs, the amounts tables, the seal box, the 回执.
// Same font (Source Han Sans SC Regular, from resources/fonts, through @font-face on a file:// URL), A4, the
// letters' page margins, one page per letter (break-after: page). The footer (letter number, verification
// code, "1 / 1") is the last line of each letter instead of sitting in the bottom margin.
import { pathToFileURL } from 'node:url';

const esc = (s) => String(s).replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const pt = (n) => `${Math.round(n * 100) / 100}pt`;
/** pdfmake margins: a number, [h, v] or [left, top, right, bottom]. */
const margin = (m) => {
  if (m === undefined) return '';
  const [l, t, r, b] = typeof m === 'number' ? [m, m, m, m] : m.length === 2 ? [m[0], m[1], m[0], m[1]] : m;
  return `margin:${pt(t)} ${pt(r)} ${pt(b)} ${pt(l)};`;
};
/** Source Han Sans's own line box is about 1.45 em; 1.4 keeps a one-page letter on one page as in pdfmake (ascender + descender), which is what pdfmake's lineHeight multiplies. */
const LINE = 1.4;

/** Inline CSS for a node's own properties (its named style comes in as a class). */
function css(node, { block = true } = {}) {
  let s = '';
  if (node.fontSize !== undefined) s += `font-size:${pt(node.fontSize)};`;
  if (node.lineHeight !== undefined) s += `line-height:${Math.round(node.lineHeight * LINE * 1000) / 1000};`;
  if (node.color !== undefined) s += `color:${node.color};`;
  if (node.alignment !== undefined && block) s += `text-align:${node.alignment};`;
  if (node.decoration === 'underline') s += `text-decoration:underline;${node.decorationColor ? `text-decoration-color:${node.decorationColor};` : ''}`;
  if (node.characterSpacing !== undefined) s += `letter-spacing:${pt(node.characterSpacing)};`;
  if (node.fillColor !== undefined) s += `background:${node.fillColor};`;
  if (block) s += margin(node.margin);
  if (node.unbreakable) s += 'break-inside:avoid;';
  return s;
}
const cls = (node) => (typeof node.style === 'string' ? ` class="s-${node.style}"` : Array.isArray(node.style) ? ` class="${node.style.map((x) => `s-${x}`).join(' ')}"` : '');
const attrs = (node, opts) => {
  const s = css(node, opts);
  return `${cls(node)}${s ? ` style="${s}"` : ''}`;
};

function inline(t) {
  if (typeof t === 'string' || typeof t === 'number') return esc(t);
  if (Array.isArray(t)) return t.map(inline).join('');
  return `<span${attrs(t, { block: false })}>${inline(t.text ?? '')}</span>`;
}

function table(node) {
  const { body, widths = [], heights } = node.table;
  const ruled = node.layout && typeof node.layout === 'object'; // TABLE_LAYOUT: rules between rows, none between columns
  const head = node.table.headerRows ?? 0;
  const cols = widths.map((w) => (typeof w === 'number' ? `<col style="width:${pt(w + 6)}">` : '<col>')).join('');
  const rows = body
    .map((row, i) => {
      const top = ruled ? (i === 0 ? 0.8 : i === head ? 0.8 : 0.25) : null;
      const bottom = ruled && i === body.length - 1 ? 0.8 : null;
      const h = Array.isArray(heights) ? heights[i] : heights;
      const cells = row
        .map((c) => {
          const cell = typeof c === 'object' && c !== null && !Array.isArray(c) ? c : { text: c };
          let s = ruled ? `border-top:${pt(top)} solid #666;${bottom ? `border-bottom:${pt(bottom)} solid #666;` : ''}padding:1pt 3pt;` : 'border:1px solid #000;padding:2pt 4pt;';
          if (h) s += `height:${pt(h)};`;
          const inner = cell.text !== undefined ? inline(cell.text) : content({ ...cell, style: undefined, margin: undefined, fontSize: undefined, color: undefined, alignment: undefined });
          return `<td${cls(cell)} style="${s}${css({ ...cell, margin: undefined })}">${cell.margin ? `<div style="${margin(cell.margin)}">${inner}</div>` : inner}</td>`;
        })
        .join('');
      return `<tr>${cells}</tr>`;
    })
    .join('');
  const fixed = widths.length > 0 && widths.every((w) => typeof w === 'number');
  return `<table${attrs({ ...node, style: undefined })} class="t"${fixed ? '' : ' width="100%"'}><colgroup>${cols}</colgroup>${rows}</table>`;
}

/** One pdfmake content node as HTML. */
export function content(node) {
  if (node === null || node === undefined) return '';
  if (typeof node === 'string' || typeof node === 'number') return `<div>${esc(node)}</div>`;
  if (Array.isArray(node)) return node.map(content).join('');
  if (node.section) return content(node.section);
  if (node.stack) return `<div${attrs(node)}>${node.stack.map(content).join('')}</div>`;
  if (node.columns) {
    const cols = node.columns
      .map((c) => {
        const col = typeof c === 'object' && c !== null ? c : { text: c };
        const w = col.width === undefined || col.width === '*' ? 'flex:1 1 0;min-width:0;' : col.width === 'auto' ? 'flex:0 0 auto;' : `flex:0 0 ${pt(col.width)};`;
        return `<div${cls(col)} style="${w}${css(col)}">${content({ ...col, style: undefined, margin: undefined, width: undefined })}</div>`;
      })
      .join('');
    return `<div${cls(node)} style="display:flex;${css(node)}">${cols}</div>`;
  }
  if (node.table) return table(node);
  if (node.canvas) {
    const line = node.canvas.find((c) => c.type === 'line');
    return line ? `<div style="${margin(node.margin)}border-top:${pt(line.lineWidth ?? 1)} ${line.dash ? 'dashed' : 'solid'} ${line.lineColor ?? '#000'};width:${pt(line.x2 - line.x1)};height:0"></div>` : '';
  }
  if (node.text !== undefined) return `<div${attrs(node)}>${inline(node.text) || '&nbsp;'}</div>`;
  return '';
}

function styleSheet(styles) {
  return Object.entries(styles)
    .map(([name, s]) => `.s-${name}{${css(s)}}`)
    .join('\n');
}

/**
 * A whole HTML document: one <section> per letter definition, each its own page. `fontFile` is the OTF's path.
 * The footer text is made with the letter's own footer function (page 1 of 1).
 */
export function lettersHtml(docs, fontFile) {
  const first = docs[0];
  const [l, t, r, b] = first.pageMargins;
  const sections = docs
    .map((d) => {
      const footer = d.footer ? d.footer(1, 1) : null;
      return `<section class="letter">${content(d.content)}${footer ? `<div class="footer">${content({ ...footer, margin: undefined })}</div>` : ''}</section>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="zh-CN"><head><meta charset="utf-8"><title>${docs.length} letters</title>
<style>
@font-face { font-family: SHS; src: url("${pathToFileURL(fontFile).href}") format("opentype"); font-weight: 400; font-style: normal; }
@page { size: A4; margin: ${pt(t)} ${pt(r)} ${pt(b)} ${pt(l)}; }
html { font-family: SHS; font-size: ${pt(first.defaultStyle?.fontSize ?? 10)}; line-height: ${LINE}; color: #000; font-synthesis: none; }
body { margin: 0; }
section.letter { break-after: page; }
section.letter:last-child { break-after: auto; }
table.t { border-collapse: collapse; }
td { vertical-align: top; }
.footer { margin-top: 6pt; }
${styleSheet(first.styles)}
</style></head>
<body>
${sections}
</body></html>
`;
}
