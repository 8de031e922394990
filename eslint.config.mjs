// Lint: typescript-eslint's type-checked recommended rules, plus the habits that keep the layout
// honest: no import cycles, one door to the database (only src/db/ imports neo4j-driver's
// values), and no layer below the server importing server/. The schema (schema/*.graphql) is
// linted by graphql-eslint: every element described, names by convention, Relay's connection
// rules. Formatting is Prettier's, not ours.
import js from '@eslint/js';
import graphqlPlugin from '@graphql-eslint/eslint-plugin';
import prettier from 'eslint-config-prettier';
import importX from 'eslint-plugin-import-x';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  {
    ignores: [
      'schema.graphql',
      'node_modules/',
      'src/generated/',
      'src/web/dist/',
      'neo4j-embedded/',
      'bench/results/',
      'bench/tmp/',
      'data/',
      'coverage/',
      'dist/',
    ],
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.ts'],
    extends: [js.configs.recommended, ...tseslint.configs.recommendedTypeChecked],
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.ts'],
    languageOptions: {
      parserOptions: { projectService: { allowDefaultProject: ['*.mjs', '*.js', 'bin/*.js'] }, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ project: ['tsconfig.json', 'src/web/tsconfig.json'], noWarnOnMultipleProjects: true })],
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    // One door to the database. The harnesses that must hold a driver of their own are left
    // out: the test helper that owns the suite's driver, the launcher's own tests, and the
    // benchmark, whose floor and peer are measured without the project's executor on purpose.
    files: ['src/**/*.ts', 'test/**/*.ts'],
    ignores: ['src/db/**', 'test/support/TestHelper.ts', 'test/integration/foundation/**'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        { paths: [{ name: 'neo4j-driver', message: 'Only src/db/ talks to Neo4j: go through the Executor (type imports are fine).', allowTypeImports: true }] },
      ],
    },
  },
  {
    // The benchmark's answer extractors read untyped JSON on purpose: the three contenders'
    // answers are compared with each other, which is what checks their shape.
    files: ['bench/benchQueries.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
      '@typescript-eslint/no-unsafe-argument': 'off',
      '@typescript-eslint/no-unsafe-call': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
    },
  },
  {
    // Below the entry points (server/, cli/, main.ts): domains, db, ingest, load and the rest never reach up into server/.
    files: ['src/**/*.ts'],
    ignores: ['src/server/**', 'src/cli/**', 'src/main.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            { regex: '^\\.{1,2}/(.*/)?server(/|$)', message: 'Lower layers never import server/: put what they need beside them (e.g. src/context/).' },
          ],
        },
      ],
    },
  },
  {
    // Jest's asymmetric matchers (expect.any, expect.arrayContaining, ...) are typed `any`, and
    // page.evaluate returns what the page gives: in tests these are values to assert, not to trust.
    files: ['test/**/*.ts'],
    rules: {
      '@typescript-eslint/no-unsafe-assignment': 'off',
      '@typescript-eslint/no-unsafe-return': 'off',
      '@typescript-eslint/no-unsafe-member-access': 'off',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
  {
    files: ['bin/*.js', 'jest.config.js'],
    languageOptions: { globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly' }, sourceType: 'commonjs' },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The schema, for the researchers who read it in GraphiQL's documentation pane: each type,
    // field, argument and enum value says what it means in the domain.
    files: ['schema/**/*.graphql'],
    languageOptions: { parser: graphqlPlugin.parser, parserOptions: { graphQLConfig: { schema: 'schema/*.graphql' } } },
    plugins: { '@graphql-eslint': graphqlPlugin },
    rules: {
      ...graphqlPlugin.configs['flat/schema-recommended'].rules,
      ...graphqlPlugin.configs['flat/schema-relay'].rules,
      // Pages go forward only (`first`, `after`): a researcher reads a list from its start.
      '@graphql-eslint/relay-arguments': ['error', { includeBoth: false }],
      // Short, bounded lists (a practice's themes, an instrument's provisions) are plain lists;
      // only what grows with the catalogue is a connection.
      '@graphql-eslint/relay-edge-types': ['error', { listTypeCanWrapOnlyEdgeType: false }],
      // Only entities (the Node types) have ids; value objects (Provenance, Backing, a gap row)
      // are known through the entity they belong to.
      '@graphql-eslint/strict-id-in-types': 'off',
      // One-line descriptions are "inline", longer ones """block""": both read the same in GraphiQL.
      '@graphql-eslint/description-style': 'off',
      '@graphql-eslint/require-description': [
        'error',
        { types: true, rootField: true, FieldDefinition: true, InputValueDefinition: true, EnumValueDefinition: true, DirectiveDefinition: true },
      ],
    },
  },
  { ...prettier, files: ['**/*.js', '**/*.mjs', '**/*.ts'] },
);
