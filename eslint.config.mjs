// ESLint (flat config), run by `npm run lint` and by `npm test` with zero warnings allowed.
// Order: JavaScript and TypeScript recommended sets, React hooks, accessibility of JSX, the layer boundaries, and
// eslint-config-prettier last so that no rule argues with Prettier about layout.
import { defineConfig } from 'eslint/config';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import prettier from 'eslint-config-prettier';
import globals from 'globals';

// An import written relatively ('../components/x', '../../app/y') or through the '@/' alias, from any depth.
const upward = (folders) => `^(?:(?:\\.\\./)+|\\./|@/)(?:${folders.join('|')})(?:/|$)`;

const uiPackages = ['react', 'react/*', 'react-dom', 'react-dom/*', 'next', 'next/*', '@xstate/*'];

export default defineConfig(
  {
    ignores: [
      'node_modules/',
      '.next/',
      'out/',
      'test-results/',
      'playwright-report/',
      'bench-results/',
      '.bench/',
      'next-env.d.ts',
      // written by `npm run places` from ontario-places.csv
      'rules/places/places.index.ts',
    ],
  },
  js.configs.recommended,
  tseslint.configs.recommended,
  reactHooks.configs.flat.recommended,
  jsxA11y.flatConfigs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      // A name that starts with '_' is unused on purpose (a parameter kept for its position, a skipped element).
      // French typography puts a non-breaking space before ':' and inside '« »', in templates as in strings.
      'no-irregular-whitespace': ['error', { skipTemplates: true }],
      // A scrolling region (a wide table, the graph) takes focus so that a keyboard can scroll it (axe's
      // scrollable-region-focusable, WCAG 2.1.1); 'tabpanel' is the plugin's own default.
      'jsx-a11y/no-noninteractive-tabindex': [
        'error',
        { tags: [], roles: ['tabpanel', 'region'], allowExpressionValues: true },
      ],
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' },
      ],
    },
  },
  // The layers: rules/ is pure (no React, XState, Next, nor any layer above it); machines/ never reaches the UI.
  {
    files: ['rules/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: [...uiPackages, 'xstate', 'xstate/*'], message: 'rules/ is pure: no React, XState or Next.' },
            {
              regex: upward(['components', 'machines', 'app']),
              message: 'rules/ imports nothing from the layers above it (components/, machines/, app/).',
            },
          ],
        },
      ],
    },
  },
  {
    files: ['machines/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { group: uiPackages, message: 'machines/ runs without React or Next.' },
            {
              regex: upward(['components', 'app']),
              message: 'machines/ never imports components/ or app/.',
            },
          ],
        },
      ],
    },
  },
  prettier,
);
