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
  prettier,
);
