// Lint rules, including the process boundaries that must not drift:
//   renderer/  never imports main/, electron or Node built-ins
//   shared/    imports neither main/ nor renderer/, nor electron or Node built-ins
//   main/      only main/shell/ and main/preload/ may import electron
//   main/store/migrations/  frozen: imports only files beside it, never live code
import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const electron = { name: 'electron', message: 'Only the thin shell (main/shell, main/preload) may import electron.' };
const mainFolder = { group: ['**/main/**', 'main/**'], message: 'The renderer and shared/ never import from main/.' };
const rendererFolder = { group: ['**/renderer/**', 'renderer/**'], message: 'main/ and shared/ never import from renderer/.' };
const liveCode = {
  group: ['../*', '!../database', '../../**'],
  message: 'A migration is frozen: it imports only files beside it (seed data copied into main/store/migrations/seed/), never live service code or resources.',
};
const nodeBuiltins = { group: ['node:*'], message: 'Node built-ins are for main/ only; this code also runs in the browser.' };

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', '.tmp/**', 'tests/e2e/artifacts/**', '**/*.cjs'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { ecmaVersion: 2022, sourceType: 'module' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-console': ['error', { allow: ['error', 'warn'] }],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', { paths: [electron], patterns: [mainFolder, nodeBuiltins] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electron], patterns: [mainFolder, rendererFolder, nodeBuiltins] }] },
  },
  {
    files: ['main/**/*.ts'],
    ignores: ['main/shell/**', 'main/preload/**'],
    rules: { 'no-restricted-imports': ['error', { paths: [electron], patterns: [rendererFolder] }] },
  },
  {
    files: ['main/store/migrations/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [electron], patterns: [rendererFolder, liveCode] }] },
  },
  {
    files: ['main/shell/**/*.ts', 'main/preload/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [rendererFolder] }] },
  },
  {
    files: ['**/*.mjs', 'tests/**/*.{ts,tsx}'],
    languageOptions: { globals: { process: 'readonly', console: 'readonly', Buffer: 'readonly', URL: 'readonly', setTimeout: 'readonly', clearTimeout: 'readonly' } },
    rules: { 'no-console': 'off' },
  },
);
