import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import { builtinModules } from 'node:module';

const nodeBuiltins = [...builtinModules, ...builtinModules.map((m) => `node:${m}`)];

/** The renderer's import rule for some files, with extra forbidden patterns (the floors and walls). */
function rendererImports(files, patterns = []) {
  return {
    files,
    ignores: ['renderer/**/*.test.{ts,tsx}'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'electron',
              message: 'The renderer talks to Electron only through the platform adapter.',
            },
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'The renderer runs in a browser: no Node built-ins.',
            })),
          ],
          patterns,
        },
      ],
    },
  };
}

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'coverage/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: 'module',
      globals: { ...globals.browser, ...globals.node },
    },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-explicit-any': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // The app does not use the React Compiler, so a hook it cannot memoise (TanStack Virtual) is fine.
      'react-hooks/incompatible-library': 'off',
    },
  },
  // shared/ is pure domain code used by both processes: no UI, database, Electron or Node.
  {
    files: ['shared/**/*.ts'],
    ignores: ['shared/**/*.test.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...['react', 'react-dom', 'dexie', 'dexie-react-hooks', 'electron'].map((name) => ({
              name,
              message: 'shared/ stays free of UI, database and Electron code.',
            })),
            ...nodeBuiltins.map((name) => ({ name, message: 'shared/ must not use Node built-ins.' })),
          ],
          patterns: [
            {
              group: ['react/*', 'react-dom/*', 'dexie/*', 'electron/*', '@mantine/*'],
              message: 'shared/ stays free of UI, database and Electron code.',
            },
          ],
        },
      ],
    },
  },
  // The renderer runs in a sandboxed page: no Electron, no Node. The floors of docs/architecture.md are
  // written here too, one block per floor (a later block replaces the rule's options, so each repeats the
  // renderer's own paths).
  rendererImports(['renderer/**/*.{ts,tsx}']),
  // db/ is below the interface: it never reaches up into ui/, platform/, features/ or app/.
  rendererImports(
    ['renderer/src/db/**/*.ts'],
    [
      {
        regex: '^(\\.\\./)+(ui|platform|features|app|bench)(/|$)',
        message:
          'db/ stands below the interface: no ui/, platform/, features/ or app/ imports (docs/architecture.md).',
      },
    ],
  ),
  // Features read through named queries and hooks, never through the Dexie connection; and another
  // feature only through its public.ts. One block per folder depth, since the path climbs one more level.
  ...[1, 2, 3].map((depth) =>
    rendererImports(
      [`renderer/src/features/*/${'*/'.repeat(depth - 1)}*.{ts,tsx}`],
      [
        {
          regex: `^(\\.\\./){${depth + 1},}db(/index|/database)?$`,
          message:
            'Features never hold the Dexie connection: read through db/queries/ (with a use-… hook), write through db/repos/.',
        },
        {
          regex: `^(\\.\\./){${depth}}(?!\\.)[^/]+/(?!public$)`,
          message:
            "Another feature is reached only through its public.ts: import from '../<feature>/public'.",
        },
      ],
    ),
  ),
  // The shell and the benchmark enter a feature through its section or its public.ts.
  rendererImports(
    ['renderer/src/app/**/*.{ts,tsx}', 'renderer/src/bench/**/*.ts'],
    [
      {
        regex: '^\\.\\./features/[^/]+/(?!public$|[^/]+-section$)',
        message: "app/ and bench/ enter a feature through its '*-section' or 'public' module only.",
      },
    ],
  ),
  {
    files: ['scripts/**/*.mjs', '*.config.{js,ts}', 'bench/**/*.{ts,mjs}'],
    languageOptions: { globals: { ...globals.node } },
  },
);
