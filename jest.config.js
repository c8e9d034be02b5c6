/**
 * Three projects, one `npm test`:
 *  - unit: pure code (parser, diffing, hashing), no Strapi.
 *  - sqlite / postgres: the same integration suites booting the playground
 *    Strapi against each database. The postgres project is selected by
 *    NEWSROOM_TEST_DB=postgres, set in its own setup file.
 */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' } }];
const base = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
};

const integration = (db) => ({
  ...base,
  displayName: db,
  testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
  setupFiles: [`<rootDir>/tests/helpers/env-${db}.js`],
  globalSetup: '<rootDir>/tests/helpers/global-setup.ts',
});

module.exports = {
  testTimeout: 120000,
  projects: [
    { ...base, displayName: 'unit', testMatch: ['<rootDir>/tests/unit/**/*.test.ts'] },
    integration('sqlite'),
    integration('postgres'),
    // Real browser against a real playground: run on its own, after the rest (see scripts/test.js).
    { ...base, displayName: 'e2e', testMatch: ['<rootDir>/tests/e2e/**/*.e2e.test.ts'] },
  ],
};
