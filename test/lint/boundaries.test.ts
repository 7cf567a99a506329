import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Lints in-memory sources as if they sat at the given paths, with the project's own config.
async function lint(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId?.startsWith('no-restricted')).map((m) => m.message);
}

describe('import boundaries', () => {
  it.each([
    ['shared/domain/bad.ts', "import { app } from 'electron';\nexport const a = app;\n"],
    ['shared/domain/bad.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n"],
    ['shared/domain/bad.ts', "import Dexie from 'dexie';\nexport const d = Dexie;\n"],
    ['shared/domain/bad.ts', "import { x } from '../../renderer/src/x';\nexport const y = x;\n"],
    ['shared/domain/bad.ts', 'export const w = window.location;\n'],
    ['renderer/src/cases/screens/bad.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n"],
    ['renderer/src/cases/screens/bad.ts', "import { ipcRenderer } from 'electron';\nexport const i = ipcRenderer;\n"],
    ['renderer/src/cases/screens/bad.ts', "import Dexie from 'dexie';\nexport const d = Dexie;\n"],
    ['electron/main/bad.ts', "import { x } from '../../renderer/src/x';\nexport const y = x;\n"],
    ['server/http/bad.ts', "import { app } from 'electron';\nexport const a = app;\n"],
  ])('%s: a forbidden import fails lint', async (path, code) => {
    expect((await lint(path, code)).length).toBeGreaterThan(0);
  });

  it.each([
    ['shared/domain/ok.ts', "import { z } from 'zod';\nexport const s = z.string();\n"],
    ['renderer/src/store/ok.ts', "import Dexie from 'dexie';\nexport const d = Dexie;\n"],
    ['renderer/src/cases/screens/ok.ts', "import { CaseSchema } from '../../../../shared/domain/case';\nexport const c = CaseSchema;\n"],
    ['electron/main/ok.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n"],
  ])('%s: an allowed import passes', async (path, code) => {
    expect(await lint(path, code)).toEqual([]);
  });
});
