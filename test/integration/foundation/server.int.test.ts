import { TestHelper, type TestServer } from '../../support/TestHelper';

describe('the server on a real Neo4j', () => {
  let helper: TestHelper;
  let server: TestServer;

  beforeAll(async () => {
    helper = TestHelper.create();
    await helper.resetToSeed();
    server = await helper.startServer();
  });
  afterAll(async () => {
    await server.close();
    await helper.close();
  });

  it('answers { __typename } over HTTP', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: '{ __typename }' }),
    });
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ data: { __typename: 'Query' } });
  });

  it('reports the database, its version and its counts on /health', async () => {
    const [expected] = await helper.cypher<{ n: number; r: number }>(
      'CALL () { MATCH (n) RETURN count(n) AS n } CALL () { MATCH ()-[r]->() RETURN count(r) AS r } RETURN n, r',
    );
    const res = await fetch(`${server.url}/health`);
    expect(res.status).toBe(200);
    const body = (await res.json()) as { status: string; database: Record<string, unknown> };
    expect(body.status).toBe('ok');
    expect(body.database).toMatchObject({ reachable: true, edition: 'community', nodes: expected?.n, relationships: expected?.r });
    expect(String(body.database.version)).toMatch(/^5\.26\./);
  });

  it('serves an offline GraphiQL page to browsers on GET /graphql', async () => {
    const res = await fetch(`${server.url}/graphql`, { headers: { accept: 'text/html' } });
    expect(res.status).toBe(200);
    const html = await res.text();
    expect(html).toContain('GraphiQL');
    // Offline means no script or stylesheet from another host.
    expect(html).not.toMatch(/<script[^>]+src="https?:/);
    expect(html).not.toMatch(/<link[^>]+href="https?:/);
  });

  it('runs APOC core, which @neo4j/graphql needs', async () => {
    const [row] = await helper.cypher<{ v: string }>('RETURN apoc.text.join(["a", "b"], "-") AS v');
    expect(row?.v).toBe('a-b');
  });
});
