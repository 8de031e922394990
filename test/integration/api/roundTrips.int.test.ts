import type { ApolloServer } from '@apollo/server';
import type { RequestContext, ServerServices } from '../../../src/context/requestContext';
import { dataOf, executeOp } from '../../support/graphqlClient';
import { TestHelper } from '../../support/TestHelper';

const NESTED = `query ($first: Int) {
  practices(first: $first) {
    edges { node {
      id
      countries { id name }
      partners { id kind basedIn { id name } }
      themes { id name }
      backedBy { instrument { id name } provision { id } theme { id } path { type } }
    } }
  }
}`;

describe('database round trips per request', () => {
  let helper: TestHelper;
  let apollo: ApolloServer<RequestContext>;
  let services: ServerServices;

  beforeAll(async () => {
    helper = TestHelper.create();
    await helper.resetToSeed();
    apollo = await helper.apollo();
    services = helper.services();
    await services.reference.get(); // reference data is cached per server, not fetched per request
  });
  afterAll(async () => {
    await apollo.stop();
    await helper.close();
  });

  it('grow with the depth of the selection, not with the length of its lists', async () => {
    const run = async (first: number) => {
      const res = await executeOp<{ practices: { edges: Array<{ node: { backedBy: unknown[] } }> } }>(apollo, helper.context(services), NESTED, { first });
      return { count: dataOf(res).practices.edges.length, trips: res.context.roundTrips.count };
    };
    const all = await run(100);
    const two = await run(2);
    expect(all.count).toBe(27);
    expect(two.count).toBe(2);
    // The page statement brings countries, partners and themes along (the selection asks for
    // them); backedBy is one batched statement for all the practices of the page.
    expect(all.trips).toBe(2);
    expect(two.trips).toBe(all.trips);
  });

  it('page the lists under every parent of a level in one statement, totals included', async () => {
    const query = `{
      themes { practices(first: 3) { totalCount edges { node { id } } } }
      countries { practices(first: 2) { totalCount edges { node { id countries { id } } } } partners(first: 2) { totalCount edges { node { id } } } }
    }`;
    const res = await executeOp<{ themes: Array<{ practices: { totalCount: number; edges: unknown[] } }> }>(apollo, helper.context(services), query);
    expect(dataOf(res).themes.map((t) => t.practices.edges.length)).toEqual([3, 3, 3, 3]);
    // Themes' pages, countries' practice pages, countries' partner pages, and the countries of
    // the practices on those pages: one statement each, whatever the number of parents.
    expect(res.context.roundTrips.count).toBe(4);
  });

  it('batch a list of practices fetched by id into one statement', async () => {
    const ids = (await helper.cypher<{ id: string }>('MATCH (p:Practice) RETURN p.id AS id')).map((r) => r.id);
    const query = `{ ${ids.map((id, i) => `p${i}: practice(id: "${id}") { id themes { id } }`).join(' ')} }`;
    const res = await executeOp<Record<string, { id: string }>>(apollo, helper.context(services), query);
    expect(Object.keys(dataOf(res))).toHaveLength(27);
    expect(res.context.roundTrips.count).toBe(2);
  });

  it('read the curation history of a page of practices in one statement', async () => {
    const query = '{ practices(first: 20) { edges { node { id history { id version } } } } }';
    const res = await executeOp<{ practices: { edges: Array<{ node: { history: unknown[] } }> } }>(apollo, helper.context(services), query);
    expect(dataOf(res).practices.edges).toHaveLength(20);
    // The page, then one batch for the twenty histories (seed practices have none yet).
    expect(dataOf(res).practices.edges.every((e) => Array.isArray(e.node.history))).toBe(true);
    expect(res.context.roundTrips.count).toBe(2);
  });

  it('answer a practice with its backings in one statement, and null for an unknown id', async () => {
    const query = 'query ($id: ID!) { practice(id: $id) { id title backedBy { instrument { id } path { type } } } }';
    const found = await executeOp<{ practice: { id: string; title: string; backedBy: Array<{ instrument: { id: string } }> } | null }>(
      apollo,
      helper.context(services),
      query,
      { id: 'beta-groups' },
    );
    expect(dataOf(found).practice).toMatchObject({ id: 'beta-groups', title: expect.stringMatching(/Beta/) });
    expect(dataOf(found).practice!.backedBy.length).toBeGreaterThan(0);
    expect(found.context.roundTrips.count).toBe(1);
    const missing = await executeOp<{ practice: null }>(apollo, helper.context(services), query, { id: 'no-such-practice' });
    expect(dataOf(missing).practice).toBeNull();
    expect(missing.context.roundTrips.count).toBe(1);
  });

  it("answer a practice's row and two differently selected backedBy fields in that one statement", async () => {
    const query = `query ($id: ID!) { practice(id: $id) {
      summary
      all: backedBy { instrument { id } reasons path { type provenance { rule footnote } } }
      group: backedBy(minSpecificity: GROUP) { instrument { id } specificity }
    } }`;
    type Answer = {
      practice: {
        summary: string;
        all: Array<{
          instrument: { id: string };
          reasons: string[];
          path: Array<{ type: string; provenance: { rule: string | null; footnote: string | null } }>;
        }>;
        group: Array<{ specificity: string }>;
      };
    };
    const res = await executeOp<Answer>(apollo, helper.context(services), query, { id: 'beta-groups' });
    const { summary, all, group } = dataOf(res).practice;
    expect(res.context.roundTrips.count).toBe(1);
    const [stored] = await helper.cypher<{ summary: string; backings: number; group: number; footnotes: number }>(
      `MATCH (p:Practice {id: 'beta-groups'})
       RETURN p.summary AS summary, COUNT { (p)<-[:BACKS]-() } AS backings,
         COUNT { (p)<-[b:BACKS]-() WHERE b.specificity IN ['NAMED_IN_TEXT', 'DIRECT_LINK', 'GROUP'] } AS group,
         COUNT { (p)<-[b:BACKS]-() WHERE any(f IN b.pathFootnote WHERE f <> '') } AS footnotes`,
    );
    expect(summary).toBe(stored!.summary);
    expect(all).toHaveLength(stored!.backings);
    expect(group).toHaveLength(stored!.group);
    expect(group.length).toBeLessThan(all.length);
    // What one alias selected and the other did not is there all the same.
    expect(all.every((b) => b.reasons.length > 0 && b.path.length > 0)).toBe(true);
    expect(all.filter((b) => b.path.some((s) => s.provenance.footnote !== null))).toHaveLength(stored!.footnotes);
    expect(stored!.footnotes).toBeGreaterThan(0);
  });
});
