import { ResultCache } from '../../../src/cache/resultCache';
import { TestHelper, type TestServer } from '../../support/TestHelper';

// The country × theme cells (cypher/load/countryThemeCells.cypher) are derived data: after a load,
// a restore and every curation write they must equal what the edges say, and the answers read
// from them (coverage COUNTRY × THEME, gaps (a) and (d)) must equal the ones a join computes.

const TOKEN = 'curator-token-for-cells-0123456789';

type Cell = { country: string; theme: string; practiceIds: string[]; kinds: string[] };

// The cells as the edges say now: the join the cells spare the readers, written out in full.
const FRESH = `MATCH (c:Country)<-[:IMPLEMENTED_BY]-(p:Practice)-[:ADDRESSES]->(t:Theme)
  WITH c.id AS country, t.id AS theme, collect(DISTINCT p) AS ps
  RETURN country, theme,
    COLLECT { UNWIND ps AS q RETURN q.id AS id ORDER BY id } AS practiceIds,
    COLLECT { UNWIND ps AS q MATCH (q)-[:PARTNERS_WITH]->(x:Partner) RETURN DISTINCT x.kind AS kind ORDER BY kind } AS kinds
  ORDER BY country, theme`;
const STORED = `MATCH (cell:CountryThemeCell)
  RETURN cell.country AS country, cell.theme AS theme, cell.practiceIds AS practiceIds, cell.kinds AS kinds
  ORDER BY country, theme`;

type Gap = { country: string; theme: string; instrument: string; status: string };

// The ratification gaps (d) as the edges and tables say now, written out in full: each cell's
// ratifiable instruments backing its theme, and the country's status for each (as the floor of
// the benchmark computes it, independently of country/_statusAsOf), RATIFIED left out.
const FRESH_GAPS = `MATCH (c:Country)<-[:IMPLEMENTED_BY]-(:Practice)-[:ADDRESSES]->(t:Theme)
  WITH DISTINCT c, t
  MATCH (t)<-[:BACKS]-(i:Instrument)
  WHERE i.kind IN ['TREATY', 'OPTIONAL_PROTOCOL', 'ILO_CONVENTION', 'ILO_PROTOCOL']
  WITH DISTINCT c, t, i
  OPTIONAL MATCH (c)-[r:RATIFIED|SIGNED|NO_ACTION|DENOUNCED|NOT_RATIFIED]->(i)
  WITH c, t, i, CASE
    WHEN r IS NOT NULL THEN type(r)
    WHEN i.kind IN ['ILO_CONVENTION', 'ILO_PROTOCOL'] AND c.iloMember = false AND c.unMember THEN 'NOT_A_MEMBER'
    WHEN i.kind IN ['ILO_CONVENTION', 'ILO_PROTOCOL'] AND c.iloMember AND i.ratificationComplete THEN 'NOT_RATIFIED'
    ELSE 'UNKNOWN' END AS status
  WHERE status <> 'RATIFIED'
  RETURN c.id AS country, t.id AS theme, i.id AS instrument, status
  ORDER BY country, theme, instrument`;
// The stored lists, one row per gap; the three lists of a cell must be of one length.
const STORED_GAPS = `MATCH (cell:CountryThemeCell)
  WHERE size(cell.gapInstruments) = size(cell.gapStatuses) = size(cell.gapEvidence)
  UNWIND range(0, size(cell.gapInstruments) - 1) AS k
  RETURN cell.country AS country, cell.theme AS theme, cell.gapInstruments[k] AS instrument, cell.gapStatuses[k] AS status
  ORDER BY country, theme, instrument`;

