import fs from 'node:fs';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { parse } from 'csv-parse/sync';
import { loadReferenceData, SEEDS_DIR } from '../../../src/ingest/referenceData';
import type { RequestContext } from '../../../src/context/requestContext';
import { dataOf, executeOp } from '../../support/graphqlClient';
import { TestHelper } from '../../support/TestHelper';

type Ratification = { instrument: { id: string }; status: string; year: number | null; observedIn: number | null; provenance: { evidence: string } };
type Gap = { country: { id: string }; theme: { id: string }; instrument: { id: string }; status: string; evidence: string; reason: string };

// The table rows of one country, read straight from the CSVs: the oracle for the as-of rule.
function tableRows(iso2: string): Map<string, { status: string; year: number | null }> {
  const out = new Map<string, { status: string; year: number | null }>();
  for (const i of loadReferenceData().instruments) {
    if (!i.ratificationTable) continue;
    const rows = parse<Record<string, string>>(fs.readFileSync(path.join(SEEDS_DIR, 'sources/ratification', i.ratificationTable), 'utf8'), { columns: true });
    const row = rows.find((r) => r.iso2 === iso2);
    if (row) out.set(i.id, { status: row.status!, year: row['year ratification or accession'] ? Number(row['year ratification or accession']) : null });
  }
  return out;
}

