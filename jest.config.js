/**
 * One Jest run for every tier: unit tests need nothing; integration tests (`*.int.test.ts`)
 * share the real Neo4j that globalSetup starts (or NEO4J_URI's server when set). They run in
 * band because they share one database and some of them reload it.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test', '<rootDir>/src'],
  // The explorer is bundled for the browser by esbuild; Jest only drives it from test/browser.
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/src/web/'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json' }],
    // any-ascii and iso-3166 ship only as ES modules, which Jest's CommonJS runtime cannot load as they are.
    '/node_modules/(any-ascii|iso-3166)/.+\\.js$': [
      'ts-jest',
      { tsconfig: { allowJs: true, module: 'commonjs', esModuleInterop: true }, isolatedModules: true },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(any-ascii|iso-3166)/)'],
  globalSetup: '<rootDir>/test/support/globalSetup.ts',
  globalTeardown: '<rootDir>/test/support/globalTeardown.ts',
  testTimeout: 60_000,
  maxWorkers: 1,
  verbose: true,
};
