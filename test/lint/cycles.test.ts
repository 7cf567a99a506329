import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, posix, relative, sep } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

/**
 * No import cycles in the project's code (issue 10, "arrows one way"). The graph is every relative import of
 * every .ts/.tsx file under renderer/, shared/, server/, electron/ and console/, read with TypeScript's own import scanner
 * (ts.preProcessFile). Type-only imports count: a type that goes both ways is a two-way dependency of the design
 * even though it is erased at run time (the zustand slices ↔ appStore cycle was one).
 */

const ROOTS = ['renderer', 'shared', 'server', 'electron', 'console'];
const SKIP_DIRS = new Set(['node_modules', 'out', 'dist', 'coverage']);
const SOURCE = /\.(ts|tsx)$/;

/** Project-relative posix paths of the sources under the roots. */
function sourceFiles(root: string): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(join(dir, entry.name));
      } else if (SOURCE.test(entry.name)) {
        found.push(relative(root, join(dir, entry.name)).split(sep).join('/'));
      }
    }
  };
  for (const r of ROOTS) walk(join(root, r));
  return found.sort();
}

/** Where a relative specifier lands among the known files (Bundler resolution: no extension, index, .js for .ts). */
function resolve(from: string, specifier: string, known: ReadonlySet<string>): string | null {
  if (!specifier.startsWith('.')) return null; // a package
  const base = posix.normalize(posix.join(posix.dirname(from), specifier.replace(/\?.*$/, '')));
  const stem = base.replace(/\.(js|jsx|mjs)$/, '');
  for (const candidate of [base, `${stem}.ts`, `${stem}.tsx`, `${base}.ts`, `${base}.tsx`, `${base}/index.ts`, `${base}/index.tsx`]) {
    if (known.has(candidate)) return candidate;
  }
  return null;
}

/** file → the files it imports (relative imports that resolve to a known file). */
function importGraph(sources: ReadonlyMap<string, string>): Map<string, string[]> {
  const known = new Set(sources.keys());
  const graph = new Map<string, string[]>();
  for (const [file, text] of sources) {
    const { importedFiles } = ts.preProcessFile(text, true, true);
    const targets = new Set<string>();
    for (const { fileName } of importedFiles) {
      const target = resolve(file, fileName, known);
      if (target) targets.add(target);
    }
    graph.set(file, [...targets].sort());
  }
  return graph;
}

/**
 * Every cycle group (strongly connected component, Tarjan), each shown as one shortest cycle through its first
 * file, "a → b → a", followed by the other files tied into the same group.
 */
function findCycles(graph: ReadonlyMap<string, readonly string[]>): string[] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const groups: string[][] = [];

  const connect = (v: string) => {
    index.set(v, counter);
    low.set(v, counter);
    counter++;
    stack.push(v);
    onStack.add(v);
    for (const w of graph.get(v) ?? []) {
      if (!index.has(w)) {
        connect(w);
        low.set(v, Math.min(low.get(v)!, low.get(w)!));
      } else if (onStack.has(w)) {
        low.set(v, Math.min(low.get(v)!, index.get(w)!));
      }
    }
    if (low.get(v) === index.get(v)) {
      const group: string[] = [];
      let w: string;
      do {
        w = stack.pop()!;
        onStack.delete(w);
        group.push(w);
      } while (w !== v);
      if (group.length > 1 || (graph.get(v) ?? []).includes(v)) groups.push(group.sort());
    }
  };
  for (const v of [...graph.keys()].sort()) if (!index.has(v)) connect(v);

  return groups
    .map((group) => {
      const start = group[0]!;
      const members = new Set(group);
      // Breadth-first from start, inside the group, back to start: the shortest cycle through it.
      const previous = new Map<string, string>();
      const queue = [start];
      let closing: string | null = null;
      while (queue.length > 0 && closing === null) {
        const v = queue.shift()!;
        for (const w of graph.get(v) ?? []) {
          if (w === start) {
            closing = v;
            break;
          }
          if (members.has(w) && !previous.has(w)) {
            previous.set(w, v);
            queue.push(w);
          }
        }
      }
      const path = [start];
      for (let v = closing!; v !== start; v = previous.get(v)!) path.splice(1, 0, v);
      const others = group.filter((f) => !path.includes(f));
      return [...path, start].join(' → ') + (others.length > 0 ? `   (also in this cycle group: ${others.join(', ')})` : '');
    })
    .sort();
}

describe('import cycles', () => {
  it('the walker finds a cycle, counts type-only imports and export-from, and resolves index and .tsx files', () => {
    const sources = new Map([
      ['shared/a.ts', "import { b } from './b';\nexport const a = b;\n"],
      ['shared/b.ts', "export { c as b } from './c/index.js';\n"],
      ['shared/c/index.ts', "import type { A } from '../a';\nimport { d } from './d';\nexport const c: A | null = d;\n"],
      ['shared/c/d.tsx', "import { z } from 'zod';\nexport const d = z.string();\n"],
      ['shared/e.ts', "import { d } from './c/d';\nexport const e = d;\n"],
    ]);
    const graph = importGraph(sources);
    expect(graph.get('shared/c/index.ts')).toEqual(['shared/a.ts', 'shared/c/d.tsx']);
    expect(findCycles(graph)).toEqual(['shared/a.ts → shared/b.ts → shared/c/index.ts → shared/a.ts']);
    sources.set('shared/c/index.ts', "import { d } from './d';\nexport const c = d;\n");
    expect(findCycles(importGraph(sources))).toEqual([]);
  });

  it('names every file of a larger cycle group and a file that imports itself', () => {
    const graph = new Map([
      ['x.ts', ['y.ts']],
      ['y.ts', ['x.ts', 'z.ts']],
      ['z.ts', ['y.ts']],
      ['self.ts', ['self.ts']],
    ]);
    expect(findCycles(graph)).toEqual(['self.ts → self.ts', 'x.ts → y.ts → x.ts   (also in this cycle group: z.ts)']);
  });

  it('renderer/, shared/, server/, electron/ and console/ have no import cycle', () => {
    const root = join(dirname(new URL(import.meta.url).pathname), '..', '..');
    const files = sourceFiles(root);
    expect(files.length).toBeGreaterThan(300);
    const cycles = findCycles(importGraph(new Map(files.map((f) => [f, readFileSync(join(root, f), 'utf8')]))));
    expect(cycles, `import cycles (each a → … → a):\n${cycles.join('\n')}`).toEqual([]);
  });
});
