/**
 * Three projects, one `npm test`:
 *  - unit: pure code (parser, diffing, hashing), no Strapi.
 *  - sqlite / postgres: the same integration suites booting the playground
 *    Strapi against each database. The postgres project is selected by
 *    NEWSROOM_TEST_DB=postgres, set in its own setup file.
 */
const swc = ['@swc/jest', { jsc: { parser: { syntax: 'typescript', tsx: true }, target: 'es2022' } }];
/**
 * ESM-only packages the source stage reads through (linkedom's DOM helpers,
 * the unified/remark family): Node 20 requires them natively, jest's module
 * runtime cannot, so swc turns them into CommonJS for the tests.
 */
const ESM_PACKAGES = [
  '@nodable/entities', 'anynum', 'bail', 'boolbase', 'character-entities', 'css-select', 'css-what', 'cssomnom',
  'decode-named-character-reference', 'devlop', 'dom-serializer', 'domelementtype', 'domhandler', 'domutils', 'entities',
  'fast-xml-builder', 'html-escaper', 'htmlparser2', 'is-plain-obj', 'is-unsafe', 'mdast-util-[^/]+', 'micromark[^/]*', 'nth-check',
  'path-expression-matcher', 'remark-parse', 'strnum', 'trough', 'uhyphen', 'unified', 'unist-util-[^/]+', 'vfile[^/]*', 'xml-naming',
];
const base = {
  transform: { '^.+\\.(t|j)sx?$': swc },
  transformIgnorePatterns: [`/node_modules/(?!.*/node_modules/)(?!(?:${ESM_PACKAGES.join('|')})/)`],
  testEnvironment: 'node',
  moduleFileExtensions: ['ts', 'tsx', 'js', 'json'],
};

const integration = (db) => ({
  ...base,
  displayName: db,
  testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
  // The packed-install suite checks the package, not the database: SQLite only.
  testPathIgnorePatterns: ['/node_modules/', ...(db === 'postgres' ? ['/tests/integration/packed-install\\.test\\.ts$'] : [])],
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
