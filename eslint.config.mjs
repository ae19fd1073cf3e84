// @ts-check
// ESLint flat config: typescript-eslint, Lit, web-component and Lit a11y rules over the sources,
// stories, tests, scripts and config files. Template binding types are checked by lit-analyzer
// (`npm run lint:templates`), which ESLint cannot see.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import litA11y from 'eslint-plugin-lit-a11y';
import globals from 'globals';

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'dist/',
      'storybook-static/',
      'src/localization/generated/',
      'coverage/',
      '**/*.d.mts',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['src/**/*.ts', 'stories/**/*.ts', 'test/**/*.ts', '.storybook/**/*.ts', 'bench/**/*.ts'],
    extends: [lit.configs['flat/recommended'], wc.configs['flat/recommended'], litA11y.configs.recommended],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['**/*.mjs', '**/*.cjs', 'test/package/**'],
    languageOptions: { globals: globals.node },
  },
  {
    // These scripts drive a browser through puppeteer; their page.evaluate() callbacks run in the page.
    files: [
      'scripts/bench-page.mjs',
      'scripts/bench-timer.mjs',
      'scripts/browser-check.mjs',
      'scripts/check-storybook.mjs',
      'scripts/screenshots.mjs',
      'scripts/test-package.mjs',
      'scripts/test-stories.mjs',
      'test/package/prerender.test.mjs',
      'test/package/ssr.test.mjs',
    ],
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // Chai's property assertions (`expect(x).to.exist`, `.to.be.true`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['**/*.cjs'],
    languageOptions: { sourceType: 'commonjs' },
  },
  {
    rules: {
      // `_`-prefixed names are intentionally unused (placeholders in signatures and destructuring).
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A `let` read by a closure before its one assignment (autoloader's observer) cannot be const.
      'prefer-const': ['error', { ignoreReadBeforeAssign: true }],
    },
  },
);