describe('country × theme cells', () => {
  let helper: TestHelper;
  let server: TestServer;

  async function gql<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    const res = await fetch(`${server.url}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${TOKEN}` },
      body: JSON.stringify({ query, variables }),
    });
    const body = (await res.json()) as { data?: T; errors?: Array<{ message: string }> };
    if (body.errors?.length) throw new Error(body.errors.map((e) => e.message).join('; '));
    return body.data!;
  }

  /** The stored cells equal the fresh join, and so do the answers read from them. */
  async function expectCurrent(): Promise<Cell[]> {
    const fresh = await helper.cypher<Cell>(FRESH);
    expect(await helper.cypher<Cell>(STORED)).toEqual(fresh);
    const freshGaps = await helper.cypher<Gap>(FRESH_GAPS);
    expect(freshGaps.length).toBeGreaterThan(0);
    expect(await helper.cypher<Gap>(STORED_GAPS)).toEqual(freshGaps);
    const [unequal] = await helper.cypher<{ n: number }>(
      'MATCH (cell:CountryThemeCell) WHERE NOT size(cell.gapInstruments) = size(cell.gapStatuses) = size(cell.gapEvidence) RETURN count(cell) AS n',
    );
    expect(unequal?.n).toBe(0);

    const coverage = await gql<{ coverage: { cells: Array<{ row: string; column: string; count: number; practiceIds: string[] }> } }>(
      '{ coverage(rows: COUNTRY, columns: THEME, countryScope: ALL) { cells { row column count practiceIds } } }',
    );
    const nonEmpty = coverage.coverage.cells.filter((c) => c.count > 0);
    // Code-point order, as Cypher's ORDER BY.
    const key = (c: { country: string; theme: string }) => `${c.country}\u0000${c.theme}`;
    const byCell = (a: { country: string; theme: string }, b: { country: string; theme: string }) => (key(a) < key(b) ? -1 : key(a) > key(b) ? 1 : 0);
    expect(nonEmpty.map((c) => ({ country: c.row, theme: c.column, practiceIds: c.practiceIds })).sort(byCell)).toEqual(
      fresh.map((f) => ({ country: f.country, theme: f.theme, practiceIds: f.practiceIds })),
    );
    expect(nonEmpty.every((c) => c.count === c.practiceIds.length)).toBe(true);

    for (const kind of ['NGO', 'INTERNATIONAL_ORGANIZATION']) {
      const gaps = await gql<{
        partnershipGaps: { withoutPartnerKind: Array<{ country: { id: string }; theme: { id: string }; practiceIds: string[]; kindsPresent: string[] }> };
      }>('query ($kind: PartnerKind!) { partnershipGaps { withoutPartnerKind(kind: $kind) { country { id } theme { id } practiceIds kindsPresent } } }', {
        kind,
      });
      expect(
        gaps.partnershipGaps.withoutPartnerKind.map((g) => ({ country: g.country.id, theme: g.theme.id, practiceIds: g.practiceIds, kinds: g.kindsPresent })),
      ).toEqual(fresh.filter((f) => !f.kinds.includes(kind)));
    }

    // Gaps (d) now read the cells; as of a year after every table, they join the practices afresh
    // and must say the same (statuses as observed, every instrument adopted, every practice known).
    const q = `query ($y: Int) { partnershipGaps { ratificationGaps(asOf: $y) {
      notRatified { country { id } theme { id } instrument { id } status practiceIds evidence reason }
      unknown { country { id } theme { id } instrument { id } status practiceIds evidence reason } } } }`;
    type D = { partnershipGaps: { ratificationGaps: { notRatified: Array<{ practiceIds: string[] }>; unknown: Array<{ practiceIds: string[] }> } } };
    const sortIds = (d: D) => {
      const g = d.partnershipGaps.ratificationGaps;
      return [...g.notRatified, ...g.unknown].map((x) => ({ ...x, practiceIds: [...x.practiceIds].sort() }));
    };
    const now = sortIds(await gql<D>(q, { y: null }));
    expect(now.length).toBeGreaterThan(0);
    expect(now).toEqual(sortIds(await gql<D>(q, { y: 2100 })));
    // The API answers what the edges say; a selection without evidence or reason gets the same rows.
    type ApiGap = { country: { id: string }; theme: { id: string }; instrument: { id: string }; status: string };
    const bare = await gql<{ partnershipGaps: { ratificationGaps: { notRatified: ApiGap[]; unknown: ApiGap[] } } }>(
      '{ partnershipGaps { ratificationGaps { notRatified { country { id } theme { id } instrument { id } status } unknown { country { id } theme { id } instrument { id } status } } } }',
    );
    const flat = (g: ApiGap): Gap => ({ country: g.country.id, theme: g.theme.id, instrument: g.instrument.id, status: g.status });
    const order = (g: Gap) => `${g.country}\u0000${g.theme}\u0000${g.instrument}`;
    const sorted = (gs: Gap[]) => gs.sort((a, b) => (order(a) < order(b) ? -1 : order(a) > order(b) ? 1 : 0));
    expect(sorted([...bare.partnershipGaps.ratificationGaps.notRatified, ...bare.partnershipGaps.ratificationGaps.unknown].map(flat))).toEqual(freshGaps);
    expect(sorted((now as unknown as ApiGap[]).map(flat))).toEqual(freshGaps);
    return fresh;
  }

  beforeAll(async () => {
    helper = TestHelper.create();
    await helper.resetToSeed();
    const services = helper.services(undefined, TOKEN);
    services.results = new ResultCache(0);
    server = await helper.startServer(TestHelper.serverOptions(), services);
  });
  afterAll(async () => {
    await server.close();
    await helper.close();
  });

  it('are built by the load', async () => {
    const cells = await expectCurrent();
    expect(cells.length).toBeGreaterThan(20);
    expect(cells.some((c) => c.kinds.includes('NGO'))).toBe(true);
  });

  it('follow every kind of curation write', async () => {
    const link = (id: string, type: string, target: string) =>
      gql(
        `mutation ($id: ID!, $type: CurationLinkType!, $target: ID!) { linkPractice(id: $id, link: { type: $type, target: $target, evidence: "cells test" }) { id } }`,
        {
          id,
          type,
          target,
        },
      );
    const unlink = (id: string, type: string, target: string) =>
      gql(`mutation ($id: ID!, $type: CurationLinkType!, $target: ID!) { unlinkPractice(id: $id, link: { type: $type, target: $target }) { id } }`, {
        id,
        type,
        target,
      });

    // A new practice in a cell no other practice is in (Iceland × health).
    const created = await gql<{ createPractice: { id: string } }>(
      `mutation { createPractice(input: { title: "Cells probe clinic", summary: "A clinic for migrant workers.", evidence: "cells test",
        links: [{ type: IMPLEMENTED_BY, target: "ISL", evidence: "cells test" }, { type: ADDRESSES, target: "health", evidence: "cells test" }] }) { id } }`,
    );
    const id = created.createPractice.id;
    let cells = await expectCurrent();
    expect(cells.find((c) => c.country === 'ISL' && c.theme === 'health')).toEqual({ country: 'ISL', theme: 'health', practiceIds: [id], kinds: [] });

    // A partner changes the kinds present; a second country and theme add cells.
    await link(id, 'PARTNERS_WITH', 'international-rescue-committee');
    await link(id, 'IMPLEMENTED_BY', 'MEX');
    await link(id, 'ADDRESSES', 'violence');
    cells = await expectCurrent();
    expect(cells.find((c) => c.country === 'ISL' && c.theme === 'violence')!.kinds).toEqual(['NGO']);
    expect(cells.find((c) => c.country === 'MEX' && c.theme === 'violence')!.practiceIds).toContain(id);

    // Unlinking empties the Iceland cells of health and violence only when nothing else is in them.
    await unlink(id, 'IMPLEMENTED_BY', 'ISL');
    await unlink(id, 'PARTNERS_WITH', 'international-rescue-committee');
    cells = await expectCurrent();
    expect(cells.some((c) => c.country === 'ISL')).toBe(false);

    await gql(`mutation ($id: ID!) { updatePractice(id: $id, input: { title: "Cells probe clinic, renamed", evidence: "cells test" }) { id } }`, { id });
    await expectCurrent();

    await gql(`mutation ($id: ID!) { deletePractice(id: $id) { id } }`, { id });
    cells = await expectCurrent();
    expect(cells.some((c) => c.practiceIds.includes(id))).toBe(false);
  });

  it('stay right when writes to practices of the same cells run at once', async () => {
    const ids = (
      await helper.cypher<{ id: string }>('MATCH (p:Practice) WHERE EXISTS { (p)-[:ADDRESSES]->(:Theme) } RETURN p.id AS id ORDER BY id LIMIT 8')
    ).map((r) => r.id);
    // Each write locks its own practice, then the cells it touches; they all touch Iceland's.
    await Promise.all(
      ids.flatMap((id) => [
        gql(`mutation ($id: ID!) { linkPractice(id: $id, link: { type: IMPLEMENTED_BY, target: "ISL", evidence: "cells test" }) { id } }`, { id }),
      ]),
    );
    let cells = await expectCurrent();
    expect([...new Set(cells.filter((c) => c.country === 'ISL').flatMap((c) => c.practiceIds))].sort()).toEqual(ids);
    await Promise.all(ids.map((id) => gql(`mutation ($id: ID!) { unlinkPractice(id: $id, link: { type: IMPLEMENTED_BY, target: "ISL" }) { id } }`, { id })));
    cells = await expectCurrent();
    expect(cells.some((c) => c.country === 'ISL')).toBe(false);
  });
});
