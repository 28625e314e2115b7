// ESLint (flat config): JavaScript's and typescript-eslint's recommended rules over the product,
// the tests, the evals, the benchmarks, the scripts and the web UI. Formatting is Prettier's job
// (`npm run format`), so eslint-config-prettier turns off the rules that would fight it.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';

export default tseslint.config(
  { ignores: ['dist/', 'build/', 'artifacts/', 'coverage/', 'node_modules/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      // `_name` marks a parameter kept for its position (callbacks, handlers).
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' },
      ],
      // Text cleaning matches control characters, joiners and combining marks on purpose (named
      // patterns such as INVISIBLE and DIACRITICS), which these two rules take for mistakes.
      'no-control-regex': 'off',
      'no-misleading-character-class': 'off',
    },
  },
  {
    // Untyped by nature: Kysely migrations and table set-up run against whatever schema the
    // database has (Kysely<any>, as Kysely documents), and parsed XML trees have no fixed shape.
    files: ['src/store/**/*.ts', 'src/sources/feeds/*.ts', 'src/sources/sitemaps.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
  {
    files: ['web/src/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: { 'react-hooks/rules-of-hooks': 'error', 'react-hooks/exhaustive-deps': 'warn' },
  },
  prettier,
);
