import { build, type Metafile } from 'esbuild';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/**
 * What the renderer's first paint loads (issue 18 §4; figures in docs/benchmarks.md, "Renderer first paint"):
 * the entry and every chunk it imports statically, bundled here by esbuild with code splitting as Vite's build
 * splits it (the same import() boundaries). Sign-in and the case list must be in it; charts, PDF, spreadsheets,
 * the wording checker's tables and the other screens must not, or the first chunk grows back to ~2.5 MB.
 */

const root = fileURLToPath(new URL('../../../', import.meta.url));

async function firstLoadInputs(): Promise<string[]> {
  const result = await build({
    absWorkingDir: root,
    entryPoints: ['renderer/src/main.tsx'],
    bundle: true,
    splitting: true,
    format: 'esm',
    outdir: 'out/test-first-chunk',
    write: false,
    metafile: true,
    logLevel: 'silent',
    jsx: 'automatic',
    loader: { '.css': 'empty' },
  });
  const outputs: Metafile['outputs'] = result.metafile.outputs;
  const entry = Object.keys(outputs).find((o) => outputs[o]!.entryPoint === 'renderer/src/main.tsx')!;
  const seen = new Set<string>();
  const visit = (out: string) => {
    if (seen.has(out)) return;
    seen.add(out);
    for (const i of outputs[out]!.imports) if (i.kind === 'import-statement' && !i.external) visit(i.path);
  };
  visit(entry);
  return [...seen].flatMap((o) => Object.keys(outputs[o]!.inputs));
}

describe('the first chunk', () => {
  it('holds sign-in and the case list, and none of what loads on use', async () => {
    const inputs = await firstLoadInputs();
    const has = (part: string) => inputs.some((i) => i.includes(part));
    for (const part of ['renderer/src/session/screens/SignInScreen.tsx', 'renderer/src/cases/screens/CaseListScreen.tsx', 'node_modules/react-dom/']) expect(has(part), part).toBe(true);
    const loadedOnUse = [
      'node_modules/echarts/',
      'node_modules/zrender/',
      'node_modules/pdfmake/',
      'node_modules/exceljs/',
      'node_modules/papaparse/',
      'node_modules/opencc-js/',
      'shared/compliance/wording/compile.ts',
      'shared/letters/build.ts',
      'shared/legal/bundle.ts',
      'renderer/src/cases/screens/CaseDetailScreen.tsx',
      'renderer/src/kpi/screens/PerformanceScreen.tsx',
      'renderer/src/letters/screens/LettersScreen.tsx',
      'renderer/src/legal/',
      'renderer/src/myDay/screens/MyDayScreen.tsx',
    ];
    expect(loadedOnUse.filter(has)).toEqual([]);
  });
});
