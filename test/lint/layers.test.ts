import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// Lints in-memory sources as if they sat at the given paths, with the project's own config (eslint.config.js).
async function lint(filePath: string, code: string): Promise<string[]> {
  const eslint = new ESLint({ cwd: process.cwd() });
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).filter((m) => m.ruleId === 'no-restricted-imports').map((m) => m.message);
}

const use = (specifier: string, name = 'x') => `import { ${name} } from '${specifier}';\nexport const y = ${name};\n`;
const useType = (specifier: string) => `import type { T } from '${specifier}';\nexport type U = T;\n`;

// The renderer's rooms and arrows (docs/renderer.md, issue 10 §3): each rule has imports it refuses and
// imports it lets through, so a rule that stopped matching (or started matching everything) fails here.
describe('renderer layering', () => {
  it.each([
    // screens: not the store, not a repository's functions, not Dexie, not app/ (issue 10 §2: screens never hold the database).
    ['screens → store', 'renderer/src/fieldwork/screens/Bad.tsx', use('../../store/database', 'RecoveryDeskDb')],
    ['screens → store (type only)', 'renderer/src/fieldwork/screens/panels/Bad.tsx', useType('../../../store/database')],
    ['screens → openStore', 'renderer/src/myDay/screens/bad.ts', use('../../store/openStore', 'openStore')],
    ['screens → own repository', 'renderer/src/letters/screens/bad.ts', use('../repository/register', 'allLetters')],
    ['screens → other repository', 'renderer/src/myDay/screens/bad.ts', use('../../fieldwork/repository/myDayInputs', 'workRecords')],
    ['screens → dexie', 'renderer/src/letters/screens/bad.ts', use('dexie', 'liveQuery')],
    ['screens → app', 'renderer/src/cases/screens/bad.tsx', use('../../app/Shell', 'Shell')],
    // state: not screens, not app/.
    ['capability state → screens', 'renderer/src/fieldwork/state/bad.ts', use('../screens/WorkArea', 'WorkArea')],
    ['app-wide state → screens', 'renderer/src/state/bad.ts', use('../cases/screens/CaseListScreen', 'CaseListScreen')],
    ['state → app', 'renderer/src/state/bad.ts', use('../app/App', 'App')],
    // actions: not screens, not state, not app/.
    ['actions → screens', 'renderer/src/letters/actions/bad.ts', use('../screens/LetterActions', 'LetterActions')],
    ['actions → own state', 'renderer/src/fieldwork/actions/bad.ts', use('../state/fieldworkSlice', 'createFieldworkSlice')],
    ['actions → app-wide state', 'renderer/src/fieldwork/actions/bad.ts', use('../../state/appStore', 'useAppStore')],
    ['actions → app', 'renderer/src/fieldwork/actions/bad.ts', use('../../app/App', 'App')],
    // repository: not screens, state, actions, app/.
    ['repository → screens', 'renderer/src/sync/repository/bad.ts', use('../screens/SyncScreen', 'SyncScreen')],
    ['repository → state', 'renderer/src/sync/repository/bad.ts', use('../../state/appStore', 'useAppStore')],
    ['repository → actions', 'renderer/src/letters/repository/bad.ts', use('../actions', 'issueLetter')],
    ['repository → app', 'renderer/src/letters/repository/bad.ts', use('../../app/App', 'App')],
    // store: no capability, no state/, no app/.
    ['store → capability repository', 'renderer/src/store/bad.ts', use('../letters/repository/register', 'registerLetter')],
    ['store → capability (type only)', 'renderer/src/store/encryption/bad.ts', useType('../../cases/savedView')],
    ['store → state', 'renderer/src/store/bad.ts', use('../state/appStore', 'useAppStore')],
    ['store → app', 'renderer/src/store/bad.ts', use('../app/App', 'App')],
    // base layers: no capability, state/, store/, app/.
    ['ui → state', 'renderer/src/ui/Bad.tsx', use('../state/appStore', 'useAppStore')],
    ['ui → capability', 'renderer/src/ui/Bad.tsx', use('../settings/screens/LanguageSwitch', 'LanguageSwitch')],
    ['i18n → store', 'renderer/src/i18n/bad.ts', use('../store/runAction', 'runAction')],
    ['i18n/modules → capability', 'renderer/src/i18n/modules/bad.ts', use('../../letters/letterInput', 'letterInput')],
    ['platform → store', 'renderer/src/platform/bad.ts', use('../store/database', 'RecoveryDeskDb')],
    ['workers → capability', 'renderer/src/workers/bad.ts', use('../letters/letterInput', 'letterInput')],
    ['workers → dexie', 'renderer/src/workers/bad.ts', use('dexie', 'Dexie')],
    // nothing imports app/ but main.tsx.
    ['plain capability module → app', 'renderer/src/sync/bad.ts', use('../app/StatusBar', 'StatusBar')],
    ['plain capability module → dexie', 'renderer/src/sync/bad.ts', use('dexie', 'Dexie')],
    // the sandbox rule holds in every block (each repeats it).
    ['screens → node:fs', 'renderer/src/letters/screens/bad.ts', use('node:fs', 'readFileSync')],
    ['store → electron', 'renderer/src/store/bad.ts', use('electron', 'ipcRenderer')],
    ['repository → node:fs', 'renderer/src/letters/repository/bad.ts', use('node:fs', 'readFileSync')],
  ])('%s: refused (%s)', async (_rule, path, code) => {
    expect((await lint(path, code)).length).toBeGreaterThan(0);
  });

  it('names the way out in its message', async () => {
    const [message] = await lint('renderer/src/fieldwork/screens/Bad.tsx', use('../../store/database', 'RecoveryDeskDb'));
    expect(message).toMatch(/actions/);
    expect(message).toMatch(/docs\/renderer\.md/);
  });

  it.each([
    ['screens → state', 'renderer/src/fieldwork/screens/ok.tsx', use('../state/fieldworkSlice', 'createFieldworkSlice')],
    ['screens → app-wide state', 'renderer/src/cases/screens/ok.tsx', use('../../state/appStore', 'useAppStore')],
    ['screens → actions', 'renderer/src/fieldwork/screens/panels/ok.tsx', use('../../actions', 'logContact')],
    ['screens → plain module of another capability', 'renderer/src/letters/screens/ok.tsx', use('../../limitation/caseDeadlines', 'caseDeadlines')],
    ['screens → screens of another capability', 'renderer/src/cases/screens/ok.tsx', use('../../access/screens/Permitted', 'Permitted')],
    ['screens → a repository row type', 'renderer/src/letters/screens/ok.tsx', useType('../repository/register')],
    ['screens → ui, i18n, platform', 'renderer/src/settings/screens/ok.tsx', use('../../ui/format', 'formatFen')],
    ['screens → shared', 'renderer/src/sync/screens/ok.tsx', use('../../../../shared/sync', 'newId')],
    ['state → repository', 'renderer/src/sync/state/ok.ts', use('../repository/syncStatus', 'readSyncStatus')],
    ['state → actions', 'renderer/src/fieldwork/state/ok.ts', use('../actions', 'logContact')],
    ['app-wide state → store', 'renderer/src/state/ok.ts', use('../store/openStore', 'openStore')],
    ['actions → repository', 'renderer/src/letters/actions/ok.ts', use('../repository/register', 'registerLetter')],
    ['actions → store', 'renderer/src/fieldwork/actions/ok.ts', use('../../store/runAction', 'runAction')],
    ['repository → store', 'renderer/src/letters/repository/ok.ts', use('../../store/unitOfWork', 'commitChange')],
    ['repository → dexie', 'renderer/src/fieldwork/repository/ok.ts', use('dexie', 'Dexie')],
    ['store → dexie', 'renderer/src/store/ok.ts', use('dexie', 'Dexie')],
    ['store → shared sync (not the sync capability)', 'renderer/src/store/ok.ts', use('../../../shared/sync', 'newId')],
    ['store → platform', 'renderer/src/store/encryption/ok.ts', use('../../platform/browserDataKey', 'browserDataKeyIn')],
    ['store → i18n', 'renderer/src/store/ok.ts', use('../i18n/actionError', 'toActionError')],
    ['ui → i18n', 'renderer/src/ui/ok.tsx', use('../i18n', 'i18n')],
    ['shell → screens and state', 'renderer/src/app/ok.tsx', use('../cases/screens/CaseListScreen', 'CaseListScreen')],
    ['main.tsx → app', 'renderer/src/main.tsx', use('./app/App', 'App')],
  ])('%s: allowed (%s)', async (_rule, path, code) => {
    expect(await lint(path, code)).toEqual([]);
  });
});
