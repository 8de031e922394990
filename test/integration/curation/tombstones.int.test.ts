import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { SEEDS_DIR } from '../../../src/ingest/referenceData';
import { prepareGraph } from '../../../src/load/prepareGraph';
import { postGraphql } from '../../support/graphqlClient';
import { TestHelper, type TestServer } from '../../support/TestHelper';

const TOKEN = 'curator-token-for-tests-0123456789';
const GRAPH_SEED = path.join('graph', 'gfmd-2015-rt1.1.json');

async function curate<T>(url: string, query: string, variables: Record<string, unknown> = {}) {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await res.json()) as { data?: T; errors?: Array<{ message: string }> };
  expect(body.errors).toBeUndefined();
  return body.data!;
}

/** A copy of the project's seeds folder without the given practices in the graph seed. */
function seedsWithout(practiceIds: string[]): string {
  const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kg-seeds-')), 'seeds');
  fs.cpSync(SEEDS_DIR, dir, { recursive: true });
  const file = path.join(dir, GRAPH_SEED);
  const seed = JSON.parse(fs.readFileSync(file, 'utf8')) as { practices: Array<{ id: string }> };
  seed.practices = seed.practices.filter((p) => !practiceIds.includes(p.id));
  fs.writeFileSync(file, JSON.stringify(seed, null, 2));
  return dir;
}

