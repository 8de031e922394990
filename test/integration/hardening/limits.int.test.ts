import type { QueryName } from '../../../src/db/queryNames';
import { ErrorCode } from '../../../src/errors/errorCodes';
import { postGraphql } from '../../support/graphqlClient';
import { TestHelper, type TestServer } from '../../support/TestHelper';

describe('every request limit answers with a coded error, never a 5xx', () => {
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

  const refused = async (query: string, variables: Record<string, unknown> = {}) => {
    const { status, body } = await postGraphql(server.url, query, variables);
    expect(status).toBeGreaterThanOrEqual(400);
    expect(status).toBeLessThan(500);
    expect(body.errors?.[0]?.extensions?.code).toEqual(expect.any(String));
    return body.errors![0]!;
  };

  it('query depth (10)', async () => {
    // practice → partners → practices → edges → node → partners ... thirteen levels deep.
    let selection = 'id';
    for (let i = 0; i < 3; i++) selection = `partners { practices { edges { node { ${selection} } } } }`;
    const error = await refused(`{ practice(id: "beta-groups") { ${selection} } }`);
    expect(error.message).toMatch(/depth/i);
  });

  it('aliases (30)', async () => {
    const aliases = Array.from({ length: 31 }, (_, i) => `a${i}: apiVersion`).join(' ');
    expect((await refused(`{ ${aliases} }`)).message).toMatch(/alias/i);
  });

  it('tokens (3000)', async () => {
    const fields = Array.from({ length: 3100 }, () => '__typename').join(' ');
    expect((await refused(`{ ${fields} }`)).message).toMatch(/token/i);
  });

  it('directives (20)', async () => {
    const directives = Array.from({ length: 21 }, () => '@include(if: true)').join(' ');
    expect((await refused(`{ apiVersion ${directives} }`)).message).toMatch(/directive/i);
  });

  it('cost (50000), alone: a shallow query whose pages multiply', async () => {
    // Five levels deep (the depth limit is 10), eight aliases (of 30), about 150 tokens (of
    // 3000): only its cost is over. Each alias costs (2 + 1.5 × edges) × first(100) = 7868.75.
    const node = 'id title summary webLinks tags thematicAreas countryField partnerField implementedByPartners notes themes { id } groups { id } stages { id }';
    const query = `{ ${Array.from({ length: 8 }, (_, i) => `p${i}: practices(first: 100) { edges { node { ${node} } } }`).join(' ')} }`;
    const error = await refused(query);
    expect(error).toEqual({ message: 'Syntax Error: Query Cost limit of 50000 exceeded, found 62950.', extensions: { code: 'GRAPHQL_VALIDATION_FAILED' } });
    // The same query under a higher cost limit, every other limit unchanged, is answered.
    const generous = await helper.startServer(TestHelper.serverOptions({ KG_MAX_COST: '100000' }));
    try {
      const { status, body } = await postGraphql<Record<string, { edges: unknown[] }>>(generous.url, query);
      expect(status).toBe(200);
      expect(body.errors).toBeUndefined();
      expect(body.data!.p7!.edges).toHaveLength(27);
    } finally {
      await generous.close();
    }
  });

  it('request body size (100kb): a JSON error, not an HTML page', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ apiVersion } # ${'x'.repeat(200_000)}` }),
    });
    expect(res.status).toBe(413);
    expect(await res.json()).toEqual({
      errors: [{ message: expect.stringMatching(/larger than the server accepts/), extensions: { code: ErrorCode.PAYLOAD_TOO_LARGE } }],
    });
  });

  it('malformed JSON', async () => {
    const res = await fetch(`${server.url}/graphql`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{"query": "{ apiVersion }"' });
    expect(res.status).toBe(400);
    expect(((await res.json()) as { errors: Array<{ extensions: { code: string } }> }).errors[0]!.extensions.code).toBe(ErrorCode.BAD_REQUEST);
  });

  it('page size, neighbourhood size and depth, path length', async () => {
    const cases: Array<[string, RegExp]> = [
      ['{ practices(first: 101) { totalCount } }', /first must be an integer from 0 to 100/],
      ['{ partners(first: 1000) { totalCount } }', /first must be an integer/],
      ['{ search(text: "migrants", first: 1000) { id } }', /first must be an integer/],
      ['{ neighborhood(id: "Theme:health", limit: 100000) { truncated } }', /limit must be an integer from 1 to 500/],
      ['{ neighborhood(id: "Theme:health", depth: 4) { truncated } }', /depth must be an integer from 1 to 3/],
      ['{ shortestPath(from: "Theme:health", to: "Country:MEX", maxLength: 50) { truncated } }', /maxLength must be an integer from 1 to 10/],
      ['{ coverage(rows: THEME, columns: GROUP, practiceIdsPerCell: 1000000) { emptyCells } }', /practiceIdsPerCell/],
    ];
    for (const [query, message] of cases) {
      const { status, body } = await postGraphql(server.url, query);
      expect(status).toBe(200);
      expect(body.errors?.[0]).toMatchObject({ message: expect.stringMatching(message), extensions: { code: 'BAD_USER_INPUT' } });
    }
  });

  it('batched requests are refused', async () => {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify([{ query: '{ apiVersion }' }, { query: '{ apiVersion }' }]),
    });
    expect(res.status).toBe(400);
  });

  it('a Cypher transaction that runs too long is stopped with QUERY_TIMEOUT', async () => {
    // A statement that runs for 5 s under a 300 ms transaction timeout (APOC's sleep checks for termination).
    const slow = helper.slowExecutor(300, { 'test/sleep': 'CALL apoc.util.sleep(5000)' });
    const started = Date.now();
    await expect(slow.writeTransaction((tx) => tx.run('test/sleep' as QueryName), 300)).rejects.toMatchObject({ extensions: { code: 'QUERY_TIMEOUT' } });
    expect(Date.now() - started).toBeLessThan(4_000);
  });
});
