import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative, sep } from 'node:path';
import { describe, expect, it } from 'vitest';

/**
 * No source file over 400 lines (issue 10: small files with one purpose). Counted as an editor counts them:
 * lines of text, a final newline not making one more.
 */

const MAX_LINES = 400;
const ROOTS = ['renderer', 'shared', 'server', 'electron'];
const SKIP_DIRS = new Set(['node_modules', 'out', 'dist', 'coverage']);
const SOURCE = /\.(ts|tsx|js|jsx|mjs|cjs)$/;

function lineCount(text: string): number {
  if (text === '') return 0;
  return text.split(/\r\n|\r|\n/).length - (/(\r\n|\r|\n)$/.test(text) ? 1 : 0);
}

/** "path: N lines" for every source under the roots longer than the limit. */
function longFiles(root: string, limit: number): string[] {
  const long: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) {
        if (!SKIP_DIRS.has(entry.name)) walk(path);
      } else if (SOURCE.test(entry.name)) {
        const lines = lineCount(readFileSync(path, 'utf8'));
        if (lines > limit) long.push(`${relative(root, path).split(sep).join('/')}: ${lines} lines`);
      }
    }
  };
  for (const r of ROOTS) walk(join(root, r));
  return long.sort();
}

describe('file size', () => {
  it('counts lines as an editor does', () => {
    expect(lineCount('')).toBe(0);
    expect(lineCount('a')).toBe(1);
    expect(lineCount('a\n')).toBe(1);
    expect(lineCount('a\nb')).toBe(2);
    expect(lineCount('a\r\nb\r\n')).toBe(2);
    expect(lineCount('\n\n')).toBe(2);
  });

  it(`no source file in renderer/, shared/, server/ or electron/ is over ${MAX_LINES} lines`, () => {
    const root = join(dirname(new URL(import.meta.url).pathname), '..', '..');
    // The walk itself must see the project: at a limit of 1 line every source file is "long".
    expect(longFiles(root, 1).length).toBeGreaterThan(300);
    const long = longFiles(root, MAX_LINES);
    expect(long, `files over ${MAX_LINES} lines (split them by purpose):\n${long.join('\n')}`).toEqual([]);
  });
});
