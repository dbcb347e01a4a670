import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import js from '@eslint/js';
import lexical from '@lexical/eslint-plugin';
import type { Rule } from 'eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const root = dirname(fileURLToPath(import.meta.url));

/**
 * The layers of the code and what each may import, in one table (as VS Code declares its
 * layers). A file belongs to the first layer whose pattern matches its path from the project
 * root; a relative import into a layer not in `may` is refused by `layers/may-import`. Packages
 * are not layers: Node, Electron and React are kept out of the pure core and the renderer by
 * `no-restricted-imports` below.
 */
const layers: readonly { name: string; path: RegExp; may: readonly string[] }[] = [
  { name: 'contract', path: /^electron\/contract\//, may: [] },
  { name: 'format', path: /^electron\/format\//, may: ['contract'] },
  { name: 'files', path: /^electron\/files\//, may: ['contract'] },
  { name: 'ooxml', path: /^electron\/ooxml\//, may: ['contract'] },
  { name: 'store', path: /^electron\/store\//, may: ['contract', 'format', 'files'] },
  { name: 'import', path: /^electron\/import\//, may: ['contract', 'format', 'ooxml'] },
  { name: 'docx', path: /^electron\/docx\//, may: ['contract', 'format', 'files', 'ooxml'] },
  { name: 'services', path: /^electron\/services\//, may: ['contract', 'format', 'files', 'ooxml', 'store', 'docx', 'import'] },
  { name: 'ipc', path: /^electron\/ipc\//, may: ['contract', 'format', 'files', 'services', 'store', 'shell'] },
  { name: 'web', path: /^electron\/web\//, may: ['contract', 'files', 'services', 'store', 'ipc', 'shell'] },
  // The office server (issue 17): browser mode's gate and static files, the dispatcher, the accounts service.
  { name: 'server', path: /^electron\/server\//, may: ['contract', 'files', 'services', 'store', 'ipc', 'shell', 'web'] },
  // The command line's commands reach the services only through its door (call.ts, files.ts, store.ts).
  { name: 'cli commands', path: /^electron\/cli\/commands\//, may: ['contract', 'format', 'cli'] },
  { name: 'cli', path: /^electron\/cli\//, may: ['contract', 'format', 'files', 'services', 'store', 'ipc', 'server', 'cli commands'] },
  // The desktop shell also runs the office server from the app's settings (server/host.ts).
  { name: 'shell', path: /^electron\/[^/]+$/, may: ['contract', 'format', 'files', 'services', 'store', 'ipc', 'web', 'server'] },
  { name: 'renderer', path: /^renderer\//, may: ['contract', 'format'] },
];

const layerOf = (file: string) => layers.find((l) => l.path.test(relative(root, file).split('\\').join('/')));

const mayImport: Rule.RuleModule = {
  meta: {
    type: 'problem',
    schema: [],
    messages: { refused: 'Tầng "{{from}}" không được import tầng "{{to}}" (xem bảng tầng trong eslint.config.ts).' },
  },
  create(context) {
    const from = layerOf(context.filename);
    if (!from) return {};
    const check = (node: Rule.Node, source: unknown): void => {
      if (typeof source !== 'string' || !source.startsWith('.')) return;
      const to = layerOf(resolve(dirname(context.filename), source));
      if (to && to !== from && !from.may.includes(to.name)) {
        context.report({ node, messageId: 'refused', data: { from: from.name, to: to.name } });
      }
    };
    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => check(node, node.source?.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => check(node, node.source.type === 'Literal' ? node.source.value : null),
    };
  },
};

/** Modules that only the Node side may import. */
const nodeOnly = ['electron', 'better-sqlite3', 'fs', 'path', 'os', 'child_process', 'crypto', 'url', 'stream', 'zlib', 'worker_threads'];
const nodePatterns = ['node:*'];

export default tseslint.config(
  { ignores: ['node_modules/', 'dist/', 'out/', 'release/', 'test-artifacts/', '.tmp/'] },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    languageOptions: { globals: { ...globals.node } },
    plugins: { layers: { rules: { 'may-import': mayImport } } },
    rules: {
      'no-console': 'error',
      eqeqeq: ['error', 'always'],
      curly: ['error', 'multi-line'],
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'layers/may-import': 'error',
    },
  },
  {
    // Type-aware rules: a promise is awaited, returned or explicitly voided, and never passed where a plain function is expected.
    files: ['electron/**/*.ts', 'renderer/**/*.{ts,tsx}', 'test/**/*.ts'],
    languageOptions: { parserOptions: { project: ['./tsconfig.node.json', './tsconfig.renderer.json'], tsconfigRootDir: root } },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
    },
  },
  {
    // zod's `z` as a namespace import: the named `z` is zod's whole namespace object, which keeps every language of `z.locales` (350 KB) in each bundle.
    files: ['electron/**/*.ts', 'renderer/**/*.{ts,tsx}'],
    rules: {
      'no-restricted-syntax': [
        'error',
        {
          selector: "ImportDeclaration[source.value='zod'][importKind!='type'] > ImportSpecifier[imported.name='z']",
          message: "Viết import * as z from 'zod' (import { z } kéo mọi ngôn ngữ của zod vào gói).",
        },
      ],
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
          patterns: [{ group: nodePatterns, message: 'contract/ và format/ là lõi thuần: không dùng Node.' }],
        },
      ],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks, '@lexical': lexical },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': ['error', { additionalHooks: '^(useLoadEffect|useReloadable)$' }],
      '@lexical/rules-of-lexical': 'error',
      'no-restricted-imports': [
        'error',
        {
          paths: nodeOnly.map((name) => ({ name, message: 'Giao diện chỉ nói chuyện qua window.api (contract).' })),
          patterns: [{ group: nodePatterns, message: 'Giao diện không dùng Node.' }],
        },
      ],
    },
  },
  {
    files: ['test/**/*.ts', 'electron/cli/**/*.ts'],
    rules: { 'no-console': 'off' },
  },
);
