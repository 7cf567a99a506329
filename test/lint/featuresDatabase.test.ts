import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Lints in-memory sources as if they sat at the given paths, with the project's own config.
async function lint(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

// Issue 10 §2: screens call actions and read through repositories; they never hold the database.
describe('features/ never imports the database', () => {
  it.each([
    ['renderer/src/features/fieldwork/Bad.tsx', "import { RecoveryDeskDb } from '../../db/database';\nexport const d = RecoveryDeskDb;\n"],
    ['renderer/src/features/fieldwork/panels/Bad.tsx', "import type { RecoveryDeskDb } from '../../../db/database';\nexport type D = RecoveryDeskDb;\n"],
    ['renderer/src/features/letters/bad.ts', "import { DATABASE_NAMES } from '../../db/database.ts';\nexport const n = DATABASE_NAMES;\n"],
    ['renderer/src/features/myDay/bad.ts', "import { openStore } from '../../db/openStore';\nexport const o = openStore;\n"],
    ['renderer/src/features/letters/bad.ts', "import Dexie from 'dexie';\nexport const d = Dexie;\n"],
    ['renderer/src/features/letters/bad.ts', "import { liveQuery } from 'dexie';\nexport const q = liveQuery;\n"],
    // The renderer's sandbox rule still holds in features/ (the block repeats it).
    ['renderer/src/features/letters/bad.ts', "import { readFileSync } from 'node:fs';\nexport const r = readFileSync;\n"],
  ])('%s: a forbidden import fails lint', async (path, code) => {
    const messages = await lint(path, code);
    expect(messages.length).toBeGreaterThan(0);
  });

  it('names the way out in its message', async () => {
    const [message] = await lint('renderer/src/features/fieldwork/Bad.tsx', "import { RecoveryDeskDb } from '../../db/database';\nexport const d = RecoveryDeskDb;\n");
    expect(message).toMatch(/renderer\/src\/actions/);
  });

  it.each([
    ['renderer/src/features/fieldwork/ok.tsx', "import { logContact } from '../../actions/fieldwork';\nexport const a = logContact;\n"],
    ['renderer/src/features/letters/ok.ts', "import type { RegisteredLetter } from '../../db/letters/register';\nexport type L = RegisteredLetter;\n"],
    // Actions and repositories below features/ may hold it: that is where the transaction is.
    ['renderer/src/actions/fieldwork/ok.ts', "import type { RecoveryDeskDb } from '../../db/database';\nexport type D = RecoveryDeskDb;\n"],
    ['renderer/src/db/fieldwork/ok.ts', "import Dexie from 'dexie';\nexport const d = Dexie;\n"],
  ])('%s: an allowed import passes', async (path, code) => {
    expect(await lint(path, code)).toEqual([]);
  });
});