describe('the graph as of a year', () => {
  let helper: TestHelper;
  let apollo: ApolloServer<RequestContext>;
  const run = async <T>(query: string, variables: Record<string, unknown> = {}) => dataOf(await executeOp<T>(apollo, helper.context(), query, variables));

  beforeAll(async () => {
    helper = TestHelper.create();
    await helper.resetToSeed();
    apollo = await helper.apollo();
  });
  afterAll(async () => {
    await apollo.stop();
    await helper.resetToSeed();
    await helper.close();
  });

  it('reads each status in 2015 from the ratification years, against the tables themselves', async () => {
    for (const [id, iso2] of [
      ['THA', 'TH'],
      ['CYP', 'CY'],
      ['USA', 'US'],
    ] as const) {
      const { country } = await run<{ country: { latest: Ratification[]; then: Ratification[] } }>(
        'query ($id: ID!) { country(id: $id) { latest: ratifications { instrument { id } status year observedIn } then: ratifications(asOf: 2015) { instrument { id } status year observedIn provenance { evidence } } } }',
        { id },
      );
      const table = tableRows(iso2);
      // The UN tables only: ILO instruments are checked in test/integration/graph/iloRatifications.int.test.ts.
      const then = country.then.filter((r) => !r.instrument.id.startsWith('ILO-'));
      expect(then.map((r) => r.instrument.id).sort()).toEqual([...table.keys()].sort());
      for (const r of then) {
        const row = table.get(r.instrument.id)!;
        expect(r.observedIn).toBe(2022);
        const expected =
          row.status === 'no action'
            ? 'NO_ACTION'
            : row.status === 'signatory state'
              ? 'NOT_RATIFIED'
              : row.year === null
                ? 'UNKNOWN'
                : row.year <= 2015
                  ? 'RATIFIED'
                  : 'NOT_RATIFIED';
        expect([id, r.instrument.id, r.status]).toEqual([id, r.instrument.id, expected]);
        if (row.status === 'state party' && row.year! > 2015)
          expect(r.provenance.evidence).toContain(`as of 2015: not yet a party in 2015: ratified in ${row.year}`);
      }
      // Without asOf, the UN tables' own statuses: NOT_RATIFIED only for ILO instruments (a
      // complete table without the country's row, or a source saying so).
      expect(country.latest.filter((r) => r.status === 'NOT_RATIFIED' && !r.instrument.id.startsWith('ILO-'))).toEqual([]);
    }
  });

  it('answers treatyStatus in a year: a party since its ratification, not before, and nobody before an instrument is adopted', async () => {
    const { country } = await run<{ country: Record<string, string> }>(
      '{ country(id: "MEX") { now: treatyStatus(instrument: "ICRMW") y1999: treatyStatus(instrument: "ICRMW", asOf: 1999) y1998: treatyStatus(instrument: "ICRMW", asOf: 1998) y1985: treatyStatus(instrument: "ICRMW", asOf: 1985) ilo: treatyStatus(instrument: "ILO-C29", asOf: 2010) } }',
    );
    expect(tableRows('MX').get('ICRMW')).toEqual({ status: 'state party', year: 1999 });
    // Mexico's C29 row (a 2014 list) gives no year of ratification: in 2010 its status is unknown.
    expect(country).toEqual({ now: 'RATIFIED', y1999: 'RATIFIED', y1998: 'NOT_RATIFIED', y1985: 'NOT_RATIFIED', ilo: 'UNKNOWN' });
  });

  it('reads a denounced UN protocol as a party between its ratification and its denunciation (ICCPR-OP1: Jamaica 1975-1997, Trinidad and Tobago 1980-2000)', async () => {
    const { jam, tto } = await run<{ jam: Record<string, string>; tto: Record<string, string> }>(
      '{ jam: country(id: "JAM") { now: treatyStatus(instrument: "ICCPR-OP1") y1990: treatyStatus(instrument: "ICCPR-OP1", asOf: 1990) y1999: treatyStatus(instrument: "ICCPR-OP1", asOf: 1999) y1970: treatyStatus(instrument: "ICCPR-OP1", asOf: 1970) } tto: country(id: "TTO") { now: treatyStatus(instrument: "ICCPR-OP1") y1999: treatyStatus(instrument: "ICCPR-OP1", asOf: 1999) y2001: treatyStatus(instrument: "ICCPR-OP1", asOf: 2001) } }',
    );
    expect(jam).toEqual({ now: 'DENOUNCED', y1990: 'RATIFIED', y1999: 'DENOUNCED', y1970: 'NOT_RATIFIED' });
    expect(tto).toEqual({ now: 'DENOUNCED', y1999: 'RATIFIED', y2001: 'DENOUNCED' });
    const [row] = await helper.cypher<{ evidence: string }>(
      "MATCH (:Country {id: 'JAM'})-[r:DENOUNCED]->(:Instrument {id: 'ICCPR-OP1'}) RETURN r.evidence AS evidence",
    );
    expect(row!.evidence).toMatch(/hr_status_iccpr_op1\.csv:85: Jamaica, "state party" \(1975\); denounced in 1997 per .*ratification-year-fixes\.yaml:\d+\)/);
  });

  it('asks the ratification gaps as of 2015: a treaty ratified later is a gap then and not now', async () => {
    // A synthetic state of the world: Mexico's ICRMW ratification moved to 2019.
    await helper.cypher("MATCH (:Country {id: 'MEX'})-[r:RATIFIED]->(:Instrument {id: 'ICRMW'}) SET r.year = 2019");
    const q =
      'query ($y: Int) { partnershipGaps { ratificationGaps(countries: ["MEX", "USA"], instruments: ["ICRMW", "ICESCR"], asOf: $y) { notRatified { country { id } theme { id } instrument { id } status evidence reason } } } }';
    const gaps = async (y: number | null) =>
      (await run<{ partnershipGaps: { ratificationGaps: { notRatified: Gap[] } } }>(q, { y })).partnershipGaps.ratificationGaps.notRatified;
    try {
      const [then, now, y2019] = [await gaps(2015), await gaps(null), await gaps(2019)];
      const mexThen = then.filter((g) => g.country.id === 'MEX' && g.instrument.id === 'ICRMW');
      expect(mexThen.length).toBeGreaterThan(0);
      for (const g of mexThen) {
        expect(g.status).toBe('NOT_RATIFIED');
        expect(g.evidence).toContain('ratified in 2019');
        expect(g.reason).toContain('was not a party to the');
      }
      expect(now.filter((g) => g.country.id === 'MEX' && g.instrument.id === 'ICRMW')).toEqual([]);
      expect(y2019.filter((g) => g.country.id === 'MEX' && g.instrument.id === 'ICRMW')).toEqual([]);
      // The USA signed the ICESCR but is not a party: SIGNED now; in 2015 not a party, signature date unknown.
      expect(now.some((g) => g.country.id === 'USA' && g.instrument.id === 'ICESCR' && g.status === 'SIGNED')).toBe(true);
      expect(then.some((g) => g.country.id === 'USA' && g.instrument.id === 'ICESCR' && g.status === 'NOT_RATIFIED')).toBe(true);
    } finally {
      await helper.cypher("MATCH (:Country {id: 'MEX'})-[r:RATIFIED]->(:Instrument {id: 'ICRMW'}) SET r.year = 1999");
    }
  });

  it('counts in coverage only the practices known then and the instruments adopted by then', async () => {
    await helper.cypher(
      "MATCH (c:Country {id: 'MEX'}), (t:Theme {id: 'health'}) CREATE (p:Practice {id: 'as-of-probe', title: 'As-of probe', basis: 'curated', evidence: 'test', curatedAt: datetime()})-[:IMPLEMENTED_BY {basis: 'curated', evidence: 'test'}]->(c), (p)-[:ADDRESSES {basis: 'curated', evidence: 'test'}]->(t)",
    );
    // Written past the curation API, so the country × theme cells are built again by hand.
    const rebuildCells = () => helper.executor.writeTransaction((tx) => tx.run('load/countryThemeCells', { asOf: null }));
    await rebuildCells();
    try {
      type Cov = { coverage: { practiceCount: number; rows: Array<{ id: string }>; cells: Array<{ row: string; column: string; practiceIds: string[] }> } };
      const q =
        'query ($y: Int, $r: Dimension!) { coverage(rows: $r, columns: THEME, asOf: $y) { practiceCount rows { id } cells { row column practiceIds } } }';
      const now = (await run<Cov>(q, { y: null, r: 'COUNTRY' })).coverage;
      const then = (await run<Cov>(q, { y: 2015, r: 'COUNTRY' })).coverage;
      expect(now.practiceCount).toBe(then.practiceCount + 1);
      expect(now.cells.find((c) => c.row === 'MEX' && c.column === 'health')!.practiceIds).toContain('as-of-probe');
      expect(then.cells.find((c) => c.row === 'MEX' && c.column === 'health')!.practiceIds).not.toContain('as-of-probe');

      const adopted = new Map(loadReferenceData().instruments.map((i) => [i.id, i.adopted]));
      const instrumentsNow = (await run<Cov>(q, { y: null, r: 'INSTRUMENT' })).coverage.rows.map((r) => r.id);
      const instruments2000 = (await run<Cov>(q, { y: 2000, r: 'INSTRUMENT' })).coverage.rows.map((r) => r.id);
      expect(instruments2000).toEqual(instrumentsNow.filter((id) => adopted.get(id)! <= 2000));
      expect(instruments2000.length).toBeLessThan(instrumentsNow.length);
      expect(instruments2000).toContain('ICESCR');
    } finally {
      await helper.cypher("MATCH (p:Practice {id: 'as-of-probe'}) DETACH DELETE p");
      await rebuildCells();
    }
  });

  it.each([
    ['{ country(id: "USA") { ratifications(asOf: 1800) { status } } }'],
    ['{ partnershipGaps { ratificationGaps(asOf: 20150) { unknown { status } } } }'],
    ['{ coverage(rows: THEME, columns: GROUP, asOf: -1) { emptyCells } }'],
  ])('refuses a year out of range with BAD_USER_INPUT: %s', async (query) => {
    const res = await executeOp(apollo, helper.context(), query);
    expect(res.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(res.errors?.[0]?.message).toContain('asOf must be an integer from 1900 to 2100');
  });
});
