/** One run for everything: the pure core in milliseconds, LibreOffice and Chromium where it matters. */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts', '**/*.test.tsx'],
  transform: {
    '^.+\\.tsx?$': ['ts-jest', { tsconfig: 'tsconfig.json', diagnostics: { warnOnly: false } }],
  },
  moduleNameMapper: { '\\.(css|png|svg)$': '<rootDir>/test/support/fileStub.js' },
  setupFiles: ['<rootDir>/test/support/locale.js'],
  testTimeout: 120000,
  // A worker that grew past this after a test file starts afresh: the fake Excel's 70,000-employee
  // workbook (test/officejs/performance.test.ts) leaves gigabytes a later file would add to.
  workerIdleMemoryLimit: '1GB',
};
