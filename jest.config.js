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
};
