import { postGraphql } from '../../support/graphqlClient';
import { TestHelper, type TestServer } from '../../support/TestHelper';

// Cypher, Lucene and JSON metacharacters, and strings that would change a query if spliced in.
const PAYLOADS = [
  `' OR 1=1 //`,
  `"}) MATCH (n) DETACH DELETE n //`,
  `x' }) DETACH DELETE (n) RETURN 1 //`,
  '`backtick` MATCH (n) RETURN n',
  '$text',
  '{id: "x"}',
  'migrants AND (',
  'title:"unterminated',
  '*wildcard',
  '?',
  '~',
  'a^^b',
  '[1 TO',
  '/regex(/',
  'a && || b',
  '!!',
  '-',
  '\\',
  'CALL apoc.cypher.run("MATCH (n) DETACH DELETE n", {})',
  '\u0000\u0001',
  'وثيقة 🧭 Ü',
];

/** Every string argument of the API, as a query taking `$s`. */
const STRING_ARGUMENTS = [
  'query ($s: String!) { search(text: $s) { id } }',
  'query ($s: ID!) { practice(id: $s) { id } }',
  'query ($s: ID!) { country(id: $s) { id } }',
  'query ($s: ID!) { partner(id: $s) { id } }',
  'query ($s: ID!) { instrument(id: $s) { id } }',
  'query ($s: String) { practices(filter: { text: $s }) { totalCount } }',
  'query ($s: String) { practices(filter: { text: $s }, orderBy: RELEVANCE) { totalCount } }',
  'query ($s: String) { practices(after: $s) { totalCount } }',
  'query ($s: ID!) { practices(filter: { countries: [$s], involvedCountries: [$s] }) { totalCount } }',
  'query ($s: ID!) { practices(filter: { themes: [$s] }) { totalCount } }',
  'query ($s: ID!) { practices(filter: { partners: [$s], groups: [] }) { totalCount } }',
  'query ($s: ID!) { practices(filter: { instruments: [$s] }) { totalCount } }',
  'query ($s: ID!) { practices(filter: { groups: [$s] }) { totalCount } }',
  'query ($s: ID!) { practices(filter: { stages: [$s] }) { totalCount } }',
  'query ($s: String) { partners(filter: { text: $s }) { totalCount } }',
  'query ($s: String) { partners(after: $s) { totalCount } }',
  'query ($s: ID!) { neighborhood(id: $s) { truncated } }',
  'query ($s: ID!) { neighborhood(id: "Practice:beta-groups", types: [$s]) { truncated } }',
  'query ($s: String!) { neighborhood(id: "Practice:beta-groups", relationshipTypes: [$s]) { truncated } }',
  'query ($s: ID!) { shortestPath(from: $s, to: "Country:MEX") { truncated } }',
  'query ($s: ID!) { shortestPath(from: "Country:MEX", to: $s) { truncated } }',
  'query ($s: ID!) { country(id: "USA") { treatyStatus(instrument: $s) } }',
  'query ($s: ID!) { instrument(id: "ICESCR") { backedPractices(filter: { themes: [$s] }) { totalCount } } }',
  'query ($s: ID!) { instrumentPracticeMatrix(filter: { countries: [$s] }) { instruments { id } } }',
  'query ($s: String) { coverage(rows: THEME, columns: GROUP, filter: { text: $s }) { emptyCells } }',
  'query ($s: ID!) { partnershipGaps { withoutPartnerKind(kind: NGO, countries: [$s]) { reason } } }',
  'query ($s: ID!) { partnershipGaps { themeGroupGaps(groups: [$s]) { reason } } }',
  'query ($s: ID!) { partnershipGaps { unbackedInstruments(country: $s) { reason } } }',
  'query ($s: ID!) { partnershipGaps { ratificationGaps(instruments: [$s]) { unknown { reason } } } }',
  'query ($s: ID!) { partnershipGaps { candidatePartners(theme: $s) { reason } } }',
  'query ($s: ID!) { partnershipGaps { candidatePartners(theme: "health", country: $s) { reason } } }',
];

describe('injection: metacharacters through every string argument', () => {
  let helper: TestHelper;
  let server: TestServer;
  let before: { nodes: number; rels: number };
  const counts = async () =>
    (
      await helper.cypher<{ nodes: number; rels: number }>(
        'CALL () { MATCH (n) RETURN count(n) AS nodes } CALL () { MATCH ()-[r]->() RETURN count(r) AS rels } RETURN nodes, rels',
      )
    )[0]!;

  beforeAll(async () => {
    helper = TestHelper.create();
    await helper.resetToSeed();
    server = await helper.startServer();
    before = await counts();
  });
  afterAll(async () => {
    await server.close();
    await helper.close();
  });

  it(`answers ${STRING_ARGUMENTS.length * PAYLOADS.length} hostile requests with data or coded 4xx errors, and changes nothing`, async () => {
    const problems: string[] = [];
    for (const query of STRING_ARGUMENTS) {
      for (const s of PAYLOADS) {
        const { status, body } = await postGraphql(server.url, query, { s });
        const uncoded = (body.errors ?? []).filter((e) => typeof e.extensions?.code !== 'string' || e.extensions.code === 'INTERNAL_SERVER_ERROR');
        if (status >= 500 || uncoded.length) problems.push(`${status} ${query} ${JSON.stringify(s)} ${JSON.stringify(uncoded)}`);
      }
    }
    expect(problems).toEqual([]);
    expect(await counts()).toEqual(before);
  });

  it('turns a Lucene syntax error into BAD_USER_INPUT, in search and in filter.text', async () => {
    for (const query of ['query ($s: String!) { search(text: $s) { id } }', 'query ($s: String) { practices(filter: { text: $s }) { totalCount } }']) {
      const { status, body } = await postGraphql(server.url, query, { s: 'migrants AND (' });
      expect(status).toBe(200);
      expect(body.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/not a valid full-text query/) });
    }
  });

  it('treats a would-be Cypher fragment as a plain value', async () => {
    const { body } = await postGraphql<{ practice: null }>(server.url, 'query ($s: ID!) { practice(id: $s) { id } }', { s: 'beta-groups"}) RETURN 1 //' });
    expect(body).toEqual({ data: { practice: null } });
  });
});
