import type { ApolloServer } from '@apollo/server';
import type { RequestContext } from '../../../src/context/requestContext';
import { dataOf, executeOp } from '../../support/graphqlClient';
import { TestHelper } from '../../support/TestHelper';

interface Page {
  totalCount: number;
  edges: Array<{ cursor: string; node: { id: string; title?: string; name?: string } }>;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; endCursor: string | null };
}

const PAGE = 'totalCount edges { cursor node { id } } pageInfo { hasNextPage hasPreviousPage endCursor }';

/**
 * The lists under a parent that grow with the catalogue: the field that reaches the parents
 * (every theme, there being no theme(id); one partner, `$id`), and the Cypher pattern of the
 * list in full, `x` under parent `t`.
 */
const LISTS = [
  { name: 'Theme.practices', parents: 'themes', field: 'practices', label: 'Theme', pattern: '(x:Practice)-[:ADDRESSES]->(t)', order: 'x.title' },
  { name: 'Group.practices', parents: 'groups', field: 'practices', label: 'Group', pattern: '(x:Practice)-[:BENEFITS]->(t)', order: 'x.title' },
  { name: 'Stage.practices', parents: 'stages', field: 'practices', label: 'Stage', pattern: '(x:Practice)-[:AT_STAGE]->(t)', order: 'x.title' },
  { name: 'Country.practices', parents: 'countries', field: 'practices', label: 'Country', pattern: '(x:Practice)-[:IMPLEMENTED_BY]->(t)', order: 'x.title' },
  { name: 'Country.partners', parents: 'countries', field: 'partners', label: 'Country', pattern: '(x:Partner)-[:BASED_IN]->(t)', order: 'x.name' },
  {
    name: 'Partner.practices',
    parents: 'partner(id: $id)',
    field: 'practices',
    label: 'Partner',
    pattern: '(x:Practice)-[:PARTNERS_WITH]->(t)',
    order: 'x.title',
  },
] as const;

