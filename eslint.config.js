// Lint: code quality plus the architecture's boundaries as rules (ARCHITECTURE.md "Boundaries"):
// the renderer never reaches Electron or Node, the engine never imports electron, shared/ imports
// nothing outside itself, child_process lives only in the tool runner, and raw ipcMain/ipcRenderer
// only in the IPC helper files. Regexes are checked for super-linear backtracking.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import regexp from 'eslint-plugin-regexp';
import sdl from '@microsoft/eslint-plugin-sdl';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];
const restrict = (extra = {}) => ({
  'no-restricted-imports': ['error', { paths: extra.paths ?? [], patterns: extra.patterns ?? [] }],
});
const noElectron = { name: 'electron', message: 'Only electron/main and electron/preload may import electron.' };
const noNode = nodeBuiltins.map((name) => ({ name, message: 'The renderer and shared/ run without Node.' }));
const childProcess = ['child_process', 'node:child_process'].map((name) => ({
  name,
  message: 'Start processes only through electron/engine/host/live/tool-runner.ts.',
}));
const rawIpc = {
  name: 'electron',
  importNames: ['ipcMain', 'ipcRenderer'],
  message: 'Raw IPC only in electron/main/ipc/ and electron/preload/.',
};

export default tseslint.config(
  {
    ignores: [
      'out/**',
      'node_modules/**',
      'release/**',
      'test-results/**',
      'playwright-report/**',
      'docs/**',
      '.tools/**',
      'bench-output/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  regexp.configs['flat/recommended'],
  {
    rules: {
      'regexp/no-super-linear-backtracking': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': [
        'error',
        { selector: "Property[key.name='shell'][value.value=true]", message: 'Never shell: true (no cmd.exe).' },
        { selector: "Property[key.name='nodeIntegration'][value.value=true]", message: 'nodeIntegration stays off.' },
        { selector: "Property[key.name='contextIsolation'][value.value=false]", message: 'contextIsolation stays on.' },
        { selector: "Property[key.name='sandbox'][value.value=false]", message: 'sandbox stays on.' },
        { selector: "Property[key.name='webSecurity'][value.value=false]", message: 'webSecurity stays on.' },
      ],
    },
  },
  // Microsoft SDL rules (security research §1.3: complements Electronegativity), as errors in shipped code.
  {
    files: ['electron/**/*.ts', 'renderer/**/*.{ts,tsx}', 'shared/**/*.ts'],
    ignores: ['**/*.test.ts', '**/*.test.tsx'],
    plugins: { '@microsoft/sdl': sdl },
    rules: {
      '@microsoft/sdl/no-cookies': 'error',
      '@microsoft/sdl/no-document-domain': 'error',
      '@microsoft/sdl/no-document-write': 'error',
      '@microsoft/sdl/no-electron-node-integration': 'error',
      '@microsoft/sdl/no-html-method': 'error',
      '@microsoft/sdl/no-inner-html': 'error',
      '@microsoft/sdl/no-insecure-random': 'error',
      '@microsoft/sdl/no-insecure-url': 'error',
      '@microsoft/sdl/no-postmessage-star-origin': 'error',
      '@microsoft/sdl/no-unsafe-alloc': 'error',
    },
  },
  // Every TypeScript area: child_process is banned except in the tool runner.
  { files: ['electron/**/*.ts'], rules: restrict({ paths: [...childProcess] }) },
  { files: ['electron/engine/host/live/tool-runner.ts'], rules: { 'no-restricted-imports': 'off' } },
  // The engine and the preview are plain Node: no electron.
  {
    files: ['electron/engine/**/*.ts', 'electron/preview/**/*.ts'],
    rules: restrict({ paths: [noElectron, ...childProcess] }),
  },
  { files: ['electron/engine/host/live/tool-runner.ts'], rules: restrict({ paths: [noElectron] }) },
  // Main: electron allowed, but not raw ipcMain outside the IPC helper files.
  { files: ['electron/main/**/*.ts'], rules: restrict({ paths: [rawIpc, ...childProcess] }) },
  { files: ['electron/main/ipc/**/*.ts'], rules: restrict({ paths: [...childProcess] }) },
  // Renderer: no electron, no Node, nothing from electron/.
  {
    files: ['renderer/**/*.{ts,tsx}'],
    rules: restrict({
      paths: [noElectron, ...noNode],
      patterns: [
        {
          group: ['**/electron/**', '**/electron'],
          message: 'The renderer talks to main only through the bridge API.',
        },
      ],
    }),
  },
  // shared/: nothing outside itself (zod is the one library it may use).
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: restrict({
      paths: [noElectron, ...noNode],
      patterns: [
        {
          group: ['**/electron/**', '**/renderer/**', '@shared/*'],
          message: 'shared/ imports only from shared/ (relative paths).',
        },
        { group: ['*', '!zod', '!.', '!./**', '!..', '!../**'], message: 'shared/ may only import zod.' },
      ],
    }),
  },
  {
    files: ['scripts/**/*.{js,mjs}', 'bin/**/*.mjs', '*.config.{js,ts}', 'e2e/**/*.ts'],
    languageOptions: {
      globals: {
        process: 'readonly',
        console: 'readonly',
        Buffer: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
      },
    },
  },
);