describe('curated decisions survive seed reloads', () => {
  let helper: TestHelper;
  let server: TestServer;
  const count = async (cypher: string, params: Record<string, unknown> = {}) => (await helper.cypher<{ n: number }>(cypher, params))[0]!.n;
  const practices = (id: string) => count('MATCH (p:Practice {id: $id}) RETURN count(p) AS n', { id });
  const edges = (id: string, type: string, target: string) =>
    count('MATCH (:Practice {id: $id})-[r]->({id: $target}) WHERE type(r) = $type RETURN count(r) AS n', { id, type, target });
  const reload = (seedsDir?: string) => prepareGraph(helper.executor, { loadSeed: true, force: true, seedsDir });

  beforeAll(async () => {
    helper = TestHelper.create();
    await helper.resetToSeed();
    server = await helper.startServer(TestHelper.serverOptions(), helper.services(undefined, TOKEN));
  });
  afterAll(async () => {
    await server.close();
    // The next test files expect the plain seed graph.
    await helper.resetToSeed();
    await helper.close();
  });

  it('keeps a deleted seed practice deleted through a forced reload, until a curator re-creates it', async () => {
    await curate(server.url, 'mutation { deletePractice(id: "child-protection") { id } }');
    expect(await practices('child-protection')).toBe(0);
    await reload();
    expect(await practices('child-protection')).toBe(0);
    expect(await count('MATCH (p:Practice) RETURN count(p) AS n')).toBe(26);
    // Nor did the reload bring back an edge of it (a DESCRIBES from its document, say) on another node.
    expect(await count('MATCH (d:Document)-[r:DESCRIBES]->(p:Practice) RETURN count(r) AS n')).toBe(26);

    // The curator changes their mind: the re-created practice is theirs and stays through a reload.
    const created = await curate<{ createPractice: { id: string } }>(
      server.url,
      'mutation ($input: CreatePracticeInput!) { createPractice(input: $input) { id } }',
      {
        input: {
          title: 'Child protection',
          summary: 'Re-stated by a curator.',
          evidence: 'Curator review, 2025',
          links: [{ type: 'IMPLEMENTED_BY', target: 'CMR', evidence: 'Annex p. 30' }],
        },
      },
    );
    expect(created.createPractice.id).toBe('child-protection');
    await reload();
    const [p] = await helper.cypher<{ summary: string; basis: string }>(
      'MATCH (p:Practice {id: "child-protection"}) RETURN p.summary AS summary, p.basis AS basis',
    );
    expect(p).toEqual({ summary: 'Re-stated by a curator.', basis: 'curated' });
    expect(await count('MATCH (p:Practice) RETURN count(p) AS n')).toBe(27);
    expect(await count('MATCH (t:Tombstone {practiceId: "child-protection"}) RETURN count(t) AS n')).toBe(0);
  });

  it('keeps an unlinked seed edge unlinked through a reload, until a curator links it again', async () => {
    expect(await edges('beta-groups', 'IMPLEMENTED_BY', 'MEX')).toBe(1);
    await curate(server.url, 'mutation { unlinkPractice(id: "beta-groups", link: { type: IMPLEMENTED_BY, target: "MEX" }) { id } }');
    await curate(server.url, 'mutation { unlinkPractice(id: "beta-groups", link: { type: ADDRESSES, target: "violence" }) { id } }');
    await reload();
    expect(await edges('beta-groups', 'IMPLEMENTED_BY', 'MEX')).toBe(0);
    expect(await edges('beta-groups', 'ADDRESSES', 'violence')).toBe(0);
    // Only those two edges: the practice's other seed edges are still loaded.
    expect(await edges('beta-groups', 'BENEFITS', 'irregular-migrants')).toBe(1);
    expect(await edges('bureau-of-special-attention-to-migrants-victims-of-crime', 'IMPLEMENTED_BY', 'MEX')).toBe(1);

    await curate(server.url, 'mutation { linkPractice(id: "beta-groups", link: { type: IMPLEMENTED_BY, target: "MEX", evidence: "INM site, 2025" }) { id } }');
    await reload();
    const rows = await helper.cypher<{ basis: string; evidence: string }>(
      'MATCH (:Practice {id: "beta-groups"})-[r:IMPLEMENTED_BY]->(:Country {id: "MEX"}) RETURN r.basis AS basis, r.evidence AS evidence',
    );
    expect(rows).toEqual([{ basis: 'curated', evidence: 'INM site, 2025' }]);
    expect(await edges('beta-groups', 'ADDRESSES', 'violence')).toBe(0);
  });

  it('keeps tombstones out of the graph content the API and the stats report', async () => {
    expect(await count('MATCH (t:Tombstone) RETURN count(t) AS n')).toBe(1);
    const [stats] = await helper.executor.read<{ nodes: Array<{ label: string; count: number }> }>('stats/graph');
    expect(stats!.nodes.map((n) => n.label)).not.toContain('Tombstone');
    const total = await postGraphql<{ practices: { totalCount: number } }>(server.url, '{ practices { totalCount } }');
    expect(total.body.data!.practices.totalCount).toBe(27);
    const hood = await postGraphql<{ neighborhood: { nodes: Array<{ type: string }> } }>(
      server.url,
      '{ neighborhood(id: "Practice:beta-groups", depth: 3, limit: 500) { nodes { type } } }',
    );
    expect(hood.body.errors).toBeUndefined();
    expect(hood.body.data!.neighborhood.nodes.map((n) => n.type)).not.toContain('Tombstone');
  });

  it('keeps a practice a curator touched when it leaves the seeds, and marks it so', async () => {
    const edited = 'healthcare-for-different-groups-of-migrants';
    const linked = 'bureau-of-special-attention-to-migrants-victims-of-crime';
    const untouched = 'education-for-migrants';
    await curate(
      server.url,
      `mutation { updatePractice(id: "${edited}", input: { summary: "Extended to all provinces in 2024.", evidence: "Ministry report 2024" }) { id } }`,
    );
    await curate(
      server.url,
      `mutation { linkPractice(id: "${linked}", link: { type: PARTNERS_WITH, target: "iom", evidence: "IOM annual report 2024" }) { id } }`,
    );

    await reload(seedsWithout([edited, linked, untouched]));
    // The sweep still removes a practice no curator touched.
    expect(await practices(untouched)).toBe(0);
    const kept = await helper.cypher<{ id: string; summary: string; removed: boolean; themes: string[] }>(
      'MATCH (p:Practice) WHERE p.id IN $ids RETURN p.id AS id, p.summary AS summary, p.seedRemovedAt IS NOT NULL AS removed, COLLECT { MATCH (p)-[:ADDRESSES]->(t) RETURN t.id ORDER BY t.id } AS themes ORDER BY id',
      { ids: [edited, linked] },
    );
    expect(kept).toEqual([
      { id: linked, summary: expect.stringMatching(/\S/), removed: true, themes: ['violence'] },
      { id: edited, summary: 'Extended to all provinces in 2024.', removed: true, themes: ['decent-work', 'health'] },
    ]);
    expect(await edges(linked, 'PARTNERS_WITH', 'iom')).toBe(1);

    // Back in the seeds: no longer marked, and still the curator's fields.
    await reload();
    const back = await helper.cypher<{ summary: string; removed: boolean }>(
      'MATCH (p:Practice {id: $id}) RETURN p.summary AS summary, p.seedRemovedAt IS NOT NULL AS removed',
      { id: edited },
    );
    expect(back).toEqual([{ summary: 'Extended to all provinces in 2024.', removed: false }]);
    expect(await practices(untouched)).toBe(1);
  });
});