describe('lists under a parent are paged, never returned whole', () => {
  let helper: TestHelper;
  let apollo: ApolloServer<RequestContext>;

  beforeAll(async () => {
    helper = TestHelper.create();
    await helper.resetToSeed();
    apollo = await helper.apollo();
  });
  afterAll(async () => {
    await apollo.stop();
    await helper.close();
  });

  const run = async <T>(query: string, variables: Record<string, unknown> = {}) => executeOp<T>(apollo, helper.context(), query, variables);

  /** The parent with the longest list, and that list in full (by sort key, then id), from Cypher. */
  async function longest(list: (typeof LISTS)[number]): Promise<{ id: string; ids: string[] }> {
    const [top] = await helper.cypher<{ id: string }>(`MATCH (t:${list.label}) RETURN t.id AS id ORDER BY COUNT { ${list.pattern} } DESC, id LIMIT 1`);
    const ids = await helper.cypher<{ id: string }>(
      `MATCH ${list.pattern} WHERE t.id = $id AND t:${list.label} RETURN x.id AS id ORDER BY ${list.order}, x.id`,
      { id: top!.id },
    );
    return { id: top!.id, ids: ids.map((r) => r.id) };
  }

  /** A query of a page of the list on the parents its field reaches. */
  const pageQuery = (list: (typeof LISTS)[number], first: number) =>
    `query (${list.parents.includes('$id') ? '$id: ID!, ' : ''}$after: String) { ${list.parents} { id ${list.field}(first: ${first}, after: $after) { ${PAGE} } } }`;

  /** One page of one parent's list. */
  async function pageOf(list: (typeof LISTS)[number], id: string, first: number, after: string | null): Promise<Page> {
    const root = Object.values(dataOf(await run<Record<string, unknown>>(pageQuery(list, first), { id, after })))[0] as
      ({ id: string } & Record<string, Page>) | Array<{ id: string } & Record<string, Page>>;
    return (Array.isArray(root) ? root : [root]).find((p) => p.id === id)![list.field]!;
  }

  it.each(LISTS)('$name refuses a first above the page size with a coded BAD_USER_INPUT', async (list) => {
    const { id } = await longest(list);
    const res = await run(pageQuery(list, 101), { id, after: null });
    expect(res.errors?.[0]).toMatchObject({
      message: expect.stringMatching(/first must be an integer from 0 to 100/),
      extensions: { code: 'BAD_USER_INPUT', argument: 'first' },
    });
  });

  it.each(LISTS)('$name: pages of 2 walk the whole list in order, without duplicates, and totalCount is its length', async (list) => {
    const { id, ids } = await longest(list);
    expect(ids.length).toBeGreaterThan(2);
    const seen: string[] = [];
    let after: string | null = null;
    for (let pages = 0; pages <= ids.length; pages++) {
      const page = await pageOf(list, id, 2, after);
      expect(page.totalCount).toBe(ids.length);
      expect(page.edges.length).toBeLessThanOrEqual(2);
      expect(page.pageInfo.hasPreviousPage).toBe(after !== null);
      seen.push(...page.edges.map((e) => e.node.id));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(new Set(seen).size).toBe(seen.length);
    expect(seen).toEqual(ids);
  });

  it('a nested page is the same page, cursors included, as practices(filter) for that parent', async () => {
    const data = dataOf(
      await run<{ themes: Array<{ id: string; practices: Page }>; practices: Page }>(
        `{ themes { id practices(first: 4) { ${PAGE} } } practices(filter: { themes: ["violence"] }, first: 4) { ${PAGE} } }`,
      ),
    );
    const violence = data.themes.find((t) => t.id === 'violence')!.practices;
    expect(violence.totalCount).toBeGreaterThan(4);
    expect(violence).toEqual(data.practices);
  });

  it('instrumentPracticeMatrix: refused above the page size; pages walk every matching practice once', async () => {
    const refused = await run('{ instrumentPracticeMatrix(first: 101) { totalCount } }');
    expect(refused.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'first' } });
    const expected = (await helper.cypher<{ id: string }>('MATCH (p:Practice) RETURN p.id AS id ORDER BY p.title, p.id')).map((r) => r.id);
    const seen: string[] = [];
    let after: string | null = null;
    do {
      const m: {
        totalCount: number;
        instruments: Array<{ id: string }>;
        rows: Array<{ practice: { id: string }; instrumentIds: string[] }>;
        pageInfo: { hasNextPage: boolean; endCursor: string | null };
      } = dataOf(
        await run<{ instrumentPracticeMatrix: never }>(
          'query ($after: String) { instrumentPracticeMatrix(first: 5, after: $after) { totalCount instruments { id } rows { practice { id } instrumentIds } pageInfo { hasNextPage endCursor } } }',
          { after },
        ),
      ).instrumentPracticeMatrix;
      expect(m.totalCount).toBe(expected.length);
      expect(m.rows.length).toBeLessThanOrEqual(5);
      // The columns of a page are the instruments its rows name, no more.
      expect(m.instruments.map((i) => i.id)).toEqual([...new Set(m.rows.flatMap((r) => r.instrumentIds))].sort());
      seen.push(...m.rows.map((r) => r.practice.id));
      after = m.pageInfo.hasNextPage ? m.pageInfo.endCursor : null;
    } while (after);
    expect(seen).toEqual(expected);
  });

  it('a cursor of another order is BAD_USER_INPUT, not an empty page', async () => {
    const relevance = dataOf(await run<{ practices: Page }>(`{ practices(filter: { text: "migrants" }, orderBy: RELEVANCE, first: 1) { ${PAGE} } }`)).practices
      .pageInfo.endCursor;
    const res = await run('query ($after: String) { themes { practices(after: $after) { totalCount } } }', { after: relevance });
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument: 'after' } });
  });
});
