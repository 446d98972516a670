import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import officeAddins from 'eslint-plugin-office-addins';

/** What the functional core (core, layout, operations) never imports. */
const HOSTS = [
  'exceljs',
  'fflate',
  'react',
  'react-dom',
  '@fluentui/*',
  '@microsoft/office-js',
  '*/hosts/*',
  '*/cli/*',
  '*/taskpane/*',
];

export default tseslint.config(
  {
    ignores: [
      'node_modules/',
      'lib/',
      'dist/',
      '.dev-build/',
      'coverage/',
      '.tmpbuild/',
      'test-output/',
      'demo-out/',
      '.bench/',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js', '**/*.cjs'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        __dirname: 'readonly',
        console: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The functional core stays free of hosts: no Office.js, ExcelJS or React in src/core, src/layout or
    // src/operations.
    files: ['src/core/**/*.ts', 'src/layout/**/*.ts', 'src/operations/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: HOSTS }],
      'no-restricted-globals': ['error', 'Office', 'Excel'],
    },
  },
  {
    // The pane and the ribbon commands reach Excel through the Office.js host's one entry.
    files: ['src/taskpane/**/*.{ts,tsx}', 'src/commands/**/*.ts'],
    rules: {
      'no-restricted-imports': ['error', { patterns: ['**/hosts/officejs/*', '**/hosts/xlsx/*', 'exceljs', 'fflate'] }],
    },
  },
  {
    // Office.js as its authors advise: load before read, sync before read, no sync in a loop,
    // isNullObject for the *OrNullObject methods.
    files: ['src/hosts/officejs/**/*.ts', 'src/commands/**/*.ts'],
    plugins: { 'office-addins': officeAddins },
    rules: {
      'office-addins/call-sync-before-read': 'error',
      'office-addins/load-object-before-read': 'error',
      'office-addins/call-sync-after-load': 'error',
      'office-addins/no-context-sync-in-loop': 'error',
      'office-addins/no-empty-load': 'error',
      'office-addins/no-navigational-load': 'error',
      'office-addins/no-office-initialize': 'error',
      'office-addins/test-for-null-using-isNullObject': 'error',
      // Every batch waits out the user's cell edit (src/hosts/officejs/run.ts) instead of failing part-way.
      'no-restricted-properties': [
        'error',
        {
          object: 'Excel',
          property: 'run',
          message: 'Use excelRun (src/hosts/officejs/run.ts): it passes delayForCellEdit.',
        },
      ],
    },
  },
  {
    // The operations and the drivers read as steps: a function that outgrows a screen is split.
    files: ['src/operations/**/*.ts', 'src/hosts/officejs/driver.ts', 'src/cli/driver.ts'],
    rules: { 'max-lines-per-function': ['error', { max: 80, skipBlankLines: false, skipComments: false }] },
  },
  {
    // Layers import downwards only (core <- layout <- operations <- hosts); test/architecture.test.ts
    // checks that no module imports itself back through others.
    files: ['src/core/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...HOSTS, '*/layout/*', '*/operations/*'] }] },
  },
  {
    files: ['src/layout/**/*.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [...HOSTS, '*/operations/*'] }] },
  },
  {
    files: ['src/hosts/officejs/run.ts'],
    rules: { 'no-restricted-properties': 'off' },
  },
);
