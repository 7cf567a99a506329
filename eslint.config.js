// Lint enforces the import boundaries of the architecture (which folder may import which), so a wrong
// arrow fails `npm run lint`, not a code review.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const node = ['node:*', 'fs', 'fs/*', 'path', 'os', 'child_process', 'crypto', 'http', 'https', 'net', 'url', 'worker_threads', 'stream', 'zlib'];

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
    files: ['electron/**/*.{ts,tsx}'],
    rules: restrict(['**/renderer/**', '**/server/**'], 'electron/ imports shared/ and Node/Electron only.'),
  },
  {
    files: ['server/**/*.{ts,tsx}'],
    rules: restrict(['electron', 'electron/*', '**/renderer/**', '**/electron/**'], 'server/ imports shared/ only.'),
  },
  {
    // Only repositories touch Dexie; components and stores go through them.
    files: ['renderer/src/**/*.{ts,tsx}'],
    ignores: ['renderer/src/db/**', 'renderer/src/store/**', 'renderer/src/*/repository/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...node, 'electron', 'electron/*', '**/electron/**', '**/server/**'], message: 'renderer/ runs in the browser sandbox: no Node, Electron, main-process or server code.' },
            { group: ['dexie', 'dexie/*'], message: 'Only repositories in renderer/src/db touch Dexie.' },
          ],
        },
      ],
    },
  },
  {
    // Screens never hold the database: they call actions (renderer/src/actions, one transaction per user
    // operation) and read through repositories. Repeats the renderer patterns above: a later block's
    // no-restricted-imports replaces an earlier one's for the files it matches.
    files: ['renderer/src/features/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...node, 'electron', 'electron/*', '**/electron/**', '**/server/**'], message: 'renderer/ runs in the browser sandbox: no Node, Electron, main-process or server code.' },
            {
              group: ['dexie', 'dexie/*', '**/db/database', '**/db/database.ts', '**/db/openStore', '**/db/openStore.ts'],
              message: 'features/ never holds the database: call an action (renderer/src/actions) or read through a repository (issue 10 §2).',
            },
          ],
        },
      ],
    },
  },
);
