// One linter (ESLint with typescript-eslint) and one formatter (Prettier); `npm run lint` runs both.
import js from '@eslint/js';
import prettier from 'eslint-config-prettier';
import tseslint from 'typescript-eslint';

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
  // Boundaries between the Node-side tools. dev/ (emulator, playground, .xlsx writer, conformance suite)
  // and scripts/ (build, bench, deploy, CLIs) are two programs: dev/ never imports scripts/, and scripts/
  // uses a dev/ tool only through its public entry, dev/<tool>/index.ts (dev/emulator, dev/playground,
  // dev/xlsx, dev/conformance), so a dev/ file can move or change without breaking the build. Code both
  // need (reading the globals of a Code.js) lives in tools/, which imports neither. Tests may import
  // anything. (The rules for src/ and sidebar/ are in their own block.)
  {
    files: ['dev/**/*.ts', 'dev/**/*.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)scripts(/|$)',
              message: 'dev/ never imports scripts/: move what both need to tools/.',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['scripts/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)dev/[^/]+/.',
              message: "scripts/ imports a dev/ tool only through its index (e.g. '../dev/playground').",
            },
          ],
        },
      ],
    },
  },
  {
    files: ['tools/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              regex: '(^|/)(dev|scripts)(/|$)',
              message: 'tools/ is shared by dev/ and scripts/: it imports neither.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
