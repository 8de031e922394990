import type { ApolloServer } from '@apollo/server';
import type { RequestContext, ServerServices } from '../../../src/context/requestContext';
import { executeOp } from '../../support/graphqlClient';
import { TestHelper } from '../../support/TestHelper';

/**
 * The server keeps the reference data (themes, groups, instruments, countries, ...) for minutes.
 * When another process reloads the graph meanwhile, rows can point at reference ids that the
 * server's snapshot lacks: every field that meets one answers NOT_FOUND, naming it, never a
 * masked internal error, and never an answer that silently leaves it out.
 */
describe('a reference id missing from the server’s snapshot', () => {
  let helper: TestHelper;
  let apollo: ApolloServer<RequestContext>;
  let stale: ServerServices;

  beforeAll(async () => {
    helper = TestHelper.create();
    await helper.resetToSeed();
    apollo = await helper.apollo();
    stale = helper.services();
    // The server reads its snapshot; then the graph gains a theme, a group and an instrument it does not know.
    await stale.reference.get();
    await helper.cypher(`
      CREATE (t:Theme {id: 'housing', name: 'Housing', nameFr: 'Logement', description: 'Shelter', basis: 'curated', evidence: 'test'})
      CREATE (:Group {id: 'elders', name: 'Elders', nameFr: 'Aînés', basis: 'curated', evidence: 'test'})
      CREATE (i:Instrument {id: 'TEST-TREATY', name: 'Test Treaty', nameFr: 'Traité de test', kind: 'TREATY', adopted: 2025, body: 'UN', ratificationStatusKnown: true, basis: 'curated', evidence: 'test'})
      WITH t, i
      MATCH (p:Practice {id: 'beta-groups'}), (c:Country {id: 'MEX'})
      CREATE (p)-[:ADDRESSES {basis: 'curated', evidence: 'test'}]->(t)
      CREATE (c)-[:RATIFIED {basis: 'dataset', evidence: 'test', year: 2025}]->(i)`);
  });
  afterAll(async () => {
    await helper.cypher("MATCH (n) WHERE n.id IN ['housing', 'elders', 'TEST-TREATY'] AND (n:Theme OR n:Group OR n:Instrument) DETACH DELETE n");
    await apollo.stop();
    await helper.close();
  });

  it.each<[string, string, string]>([
    ['a practice’s themes', '{ practice(id: "beta-groups") { id themes { id } } }', 'No theme with id "housing".'],
    ['a country’s ratifications', '{ country(id: "MEX") { ratifications { status instrument { id } } } }', 'No instrument with id "TEST-TREATY".'],
    ['a theme × group gap', '{ partnershipGaps { themeGroupGaps(themes: ["health"]) { group { id } } } }', 'No group with id "elders".'],
  ])('%s: NOT_FOUND, naming the id', async (_what, query, message) => {
    const res = await executeOp(apollo, helper.context(stale), query);
    expect(res.errors?.map((e) => ({ message: e.message, code: e.extensions?.code }))).toEqual([{ message, code: 'NOT_FOUND' }]);
    // With a fresh snapshot the same question has its answer.
    const fresh = await executeOp(apollo, helper.context(), query);
    expect(fresh.errors).toBeUndefined();
  });
});
