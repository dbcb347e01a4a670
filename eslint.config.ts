import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Modules that only the Node side may import. */
const nodeOnly = ['electron', 'better-sqlite3', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'stream', 'zlib', 'worker_threads'];
const nodePatterns = ['node:*'];

/** Layers of the Node side, reached through `electron/…` or, from inside electron/, `../…`. */
const layers = '(services|store|docx|import|files|cli|main|preload|window|menu|security|ipc)';
const shellLayers = `(^|/)electron/${layers}(/|\\.|$)`;
const siblingLayer = `^(\\.\\./)+${layers}(/|\\.|$)`;

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', 'release/', 'test-artifacts/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      'no-console': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    // The pure core: no Electron, no Node, no React.
    files: ['electron/contract/**/*.ts', 'electron/format/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeOnly, 'react', 'react-dom', 'lexical'].map((name) => ({
            name,
            message: 'contract/ và format/ là lõi thuần: không dùng Electron, Node hay React.',
          })),
          patterns: [
            { group: nodePatterns, message: 'contract/ và format/ là lõi thuần: không dùng Node.' },
            { regex: `${shellLayers}|${siblingLayer}|(^|/)renderer/`, message: 'Lõi thuần không phụ thuộc các tầng khác.' },
          ],
        },
      ],
    },
  },
  {
    files: ['electron/contract/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [...nodeOnly, 'react', 'react-dom', 'lexical'].map((name) => ({ name, message: 'contract/ là lõi thuần.' })),
          patterns: [
            { group: nodePatterns, message: 'contract/ là lõi thuần: không dùng Node.' },
            {
              regex: `${shellLayers}|${siblingLayer}|^(\\.\\./)+format(/|$)|(^|/)renderer/`,
              message: 'contract/ không phụ thuộc tầng nào khác.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: nodeOnly.map((name) => ({ name, message: 'Giao diện chỉ nói chuyện qua window.api (contract).' })),
          patterns: [
            { group: nodePatterns, message: 'Giao diện không dùng Node.' },
            { regex: shellLayers, message: 'Giao diện chỉ được import electron/contract và electron/format.' },
          ],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'electron/cli/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
