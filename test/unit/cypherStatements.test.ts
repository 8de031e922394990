import { readCypherStatements } from '../../src/db/cypherCatalog';

/**
 * Every statement exactly as the executor sends it (fragments spliced in, variant slots filled),
 * so that a change to a fragment shows in review every statement it changes, in
 * __snapshots__/cypherStatements.test.ts.snap. After a change you mean, refresh it with
 * `npx jest test/unit/cypherStatements.test.ts -u` and commit it with the change.
 */
describe('every Cypher statement, expanded', () => {
  it.each(readCypherStatements().map((s) => [s.name, s.text] as const))('%s', (_name, text) => {
    expect(text).toMatchSnapshot();
  });
});
