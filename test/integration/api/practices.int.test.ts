import type { ApolloServer } from '@apollo/server';
import type { RequestContext } from '../../../src/context/requestContext';
import { dataOf, executeOp } from '../../support/graphqlClient';
import { TestHelper } from '../../support/TestHelper';

interface Page {
  practices: {
    totalCount: number;
    edges: Array<{ cursor: string; node: { id: string; title: string } }>;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
  };
}

const PAGE = `query ($filter: PracticeFilter, $first: Int, $after: String, $orderBy: PracticeOrder) {
  practices(filter: $filter, first: $first, after: $after, orderBy: $orderBy) {
    totalCount edges { cursor node { id title } } pageInfo { hasNextPage endCursor }
  }
}`;

describe('Query.practices', () => {
  let helper: TestHelper;
  let server: ApolloServer<RequestContext>;
  const ids = async (filter: Record<string, unknown>) => {
    const data = dataOf(await executeOp<Page>(server, helper.context(), PAGE, { filter, first: 100 }));
    expect(data.practices.totalCount).toBe(data.practices.edges.length);
    return data.practices.edges.map((e) => e.node.id).sort();
  };
  /** The ids a raw Cypher query returns, the independent answer the API must match. */
  const cypherIds = async (text: string) => (await helper.cypher<{ id: string }>(text)).map((r) => r.id).sort();

  beforeAll(async () => {
    helper = TestHelper.create();
    await helper.resetToSeed();
    server = await helper.apollo();
  });
  afterAll(async () => {
    await server.stop();
    await helper.close();
  });

  it('pages through all 27 practices by title with cursors, without gaps or repeats', async () => {
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 10; i++) {
      const page: Page = dataOf(await executeOp<Page>(server, helper.context(), PAGE, { first: 10, after }));
      expect(page.practices.totalCount).toBe(27);
      seen.push(...page.practices.edges.map((e) => e.node.title));
      if (!page.practices.pageInfo.hasNextPage) break;
      after = page.practices.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(27);
    expect(new Set(seen).size).toBe(27);
    expect(seen).toEqual([...seen].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
    const desc = dataOf(await executeOp<Page>(server, helper.context(), PAGE, { first: 3, orderBy: 'TITLE_DESC' }));
    expect(desc.practices.edges.map((e) => e.node.title)).toEqual([...seen].reverse().slice(0, 3));
  });

  it('pages in both title orders, with and without full text, as the database sorts them', async () => {
    const pageAll = async (filter: Record<string, unknown>, orderBy: string) => {
      const titles: string[] = [];
      let after: string | null = null;
      for (let i = 0; i < 30; i++) {
        const page: Page = dataOf(await executeOp<Page>(server, helper.context(), PAGE, { filter, first: 4, after, orderBy }));
        titles.push(...page.practices.edges.map((e) => `${e.node.title}|${e.node.id}`));
        if (!page.practices.pageInfo.hasNextPage) break;
        after = page.practices.pageInfo.endCursor;
      }
      return titles;
    };
    const expected = async (where: string, dir: 'ASC' | 'DESC') =>
      (await helper.cypher<{ id: string }>(`MATCH (p:Practice) ${where} RETURN p.title + '|' + p.id AS id ORDER BY p.title ${dir}, p.id ASC`)).map((r) => r.id);
    const detention = 'WHERE EXISTS { (p)-[:ADDRESSES]->(:Theme {id: "detention"}) }';
    expect(await pageAll({ themes: ['detention'] }, 'TITLE_ASC')).toEqual(await expected(detention, 'ASC'));
    expect(await pageAll({ themes: ['detention'] }, 'TITLE_DESC')).toEqual(await expected(detention, 'DESC'));
    const textIds = new Set(await ids({ text: 'migrants' }));
    expect(textIds.size).toBeGreaterThan(4);
    const inText = (all: string[]) => all.filter((t) => textIds.has(t.split('|')[1]!));
    expect(await pageAll({ text: 'migrants' }, 'TITLE_ASC')).toEqual(inText(await expected('', 'ASC')));
    expect(await pageAll({ text: 'migrants' }, 'TITLE_DESC')).toEqual(inText(await expected('', 'DESC')));
  });

  it('filters by implementing country, and by involved country (concerned or STATE partner)', async () => {
    expect(await ids({ countries: ['MEX'] })).toEqual(await cypherIds('MATCH (p:Practice)-[:IMPLEMENTED_BY]->(:Country {id: "MEX"}) RETURN p.id AS id'));
    expect(await ids({ countries: ['MEX'] })).toHaveLength(4);
    // Kenya implements one practice and is concerned by two Dutch ones.
    expect(await ids({ involvedCountries: ['KEN'] })).toEqual([
      'capacity-building-programmes-to-improve-the-protection-system-for-migrants',
      'partnerships-to-promote-inclusion-and-protection-of-the-human-rights-of-all',
      'regional-development-and-protection-program',
    ]);
    // Mexico is a STATE partner of the US Consular Partnership Program.
    expect(await ids({ involvedCountries: ['MEX'] })).toContain('consular-partnership-program');
  });

  it('combines filters with AND and the values of one list with OR', async () => {
    const health = await ids({ themes: ['health'] });
    const detention = await ids({ themes: ['detention'] });
    expect(await ids({ themes: ['health', 'detention'] })).toEqual([...new Set([...health, ...detention])].sort());
    const mex = await ids({ countries: ['MEX'] });
    expect(await ids({ countries: ['MEX'], themes: ['health'] })).toEqual(mex.filter((id) => health.includes(id)));
    expect(await ids({ groups: ['children'], stages: ['transit'] })).toEqual(
      await cypherIds('MATCH (p:Practice)-[:BENEFITS]->(:Group {id: "children"}) WHERE EXISTS { (p)-[:AT_STAGE]->(:Stage {id: "transit"}) } RETURN p.id AS id'),
    );
  });

  it('filters by partner, partner kind, instrument and full text', async () => {
    expect(await ids({ partners: ['iom'] })).toEqual(await cypherIds('MATCH (p:Practice)-[:PARTNERS_WITH]->(:Partner {id: "iom"}) RETURN p.id AS id'));
    // The International Rescue Committee is named by the Dutch capacity-building programme's summary.
    expect(await ids({ partnerKinds: ['NGO'] })).toEqual([
      'capacity-building-programmes-to-improve-the-protection-system-for-migrants',
      'dhs-office-for-civil-rights-and-civil-liberties-community-engagement-program',
      'manila-declaration-to-enhance-international-cooperation-in-combating-human',
    ]);
    // Practices backed by ILO C29 are exactly those addressing decent work, the theme it grounds.
    expect(await ids({ instruments: ['ILO-C29'] })).toEqual(await ids({ themes: ['decent-work'] }));
    expect(await ids({ text: 'trafficking' })).toEqual(
      expect.arrayContaining([
        'manila-declaration-to-enhance-international-cooperation-in-combating-human',
        'multidisciplinary-coordinating-group-against-trafficking-in-human-beings',
      ]),
    );
    const relevance = dataOf(await executeOp<Page>(server, helper.context(), PAGE, { filter: { text: 'Beta' }, orderBy: 'RELEVANCE', first: 5 }));
    expect(relevance.practices.edges[0]!.node.id).toBe('beta-groups');
  });

  it('refuses bad arguments with BAD_USER_INPUT and says why', async () => {
    const errorOf = async (vars: Record<string, unknown>) => (await executeOp(server, helper.context(), PAGE, vars)).errors?.[0];
    expect(await errorOf({ filter: { themes: ['helth'] } })).toMatchObject({
      message: expect.stringMatching(/filter\.themes\[0\]: unknown theme "helth"; the themes are .*health/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await errorOf({ filter: { countries: ['mexico'] } })).toMatchObject({
      message: expect.stringMatching(/ISO 3166-1 alpha-3/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await errorOf({ after: 'not-a-cursor' })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
    expect(await errorOf({ first: 100000 })).toMatchObject({
      message: expect.stringMatching(/first must be an integer from 0 to 100/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await errorOf({ orderBy: 'RELEVANCE' })).toMatchObject({
      message: expect.stringMatching(/needs filter\.text/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect(await errorOf({ filter: { text: 'AND OR ((' } })).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('answers practice(id) with its fields and source lines, and null for an unknown id', async () => {
    const res = dataOf(
      await executeOp<{
        practice: { title: string; countries: Array<{ id: string }>; source: { lines: number[]; text: string; document: { id: string } } };
        missing: null;
      }>(
        server,
        helper.context(),
        '{ practice(id: "beta-groups") { title countries { id } source { lines text document { id } } } missing: practice(id: "no-such-practice") { id } }',
      ),
    );
    expect(res.practice.title).toBe('Beta Groups');
    expect(res.practice.countries).toEqual([{ id: 'MEX' }]);
    expect(res.practice.source.lines).toEqual([1512, 1541]);
    expect(res.practice.source.text).toMatch(/^Title of M&D Policy or Practice:[\s\S]*Grupo_Beta_Objetivo/);
    expect(res.missing).toBeNull();
  });

  it('answers a page that asks only for ids and lists the same as one that asks for whole rows, in one request', async () => {
    type Node = {
      id: string;
      summary?: string;
      countries: Array<{ id: string }>;
      partners: Array<{ id: string; name?: string }>;
      themes: Array<{ id: string }>;
    };
    const res = dataOf(
      await executeOp<{ slim: { edges: Array<{ node: Node }> }; full: { edges: Array<{ node: Node }> }; one: Node }>(
        server,
        helper.context(),
        `{ slim: practices(filter: { themes: ["health"] }, first: 50) { edges { node { id countries { id } partners { id } themes { id } } } }
           full: practices(filter: { themes: ["health"] }, first: 50) { edges { node { id summary countries { id } partners { id name } themes { id } } } }
           one: practice(id: "beta-groups") { id summary countries { id } partners { id name } themes { id } } }`,
      ),
    );
    const lists = (n: Node) =>
      `${n.id}|${n.countries.map((c) => c.id).join(',')}|${n.partners.map((x) => x.id).join(',')}|${n.themes.map((t) => t.id).join(',')}`;
    const expected = await helper.cypher<{ line: string }>(
      `MATCH (p:Practice) WHERE EXISTS { (p)-[:ADDRESSES]->(:Theme {id: 'health'}) }
       WITH p ORDER BY p.title, p.id
       RETURN p.id + '|' + reduce(s = '', c IN COLLECT { MATCH (p)-[:IMPLEMENTED_BY]->(c:Country) RETURN c.id ORDER BY c.id } | s + CASE s WHEN '' THEN '' ELSE ',' END + c)
         + '|' + reduce(s = '', x IN COLLECT { MATCH (p)-[:PARTNERS_WITH]->(x:Partner) RETURN x.id ORDER BY x.name } | s + CASE s WHEN '' THEN '' ELSE ',' END + x)
         + '|' + reduce(s = '', t IN COLLECT { MATCH (p)-[:ADDRESSES]->(t:Theme) RETURN t.id ORDER BY t.id } | s + CASE s WHEN '' THEN '' ELSE ',' END + t) AS line`,
    );
    expect(expected.length).toBeGreaterThan(1);
    expect(res.slim.edges.map((e) => lists(e.node))).toEqual(expected.map((r) => r.line));
    expect(res.full.edges.map((e) => lists(e.node))).toEqual(expected.map((r) => r.line));
    // The slim page fetched partial rows; they must not stand in for whole ones elsewhere in the request.
    expect(res.full.edges.every((e) => typeof e.node.summary === 'string' && e.node.partners.every((x) => typeof x.name === 'string'))).toBe(true);
    expect(res.one.summary).toMatch(/\S/);
    expect(res.one.partners.every((x) => typeof x.name === 'string')).toBe(true);
  });
});
