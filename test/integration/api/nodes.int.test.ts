import { NODE_TYPES } from '../../../src/explore/globalId';
import { useSeededApollo } from '../../support/seededApollo';

// What each type shows of itself, and the stored property it comes from, to tell the right
// entity from another of the same id.
const SHOWN: Record<(typeof NODE_TYPES)[number], { field: string; property: string }> = {
  Practice: { field: 'title', property: 'title' },
  Country: { field: 'name', property: 'name' },
  Partner: { field: 'name', property: 'name' },
  Theme: { field: 'name', property: 'name' },
  Instrument: { field: 'name', property: 'name' },
  Provision: { field: 'article', property: 'article' },
  Group: { field: 'name', property: 'name' },
  Stage: { field: 'name', property: 'name' },
  Objective: { field: 'number', property: 'number' },
  GuidingPrinciple: { field: 'name', property: 'name' },
  Target: { field: 'target', property: 'target' },
  Document: { field: 'title', property: 'title' },
  Recommendation: { field: 'number', property: 'number' },
  GuidingQuestion: { field: 'text', property: 'text' },
};

// One alias per type: the shown fields differ in type (a number, a string), which one name would not allow.
const FRAGMENTS = NODE_TYPES.map((t) => `... on ${t} { shown${t}: ${SHOWN[t].field} }`).join(' ');

interface Shown {
  __typename: string;
  id: string;
  shown: unknown;
}

const shownOf = (node: Record<string, unknown>): Shown => ({
  __typename: String(node.__typename),
  id: String(node.id),
  shown: node[`shown${String(node.__typename)}`],
});

describe('Relay object identification: node(id:) and nodes(ids:)', () => {
  const seeded = useSeededApollo();
  const { run, execute } = seeded;

  it.each(NODE_TYPES.map((t) => [t]))('fetches a %s again from its global id and from its own id', async (type) => {
    const stored = await seeded.helper.cypher<{ id: string; shown: unknown }>(
      `MATCH (n:${type}) WHERE n.id IS NOT NULL
       RETURN n.id AS id, n[$property] AS shown ORDER BY n.id LIMIT 1`,
      { property: SHOWN[type].property },
    );
    expect(stored).toHaveLength(1);
    const { id, shown } = stored[0]!;
    const query = `query ($id: ID!) { node(id: $id) { __typename id ${FRAGMENTS} } }`;
    const byGlobal = shownOf((await run<{ node: Record<string, unknown> }>(query, { id: `${type}:${id}` })).node);
    expect(byGlobal).toEqual({ __typename: type, id, shown });
    // The round trip a normalising client makes: the id it holds brings back the same object.
    const again = shownOf((await run<{ node: Record<string, unknown> }>(query, { id: byGlobal.id })).node);
    expect(again).toEqual(byGlobal);
  });

  it('keeps the order of ids in nodes(ids:), with null for an id nothing has', async () => {
    const { nodes } = await run<{ nodes: Array<{ __typename: string; id: string } | null> }>(
      '{ nodes(ids: ["Country:MEX", "Practice:no-such-practice", "health", "ICESCR", "Theme:nothing"]) { __typename id } }',
    );
    expect(nodes).toEqual([
      { __typename: 'Country', id: 'MEX' },
      null,
      { __typename: 'Theme', id: 'health' },
      { __typename: 'Instrument', id: 'ICESCR' },
      null,
    ]);
  });

  it('reads the Node fields of a practice like practice(id:) does', async () => {
    const { node, practice } = await run<{ node: unknown; practice: unknown }>(
      `{ node(id: "Practice:beta-groups") { ... on Practice { title themes { id } countries { id } backedBy { instrument { id } } } }
         practice(id: "beta-groups") { title themes { id } countries { id } backedBy { instrument { id } } } }`,
    );
    expect(node).toEqual(practice);
    expect(practice).toMatchObject({ title: expect.any(String) });
  });

  it('finds no id two types of the seed graph share, so every own id refetches its object', async () => {
    const shared = await seeded.helper.cypher<{ id: string; labels: string[] }>(
      `MATCH (n) WHERE n.id IS NOT NULL AND any(l IN labels(n) WHERE l IN $types)
       WITH n.id AS id, collect(DISTINCT [l IN labels(n) WHERE l IN $types][0]) AS labels
       WHERE size(labels) > 1 RETURN id, labels ORDER BY id`,
      { types: [...NODE_TYPES] },
    );
    expect(shared).toEqual([]);
    // The ACP-EU Migration Action is both a practice of the annex and a contributor to the paper:
    // the partner's id is its own, so each name answers with one object.
    const { nodes } = await run<{ nodes: Array<{ __typename: string; id: string; name?: string; title?: string }> }>(
      '{ nodes(ids: ["acp-eu-migration-action", "acp-eu-migration-action-partner"]) { __typename id ... on Practice { title } ... on Partner { name } } }',
    );
    expect(nodes).toEqual([
      { __typename: 'Practice', id: 'acp-eu-migration-action', title: expect.stringContaining('ACP-EU') },
      { __typename: 'Partner', id: 'acp-eu-migration-action-partner', name: 'ACP-EU Migration Action' },
    ]);
  });

  it('refuses an id two types share in a store loaded by other means, naming the global ids to ask for', async () => {
    await seeded.helper.cypher(`CREATE (:Practice {id: 'health', title: 'A practice whose slug is a theme id', summary: ''})`);
    try {
      const result = await execute('{ node(id: "health") { id } }');
      expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'id' });
      expect(result.errors?.[0]?.message).toBe('id: "health" names 2 entities; ask for one of Practice:health, Theme:health');
      const { node } = await run<{ node: Record<string, unknown> }>(`{ node(id: "Practice:health") { __typename id ${FRAGMENTS} } }`);
      expect(shownOf(node)).toEqual({ __typename: 'Practice', id: 'health', shown: 'A practice whose slug is a theme id' });
    } finally {
      await seeded.helper.cypher(`MATCH (p:Practice {id: 'health'}) DETACH DELETE p`);
    }
  });

  it('refuses more ids than a page holds', async () => {
    const ids = Array.from({ length: 101 }, (_, i) => `Practice:p${i}`);
    const result = await execute('query ($ids: [ID!]!) { nodes(ids: $ids) { id } }', { ids });
    expect(result.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'ids' });
  });
});
