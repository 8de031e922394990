import { postGraphql } from '../../support/graphqlClient';
import { TestHelper, type TestServer } from '../../support/TestHelper';

// What the loader writes for its own bookkeeping (cypher/load/*.cypher, src/load/buildLoadPlan.ts),
// listed here independently of the code's own list, so that forgetting one there shows here.
const INTERNAL = ['loadStamp', 'loadedFrom', 'tags_text'];

type Props = Record<string, unknown>;
interface Subgraph {
  nodes: Array<{ id: string; properties: Props }>;
  edges: Array<{ id: string; properties: Props }>;
}

describe('internal properties never reach a client', () => {
  let helper: TestHelper;
  let server: TestServer;
  let stamp: string;

  beforeAll(async () => {
    helper = TestHelper.create();
    await helper.resetToSeed();
    server = await helper.startServer();
    // The graph does hold them: otherwise the assertions below would prove nothing.
    const [row] = await helper.cypher<{ stamp: string; nodes: number; edges: number; tagged: number }>(`
      MATCH (p:Practice {id: "beta-groups"})-[r:IMPLEMENTED_BY]->()
      RETURN p.loadStamp AS stamp,
             COUNT { MATCH (n) WHERE n.loadedFrom IS NOT NULL AND n.loadStamp IS NOT NULL } AS nodes,
             COUNT { MATCH ()-[e]->() WHERE e.loadedFrom IS NOT NULL AND e.loadStamp IS NOT NULL } AS edges,
             COUNT { MATCH (x:Practice) WHERE x.tags_text IS NOT NULL } AS tagged`);
    expect(row).toMatchObject({ stamp: expect.any(String), nodes: expect.any(Number), edges: expect.any(Number), tagged: 27 });
    expect(row!.nodes).toBeGreaterThan(0);
    expect(row!.edges).toBeGreaterThan(0);
    stamp = row!.stamp;
  });
  afterAll(async () => {
    await server.close();
    await helper.close();
  });

  const expectClean = (what: string, text: string) => {
    for (const name of [...INTERNAL, stamp]) expect({ what, leaks: text.includes(name) ? name : null }).toEqual({ what, leaks: null });
  };
  const expectCleanSubgraph = (what: string, g: Subgraph) => {
    expect(g.nodes.length).toBeGreaterThan(1);
    expect(g.edges.length).toBeGreaterThan(0);
    for (const item of [...g.nodes, ...g.edges]) {
      expect({ what, id: item.id, internal: Object.keys(item.properties).filter((k) => INTERNAL.includes(k)) }).toEqual({ what, id: item.id, internal: [] });
    }
    expectClean(what, JSON.stringify(g));
  };

  it('the explorer: neighbourhood and shortest path (node and edge properties)', async () => {
    const subgraph = 'nodes { id properties } edges { id properties }';
    const res = await postGraphql<{ n: Subgraph; p: Subgraph }>(
      server.url,
      `{ n: neighborhood(id: "Practice:beta-groups", depth: 2) { ${subgraph} }
         p: shortestPath(from: "Practice:beta-groups", to: "Instrument:ICERD", relationshipTypes: ["ADDRESSES", "GROUNDS", "PART_OF"]) { ${subgraph} } }`,
    );
    expect(res.body.errors).toBeUndefined();
    // Their public properties are there.
    expect(res.body.data!.n.nodes.find((n) => n.id === 'Practice:beta-groups')!.properties).toMatchObject({ title: 'Beta Groups', basis: 'annex-field' });
    expectCleanSubgraph('neighborhood', res.body.data!.n);
    expectCleanSubgraph('shortestPath', res.body.data!.p);
    // A path from a node to itself is that node alone, read by another statement.
    const self = await postGraphql<{ p: Subgraph }>(
      server.url,
      '{ p: shortestPath(from: "Practice:beta-groups", to: "Practice:beta-groups") { nodes { id properties } } }',
    );
    expect(self.body.data!.p.nodes).toHaveLength(1);
    expectClean('shortestPath to itself', JSON.stringify(self.body.data));
  });

  it.each(['/export/graph.graphml', '/export/graph.gexf', '/export/graph.jsonld', '/export/practices.csv'])('the export %s', async (path) => {
    const res = await fetch(`${server.url}${path}?countries=MEX`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toMatch(/beta-groups/);
    expectClean(path, text);
  });
});
