// Lint enforces the import boundaries of the architecture (which folder may import which), so a wrong
// arrow fails `npm run lint`, not a code review.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const node = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'worker_threads', 'stream', 'zlib'];

// Renderer layering. Relative specifiers only (the renderer has no path aliases): `(../)+name/` reaches a
// top-level folder of renderer/src, which keeps ../../../shared/sync and the like out of the capability match.
const CAPABILITIES = ['access', 'approvals', 'arrangements', 'assignment', 'cases', 'config', 'demo', 'encryption', 'fieldwork', 'letters', 'limitation', 'myDay', 'session', 'settings', 'sync', 'team'];
const BASE_LAYERS = ['platform', 'i18n', 'ui', 'workers'];
const topLevel = (names) => `^(\\.\\./)+(${names.join('|')})(/|$)`;
const SANDBOX = { group: [...node, 'electron', 'electron/*', '**/electron/**', '**/server/**'], message: 'renderer/ runs in the browser sandbox: no Node, Electron, main-process or server code.' };
const DEXIE = { group: ['dexie', 'dexie/*'], message: 'Only store/ and a capability\'s repository/ touch Dexie (docs/renderer.md).' };
const APP = { regex: topLevel(['app']), message: 'app/ is the shell: only main.tsx imports it (docs/renderer.md).' };
const STORE = {
  regex: topLevel(['store']),
  message: 'Screens never hold the database (issue 10 §2): call an action (<capability>/actions) or read through the state slice (docs/renderer.md).',
};
// Screens may name a repository's row types (erased at run time), never call it.
const REPOSITORY = { regex: '(^|/)repository(/|$)', allowTypeImports: true, message: 'Screens read through state/ and write through actions/, not a repository (docs/renderer.md).' };
const SCREENS = { regex: '(^|/)screens(/|$)', message: 'Arrows point down: only screens (and app/) import screens/ (docs/renderer.md).' };
const STATE = { regex: topLevel(['state']), message: 'Arrows point down: state/ is above actions, repositories, the store and the base layers (docs/renderer.md).' };
const ACTIONS = { regex: '(^|/)actions(/|$)', message: 'Arrows point down: a repository does not call actions (docs/renderer.md).' };
const CAPABILITY = { regex: topLevel(CAPABILITIES), message: 'store/ and the base layers (platform, i18n, ui, workers) import no capability (docs/renderer.md).' };
const renderer = (...patterns) => ({ 'no-restricted-imports': ['error', { patterns: [SANDBOX, ...patterns] }] });

const restrict = (groups, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: groups, message }] }],
});

export default tseslint.config(
  { ignores: ['node_modules/**', 'out/**', 'dist/**', 'coverage/**', 'test-results/**', 'playwright-report/**', 'test/lint/fixtures/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // shared/ is runtime-neutral: main, renderer and server all import it.
    files: ['shared/**/*.{ts,tsx}'],
    rules: {
      ...restrict(
        [...node, 'electron', 'electron/*', 'react', 'react-dom', 'react/*', 'dexie', '**/renderer/**', '**/electron/**', '**/server/**'],
        'shared/ is runtime-neutral: no Node, Electron, React, Dexie, or other layers (docs: ../shared/architecture.md).',
      ),
      'no-restricted-globals': ['error', 'window', 'document', 'navigator', 'localStorage', 'indexedDB', 'process', 'Buffer'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict(
      [...node, 'electron', 'electron/*', '**/electron/**', '**/server/**'],
      'renderer/ runs in the browser sandbox: no Node, Electron, main-process or server code.',
    ),
  },
  {
    // The console is a browser app of its own: it shares shared/ with everything, and nothing else.
    files: ['console/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: restrict(
      [...node, 'electron', 'electron/*', 'dexie', 'dexie/*', '**/electron/**', '**/server/**', '**/renderer/**'],
      'console/ runs in a browser against head office: shared/ only, no Node, Electron, Dexie, desktop renderer or server code (docs/server.md).',
    ),
  },
  {
    files: ['electron/**/*.{ts,tsx}'],
    rules: restrict(['**/renderer/**', '**/server/**'], 'electron/ imports shared/ and Node/Electron only.'),
  },
  {
    files: ['server/**/*.{ts,tsx}'],
    rules: restrict(['electron', 'electron/*', '**/renderer/**', '**/electron/**', '**/console/src/**'], 'server/ imports shared/ only.'),
  },
  // The renderer's rooms and arrows (docs/renderer.md): each capability folder holds screens/ → state/ →
  // actions/ → repository/, all above store/ (the database core) and the base layers (platform, i18n, ui,
  // workers); nothing imports app/ but main.tsx. Each block lists the renderer's full pattern set, because a
  // later block's no-restricted-imports replaces an earlier one's for the files both match.
  { files: ['renderer/src/**/*.{ts,tsx}'], ignores: ['renderer/src/store/**', 'renderer/src/*/repository/**'], rules: renderer(DEXIE, APP) },
  { files: ['renderer/src/*/screens/**/*.{ts,tsx}'], rules: renderer(DEXIE, APP, STORE, REPOSITORY) },
  { files: ['renderer/src/state/**/*.{ts,tsx}', 'renderer/src/*/state/**/*.{ts,tsx}'], rules: renderer(DEXIE, APP, SCREENS) },
  { files: ['renderer/src/*/actions/**/*.{ts,tsx}'], rules: renderer(DEXIE, APP, SCREENS, STATE) },
  { files: ['renderer/src/*/repository/**/*.{ts,tsx}'], rules: renderer(APP, SCREENS, STATE, ACTIONS) },
  { files: ['renderer/src/store/**/*.{ts,tsx}'], rules: renderer(APP, STATE, CAPABILITY) },
  { files: BASE_LAYERS.map((b) => `renderer/src/${b}/**/*.{ts,tsx}`), rules: renderer(DEXIE, APP, STATE, STORE, CAPABILITY) },
);
