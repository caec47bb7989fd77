import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import react from 'eslint-plugin-react';
import globals from 'globals';

/*
 * Who may import what (README, For developers; shared/docs/architecture.md). `no-restricted-imports`
 * zones, one config object per kind of file: a file matches exactly one of them, because a later
 * object's options replace an earlier one's. Tests (`*.test.ts(x)`) and everything under tests/
 * (fixtures, setup, bench, e2e) are exempt: they set up data through any repository and may open
 * the database. Dynamic `import()` is not seen by this rule; the import-graph test
 * (tests/unit/importGraph.test.ts) reads those too.
 */
const TESTS = ['**/*.test.{ts,tsx}'];
const up = (n) => '(\\.\\./){' + n + '}';
const zone = {
  // The database instance: only repositories (`*Repo.ts`) and renderer/db/ (the write path) open it.
  database: {
    regex: '(^|/)db/db$',
    message: 'Only a repository (*Repo.ts) or renderer/db/ reads or writes the database: go through the repository.',
  },
  dexie: {
    regex: '^dexie$',
    message: 'Dexie is for repositories (*Repo.ts) and renderer/db/ only.',
  },
  // Live queries belong in a feature's hooks (use*.ts): components read through them.
  liveQuery: {
    regex: '^dexie-react-hooks$',
    message: 'useLiveQuery belongs in a hook (use*.ts): components read through their feature’s hooks.',
  },
  features: {
    regex: '(^|/)features(/|$)',
    message: 'Only renderer/app/ imports features: this layer sits below them.',
  },
  app: {
    regex: '(^|/)app(/|$)',
    message: 'Nothing imports renderer/app/: the app imports the features, never the other way round.',
  },
  // From a file `depth` folders inside renderer/features/<x>/: another feature's file, not its index.
  otherFeatureInternals: (depth) => ({
    regex: '^' + up(depth + 1) + '[^./][^/]*/',
    message: 'Import another feature through its public surface (features/<x>/index.ts), never its files.',
  }),
  appFromFeature: (depth) => ({
    regex: '^' + up(depth + 2) + 'app(/|$)',
    message: 'A feature never imports renderer/app/: the app passes in what other features add.',
  }),
};
const restrict = (...patterns) => ['error', { patterns }];
const FEATURE_DEPTHS = [0, 1, 2, 3];
const featureFiles = (depth, name) => [`renderer/features/*/${'*/'.repeat(depth)}${name}`];
const featureZones = FEATURE_DEPTHS.flatMap((depth) => {
  const base = [zone.otherFeatureInternals(depth), zone.appFromFeature(depth)];
  return [
    {
      files: featureFiles(depth, '*.{ts,tsx}'),
      ignores: [...TESTS, ...featureFiles(depth, '*Repo.ts'), ...featureFiles(depth, 'use*.ts')],
      rules: { 'no-restricted-imports': restrict(...base, zone.database, zone.dexie, zone.liveQuery) },
    },
    {
      files: featureFiles(depth, '*Repo.ts'),
      ignores: TESTS,
      rules: { 'no-restricted-imports': restrict(...base, zone.liveQuery) },
    },
    {
      files: featureFiles(depth, 'use*.ts'),
      ignores: TESTS,
      rules: { 'no-restricted-imports': restrict(...base, zone.database, zone.dexie) },
    },
  ];
});
const importZones = [
  ...featureZones,
  {
    files: ['renderer/app/**/*.{ts,tsx}'],
    ignores: TESTS,
    rules: { 'no-restricted-imports': restrict(zone.database, zone.dexie, zone.liveQuery) },
  },
  {
    files: ['renderer/{components,lib,i18n,bridge}/**/*.{ts,tsx}'],
    ignores: [...TESTS, 'renderer/components/use*.ts'],
    rules: { 'no-restricted-imports': restrict(zone.features, zone.app, zone.database, zone.dexie, zone.liveQuery) },
  },
  {
    files: ['renderer/components/use*.ts'],
    ignores: TESTS,
    rules: { 'no-restricted-imports': restrict(zone.features, zone.app, zone.database, zone.dexie) },
  },
  {
    files: ['renderer/db/**/*.ts'],
    ignores: TESTS,
    rules: { 'no-restricted-imports': restrict(zone.features, zone.app) },
  },
  // The desktop shell meets the renderer over the bridge (shared/ipc), never by an import.
  {
    files: ['electron/**/*.ts'],
    ignores: TESTS,
    rules: {
      'no-restricted-imports': restrict({
        regex: '^(\\.\\./)+renderer(/|$)',
        message: 'electron/ imports shared/, never renderer/: they meet over the bridge (shared/ipc).',
      }),
    },
  },
  // shared/ is pure TypeScript for the renderer, the main process and the tests alike.
  {
    files: ['shared/**/*.ts'],
    ignores: TESTS,
    rules: {
      'no-restricted-imports': restrict(
        {
          regex: '^(\\.\\./)+(renderer|electron)(/|$)',
          message: 'shared/ imports nothing from renderer/ or electron/.',
        },
        {
          regex: '^(react|react-dom|dexie|dexie-react-hooks|electron)(/|$)',
          message: 'shared/ is plain TypeScript: no React, Dexie or Electron.',
        },
      ),
    },
  },
];

export default tseslint.config(
  // dist-*/ and test-results-*/: builds and results of parallel e2e runs (README, For developers).
  {
    ignores: [
      'dist/**',
      'dist-*/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'test-results-*/**',
      'playwright-report/**',
      'bench/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-definitions': ['error', 'type'],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-syntax': ['error', { selector: 'ExportDefaultDeclaration', message: 'Use named exports.' }],
    },
  },
  {
    files: ['renderer/**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y, react },
    settings: { react: { version: 'detect' } },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
      // Every visible string goes through i18next: an English literal in JSX is a bug.
      'react/jsx-no-literals': [
        'error',
        {
          noStrings: true,
          ignoreProps: true,
          allowedStrings: ['·', '—', '–', '/', ':', '(', ')', '*', '…', '%', '#', '×', '+', '-', '|', ','],
        },
      ],
    },
  },
  {
    files: ['**/*.test.{ts,tsx}', 'tests/**/*.{ts,tsx}'],
    rules: { 'react/jsx-no-literals': 'off' },
  },
  ...importZones,
  {
    files: ['vite.config.ts', 'vitest.config.ts', 'playwright.config.ts', 'eslint.config.js'],
    rules: { 'no-restricted-syntax': 'off' },
  },
);
