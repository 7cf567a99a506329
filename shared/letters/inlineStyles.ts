import type { LetterDocDefinition, PdfContent, PdfNode } from './pdf';

/**
 * Styles resolved once per text node, in the definition, instead of once per text run in pdfmake.
 *
 * pdfmake cuts every text into runs at each line-break opportunity (in Chinese, after nearly every character)
 * and, for each run, looks up some twenty style properties through its stack of ancestor nodes and named
 * styles. A demand notice has about eight hundred runs, so a batch of 1,000 letters does millions of walks
 * down that stack (docs/benchmarks.md, Letters). This pass walks the definition as pdfmake's measuring does
 * (the same stack: default style, then for each ancestor its named styles and itself) and writes every such
 * property on each text node, with the value pdfmake would have found there: a run's lookup then stops at its
 * node. The PDF comes out the same, byte for byte (test/shared/letters/inlineStyles.test.ts).
 *
 * Mirrors pdfmake 0.3 (StyleContextStack, DocMeasure, TextInlines, TextBreaker); the test compares bytes, so a
 * pdfmake upgrade that changes the cascade shows there.
 */

/** The properties pdfmake reads per run, and the value it uses when nothing in the stack sets one. */
const RUN_PROPERTIES: Readonly<Record<string, unknown>> = {
  font: 'Roboto',
  bold: false,
  italics: false,
  alignment: 'left',
  fontSize: 12,
  fontFeatures: null,
  characterSpacing: 0,
  color: 'black',
  decoration: null,
  decorationColor: null,
  decorationStyle: null,
  decorationThickness: null,
  background: null,
  linkToPage: null,
  linkToDestination: null,
  noWrap: null,
  opacity: 1,
  sup: false,
  sub: false,
  lineHeight: 1,
  preserveLeadingSpaces: false,
  preserveTrailingSpaces: false,
  wordBreak: 'normal',
};

/**
 * Where nothing sets a property pdfmake falls back to null, which it cannot tell from "not set here" and so
 * looks up again for every run; false reads the same everywhere pdfmake and pdfkit use these (`if (x)`,
 * `x || default`, `isNumber(x)`). `link` is left out: pdfkit adds a link wherever it is not null.
 */
const UNSET = false;

type StackEntry = string | PdfNode;

const isValue = (v: unknown) => v !== undefined && v !== null;
const isObject = (v: unknown): v is PdfNode => v !== null && typeof v === 'object' && !Array.isArray(v);

/** The named styles a node pushes, then the node itself (pdfmake's StyleContextStack.autopush). */
function pushed(node: PdfNode): StackEntry[] {
  if (node.section !== undefined) return [];
  const names = node.style === undefined ? [] : Array.isArray(node.style) ? (node.style as string[]) : [node.style as string];
  return [...names, node];
}

function fromStyle(styles: Record<string, PdfNode>, name: string, property: string, visited = new Set<string>()): unknown {
  if (visited.has(name)) return undefined;
  visited.add(name);
  const style = styles[name];
  if (!style) return undefined;
  if (isValue(style[property])) return style[property];
  const parents = style.extends === undefined ? [] : Array.isArray(style.extends) ? (style.extends as string[]) : [style.extends as string];
  for (let i = parents.length - 1; i >= 0; i--) {
    const v = fromStyle(styles, parents[i]!, property, visited);
    if (isValue(v)) return v;
  }
  return undefined;
}

function resolve(stack: readonly StackEntry[], styles: Record<string, PdfNode>, defaultStyle: PdfNode, property: string): unknown {
  for (let i = stack.length - 1; i >= 0; i--) {
    const entry = stack[i]!;
    const v = typeof entry === 'string' ? fromStyle(styles, entry, property) : entry[property];
    if (isValue(v)) return v;
  }
  const v = defaultStyle[property];
  return isValue(v) ? v : RUN_PROPERTIES[property];
}

/**
 * The run properties resolved at the text node, written on the node. Its runs (and its string items) have
 * nothing of their own, so pdfmake looks one step down its stack and finds them on the node; an item with a
 * style of its own (a 〔副本〕 mark) still wins over the node, as before. The runs themselves stay as small as
 * pdfmake makes them: properties copied onto each of them would cost memory for every character.
 */
function resolveText(node: PdfNode, stack: StackEntry[], styles: Record<string, PdfNode>, defaultStyle: PdfNode): PdfNode {
  const out: PdfNode = { ...node };
  for (const property of Object.keys(RUN_PROPERTIES)) {
    const v = resolve(stack, styles, defaultStyle, property);
    out[property] = isValue(v) ? v : UNSET;
  }
  return out;
}

function walk(content: PdfContent, stack: StackEntry[], styles: Record<string, PdfNode>, defaultStyle: PdfNode): PdfContent {
  if (Array.isArray(content)) {
    // pdfmake reads an array as a stack without properties of its own.
    const inner = [...stack, {}];
    return content.map((c) => walk(c, inner, styles, defaultStyle));
  }
  if (!isObject(content)) {
    if (typeof content !== 'string') return content;
    // pdfmake reads a bare string as a text node; the node we write is the same plus its run properties.
    const node = { text: content };
    return resolveText(node, [...stack, node], styles, defaultStyle);
  }
  const node = content;
  const here = [...stack, ...pushed(node)];
  if (node.section !== undefined) return { ...node, section: walk(node.section as PdfContent, here, styles, defaultStyle) };
  if (Array.isArray(node.columns)) return { ...node, columns: node.columns.map((c: PdfContent) => walk(c, here, styles, defaultStyle)) };
  if (Array.isArray(node.stack)) return { ...node, stack: node.stack.map((c: PdfContent) => walk(c, here, styles, defaultStyle)) };
  if (isObject(node.table) && Array.isArray(node.table.body)) {
    const body = (node.table.body as PdfContent[][]).map((row) => row.map((cell) => walk(cell, here, styles, defaultStyle)));
    return { ...node, table: { ...node.table, body } };
  }
  if (node.text !== undefined && (typeof node.text === 'string' || Array.isArray(node.text))) return resolveText(node, here, styles, defaultStyle);
  return node;
}

/**
 * The content with every text node carrying its resolved run properties. `styles` and `defaultStyle` are
 * the document's (the merged batch uses the first letter's, which are the same for every letter).
 */
export function resolveInlineStyles(content: PdfContent[], styles: Record<string, PdfNode>, defaultStyle: PdfNode): PdfContent[] {
  // The document's content is itself read as a stack node with no properties.
  return content.map((c) => walk(c, [{}], styles, defaultStyle));
}

/** The definition with its content's text nodes carrying their run properties (see above). */
export function withResolvedStyles(doc: LetterDocDefinition): LetterDocDefinition {
  return { ...doc, content: resolveInlineStyles(doc.content, doc.styles, doc.defaultStyle) };
}
