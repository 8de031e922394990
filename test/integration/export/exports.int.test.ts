import { parse } from 'csv-parse/sync';
import { XMLParser } from 'fast-xml-parser';
import jsonld from 'jsonld';
import { TestHelper, type TestServer } from '../../support/TestHelper';

const xml = new XMLParser({
  ignoreAttributes: false,
  attributeNamePrefix: '@',
  isArray: (name) => ['node', 'edge', 'key', 'data', 'attvalue', 'attribute', 'attributes'].includes(name),
});

describe('exports, parsed back with the tools they are for', () => {
  let helper: TestHelper;
  let server: TestServer;
  let graph: { nodes: number; edges: number };

  const get = async (path: string) => {
    const res = await fetch(`${server.url}${path}`);
    return {
      status: res.status,
      type: res.headers.get('content-type') ?? '',
      disposition: res.headers.get('content-disposition') ?? '',
      text: await res.text(),
    };
  };

  beforeAll(async () => {
    helper = TestHelper.create();
    await helper.resetToSeed();
    server = await helper.startServer();
    const [row] = await helper.cypher<{ nodes: number; edges: number }>(`
      MATCH (p:Practice) WITH collect(p) AS ps
      CALL (ps) { UNWIND ps AS p OPTIONAL MATCH (p)-[r]-(n) WHERE type(r) <> 'BACKS' RETURN collect(DISTINCT n) AS nb }
      CALL (ps) { UNWIND ps AS p MATCH (p)-[:ADDRESSES]->(:Theme)<-[:GROUNDS]-(g)
                  OPTIONAL MATCH (g)-[:PART_OF]->(i:Instrument) OPTIONAL MATCH (g)-[:PART_OF*0..1]->(:Instrument)-[:INTERPRETS]->(t:Instrument)
                  RETURN collect(DISTINCT g) + collect(DISTINCT i) + collect(DISTINCT t) AS fw }
      UNWIND ps + nb + fw AS n WITH collect(DISTINCT n) AS nodes
      CALL (nodes) { UNWIND nodes AS a MATCH (a)-[r]->(b) WHERE b IN nodes AND type(r) <> 'BACKS' RETURN count(r) AS edges }
      RETURN size(nodes) AS nodes, edges`);
    graph = row!;
  });
  afterAll(async () => {
    await server.close();
    await helper.close();
  });

  it('practices.csv: one row per practice with related ids and names and the source citation', async () => {
    const res = await get('/export/practices.csv');
    expect(res.status).toBe(200);
    expect(res.type).toMatch(/^text\/csv/);
    expect(res.disposition).toMatch(/practices\.csv/);
    const rows = parse<Record<string, string>>(res.text, { columns: true });
    expect(rows).toHaveLength(27);
    const beta = rows.find((r) => r.id === 'beta-groups')!;
    expect(beta).toMatchObject({
      country_ids: 'MEX',
      country_names: 'Mexico',
      theme_ids: 'health; violence',
      source_document: 'gfmd-2015-rt1.1',
      source_lines: '1512-1541',
      source_file: 'seeds/sources/gfmd-2015-rt1.1-background-paper.txt',
    });
    expect(beta.instrument_ids!.split('; ')).toEqual(expect.arrayContaining(['ICERD', 'ICRMW']));
    // Each instrument's specificity, in the order of instrument_ids: Beta Groups serve migrants in
    // an irregular situation (the ICRMW's Part III) in transit (the border guidelines' scope).
    const specificity = new Map(beta.instrument_ids!.split('; ').map((id, i) => [id, beta.instrument_specificities!.split('; ')[i]]));
    expect(specificity.get('ICRMW')).toBe('GROUP');
    expect(specificity.get('OHCHR-BORDERS')).toBe('SCOPE');
    expect(specificity.get('ICERD')).toBe('THEMATIC');
    const consular = rows.find((r) => r.id === 'consular-partnership-program')!;
    expect(consular.partner_ids!.split('; ')).toHaveLength(11);
    // A summary with commas, quotes and line breaks survives the round trip.
    expect(rows.find((r) => r.id === 'special-programme-on-migration-2014-2018')!.summary).toMatch(
      /^It is the foundation for the implementation of a State policy on migration, with a comprehensive/,
    );
  });

  it('carries the Compact objectives and SDG targets: CSV columns, filter parameters, node types', async () => {
    const rows = parse<Record<string, string>>((await get('/export/practices.csv?objectives=GCM-13')).text, { columns: true });
    const detention = await helper.cypher<{ id: string }>(`MATCH (p:Practice)-[:SUPPORTS]->(:Objective {id: 'GCM-13'}) RETURN p.id AS id ORDER BY id`);
    expect(rows.map((r) => r.id).sort()).toEqual(detention.map((d) => d.id));
    for (const r of rows) expect(r.objective_ids!.split('; ')).toContain('GCM-13');
    const beta = parse<Record<string, string>>((await get('/export/practices.csv?countries=MEX')).text, { columns: true }).find((r) => r.id === 'beta-groups')!;
    expect(beta.objective_ids).toBe('GCM-7; GCM-8');
    const health = parse<Record<string, string>>((await get('/export/practices.csv?targets=SDG-3.8')).text, { columns: true });
    expect(health.length).toBeGreaterThan(3);
    for (const r of health) expect(r.target_ids!.split('; ')).toContain('SDG-3.8');
    const graphml = xml.parse((await get('/export/graph.graphml?objectives=GCM-13')).text) as { graphml: { graph: { node: Array<{ '@id': string }> } } };
    const nodeIds = graphml.graphml.graph.node.map((n) => n['@id']);
    expect(nodeIds).toContain('Objective:GCM-13');
    expect(nodeIds.some((id) => id.startsWith('Target:'))).toBe(true);
    const ld = JSON.parse((await get('/export/graph.jsonld?objectives=GCM-13')).text) as { '@graph': Array<{ '@id': string; '@type': string[] }> };
    expect(ld['@graph'].find((n) => n['@id'] === 'urn:mrkg:objective:GCM-13')!['@type']).toEqual(['skos:Concept', 'kg:Objective']);
  });

  it('honours the same PracticeFilter as the API, as query parameters', async () => {
    const rows = parse<{ id: string }>((await get('/export/practices.csv?countries=MEX&themes=health,violence')).text, { columns: true });
    const api = await helper.cypher<{ n: number }>(
      'MATCH (p:Practice)-[:IMPLEMENTED_BY]->(:Country {id: "MEX"}) WHERE EXISTS { (p)-[:ADDRESSES]->(t:Theme) WHERE t.id IN ["health", "violence"] } RETURN count(p) AS n',
    );
    expect(rows).toHaveLength(api[0]!.n);
    const bad = await get('/export/practices.csv?themes=wellbeing');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.text)).toMatchObject({ errors: [{ extensions: { code: 'BAD_USER_INPUT' } }] });
    // The filter is checked by the same function as the API's, which names the field.
    for (const [query, argument, message] of [
      ['partnerKinds=NGO,CHURCH', 'query.partnerKinds[1]', /unknown partner kind "CHURCH"; one of STATE, GOVERNMENT_AGENCY/],
      ['countries=MEX&involvedCountries=Mexico', 'query.involvedCountries[0]', /unknown country "Mexico"/],
    ] as const) {
      const res = await get(`/export/graph.graphml?${query}`);
      expect(res.status).toBe(400);
      expect(JSON.parse(res.text)).toEqual({ errors: [{ message: expect.stringMatching(message), extensions: { code: 'BAD_USER_INPUT', argument } }] });
    }
  });

  it('graph.graphml: valid GraphML with every node and edge, types and provenance as attributes', async () => {
    const res = await get('/export/graph.graphml');
    expect(res.status).toBe(200);
    const doc = xml.parse(res.text) as {
      graphml: {
        '@xmlns': string;
        key: Array<{ '@id': string; '@for': string; '@attr.name': string }>;
        graph: {
          node: Array<{ '@id': string; data: Array<{ '@key': string; '#text': string }> }>;
          edge: Array<{ '@source': string; '@target': string; data: Array<{ '@key': string; '#text': string }> }>;
        };
      };
    };
    expect(doc.graphml['@xmlns']).toBe('http://graphml.graphdrawing.org/xmlns');
    expect(doc.graphml.graph.node).toHaveLength(graph.nodes);
    expect(doc.graphml.graph.edge).toHaveLength(graph.edges);
    const declared = new Set(doc.graphml.key.map((k) => k['@id']));
    for (const n of doc.graphml.graph.node) for (const d of n.data) expect(declared).toContain(d['@key']);
    const ids = new Set(doc.graphml.graph.node.map((n) => n['@id']));
    for (const e of doc.graphml.graph.edge) expect(ids.has(e['@source']) && ids.has(e['@target'])).toBe(true);
    const evidenceKey = doc.graphml.key.find((k) => k['@for'] === 'edge' && k['@attr.name'] === 'evidence')!['@id'];
    const toMexico = doc.graphml.graph.edge.find(
      (e) =>
        e['@source'] === 'Practice:beta-groups' &&
        e['@target'] === 'Country:MEX' &&
        e.data.some((d) => d['@key'] === 'e_type' && d['#text'] === 'IMPLEMENTED_BY'),
    )!;
    expect(toMexico.data.find((d) => d['@key'] === evidenceKey)!['#text']).toMatch(/background-paper\.txt:1518/);
  });

  it('graph.gexf: valid GEXF 1.3 with the same nodes and edges', async () => {
    const res = await get('/export/graph.gexf');
    const doc = xml.parse(res.text) as {
      gexf: {
        '@version': string;
        graph: {
          attributes: Array<{ '@class': string; attribute: Array<{ '@id': string; '@title': string }> }>;
          nodes: { node: Array<{ '@id': string; '@label': string }> };
          edges: { edge: Array<{ '@source': string; '@label': string }> };
        };
      };
    };
    expect(doc.gexf['@version']).toBe('1.3');
    expect(doc.gexf.graph.nodes.node).toHaveLength(graph.nodes);
    expect(doc.gexf.graph.edges.edge).toHaveLength(graph.edges);
    const edgeAttributes = doc.gexf.graph.attributes.find((a) => a['@class'] === 'edge')!.attribute.map((a) => a['@title']);
    expect(edgeAttributes).toEqual(expect.arrayContaining(['type', 'basis', 'evidence']));
    expect(doc.gexf.graph.nodes.node.find((n) => n['@id'] === 'Practice:beta-groups')!['@label']).toBe('Beta Groups');
  });

  it.each(['/export/practices.csv', '/export/graph.graphml', '/export/graph.gexf', '/export/graph.jsonld'])(
    '%s is streamed: chunked transfer, no Content-Length (the body is never held whole)',
    async (path) => {
      const res = await fetch(`${server.url}${path}`);
      expect(res.status).toBe(200);
      expect(res.headers.get('transfer-encoding')).toBe('chunked');
      expect(res.headers.get('content-length')).toBeNull();
      expect((await res.text()).length).toBeGreaterThan(200);
    },
  );

  it('a download the client abandons half-way leaves the server serving the next ones', async () => {
    for (let i = 0; i < 3; i++) {
      const abort = new AbortController();
      const res = await fetch(`${server.url}/export/graph.jsonld`, { signal: abort.signal });
      const reader = res.body!.getReader();
      expect((await reader.read()).done).toBe(false);
      abort.abort();
      await reader.read().catch(() => undefined);
    }
    const rows = parse<unknown>((await get('/export/practices.csv')).text, { columns: true });
    expect(rows).toHaveLength(27);
  });

  it('graph.jsonld: JSON-LD that a JSON-LD processor expands, with stable IRIs and ISO codes', async () => {
    const res = await get('/export/graph.jsonld');
    expect(res.type).toMatch(/^application\/ld\+json/);
    const doc = JSON.parse(res.text) as Record<string, unknown>;
    const expanded = (await jsonld.expand(doc)) as Array<Record<string, unknown>>;
    const typed = (t: string) => expanded.filter((n) => (n['@type'] as string[] | undefined)?.includes(t));
    expect(typed('urn:mrkg:vocab#Practice')).toHaveLength(27);
    expect(typed('urn:mrkg:vocab#Assertion')).toHaveLength(graph.edges);
    const mexico = expanded.find((n) => n['@id'] === 'urn:mrkg:country:MEX')!;
    expect(mexico['@type']).toEqual(['https://schema.org/Country']);
    expect(mexico['urn:mrkg:vocab#iso3166Alpha3']).toEqual([{ '@value': 'MEX' }]);
    const violence = expanded.find((n) => n['@id'] === 'urn:mrkg:theme:violence')!;
    expect(violence['http://www.w3.org/2004/02/skos/core#prefLabel']).toEqual(
      expect.arrayContaining([{ '@value': 'Violence et traumatismes', '@language': 'fr' }]),
    );
    const beta = expanded.find((n) => n['@id'] === 'urn:mrkg:practice:beta-groups')!;
    expect(beta['urn:mrkg:vocab#implementedBy']).toEqual([{ '@id': 'urn:mrkg:country:MEX' }]);
  });
});
