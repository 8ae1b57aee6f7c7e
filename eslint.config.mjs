// One linter (ESLint with typescript-eslint) and one formatter (Prettier); `npm run lint` runs both.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

// ---- Layers (src/core, src/workbook, sidebar/) ----------------------------------------------------
// The layers docs/ARCHITECTURE.md describes, held by the linter: src/core imports only src/core (and
// npm packages); src/workbook never the server (nor anything outside src/); sidebar/ imports src/core's
// pure code, but from the server API (src/core/rpc/api.ts) and src/server only types, so no schema or
// server code lands in the 150 KB page, and nothing from src/workbook, dev/, scripts/ or test/.
// Imports are relative, so a rule is written per folder depth: `up(n)` matches a specifier that climbs n
// folders, which from a file n - 1 folders below the layer's root leaves the layer.
const MAX_DEPTH = 6;
const up = (n) => `^(\\.\\./){${n}}`;
const atDepth = (root, depth) => [`${root}/${'*/'.repeat(depth)}*.ts`, `${root}/${'*/'.repeat(depth)}*.tsx`];
function layerRule(root, patternsAtDepth) {
  return Array.from({ length: MAX_DEPTH }, (_, depth) => ({
    files: atDepth(root, depth),
    rules: { '@typescript-eslint/no-restricted-imports': ['error', { patterns: patternsAtDepth(depth) }] },
  }));
}
const layers = [
  ...layerRule('src/core', (depth) => [
    {
      regex: up(depth + 1),
      message: 'src/core imports only src/core: it is the pure layer every other one uses.',
    },
  ]),
  ...layerRule('src/workbook', (depth) => [
    {
      regex: `${up(depth + 1)}server(/|$)`,
      message: 'src/workbook never imports the server: the server calls the builder, not the other way.',
    },
    { regex: up(depth + 2), message: 'src/workbook imports only src/core and src/workbook.' },
  ]),
  ...layerRule('sidebar', (depth) => [
    {
      regex: `${up(depth + 1)}src/(core/rpc/api|server(/.*)?)$`,
      allowTypeImports: true,
      message: 'The page takes only types from the server API: its schemas run on the server (page budget).',
    },
    {
      regex: `${up(depth + 1)}(src/(?!core/)|dev/|scripts/|test/)`,
      message: 'sidebar/ imports src/core and types from the server API only: send the rest through an RPC.',
    },
  ]),
];
// ---- end of the layers ----------------------------------------------------------------------------

export default tseslint.config(
  { ignores: ['dist/', 'dist-conformance/', 'reports/', 'test-artifacts/', 'node_modules/', 'coverage/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      eqeqeq: ['error', 'always'],
      'no-restricted-globals': ['error', { name: 'isNaN', message: 'Use Number.isNaN.' }],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: { require: 'readonly', module: 'writable', __dirname: 'readonly' },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // src/core is pure: it runs the same in Node, the browser and Apps Script.
    files: ['src/core/**/*.ts'],
    rules: {
      'no-restricted-globals': [
        'error',
        ...[
          'SpreadsheetApp',
          'Session',
          'PropertiesService',
          'HtmlService',
          'Utilities',
          'ScriptApp',
          'process',
          'window',
          'document',
        ].map((name) => ({ name, message: 'src/core is pure: pass what it needs as arguments.' })),
      ],
    },
  },
  ...layers,
  prettier,
);
