import fs from 'node:fs';
import path from 'node:path';
import type { ApolloServer } from '@apollo/server';
import { parse } from 'csv-parse/sync';
import { SEEDS_DIR } from '../../../src/ingest/referenceData';
import type { RequestContext } from '../../../src/context/requestContext';
import { dataOf, executeOp } from '../../support/graphqlClient';
import { TestHelper } from '../../support/TestHelper';

interface Coverage {
  coverage: {
    rows: Array<{ id: string }>;
    columns: Array<{ id: string }>;
    emptyCells: number;
    cells: Array<{ row: string; column: string; count: number; practiceIds: string[] }>;
  };
}

const FILTER_KEY = {
  COUNTRY: 'countries',
  THEME: 'themes',
  INSTRUMENT: 'instruments',
  PARTNER_KIND: 'partnerKinds',
  GROUP: 'groups',
  STAGE: 'stages',
} as const;
type Dim = keyof typeof FILTER_KEY;

describe('partnership-gap analysis on the seed graph', () => {
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
    await helper.close();
  });

  it.each<[Dim, Dim]>([
    ['COUNTRY', 'THEME'],
    ['THEME', 'GROUP'],
    ['INSTRUMENT', 'STAGE'],
    ['PARTNER_KIND', 'THEME'],
  ])('coverage %s × %s lists every cell, empty ones included, each agreeing with practices(filter)', async (rows, columns) => {
    const { coverage } = await run<Coverage>(
      'query ($r: Dimension!, $c: Dimension!) { coverage(rows: $r, columns: $c) { rows { id } columns { id } emptyCells cells { row column count practiceIds } } }',
      { r: rows, c: columns },
    );
    expect(coverage.cells).toHaveLength(coverage.rows.length * coverage.columns.length);
    expect(coverage.emptyCells).toBe(coverage.cells.filter((c) => c.count === 0).length);
    expect(coverage.emptyCells).toBeGreaterThan(0);
    // Requests of 25 aliases (the server allows 30 per operation), one per cell: practices(filter: row AND column).
    const counts: Record<string, { totalCount: number; edges: Array<{ node: { id: string } }> }> = {};
    for (let start = 0; start < coverage.cells.length; start += 25) {
      const chunk = coverage.cells.slice(start, start + 25).map((cell, j) => ({ cell, i: start + j }));
      const variables = Object.fromEntries(chunk.map(({ cell, i }) => [`f${i}`, { [FILTER_KEY[rows]]: [cell.row], [FILTER_KEY[columns]]: [cell.column] }]));
      const declarations = chunk.map(({ i }) => `$f${i}: PracticeFilter`).join(', ');
      const aliases = chunk.map(({ i }) => `c${i}: practices(filter: $f${i}, first: 100) { totalCount edges { node { id } } }`);
      Object.assign(counts, await run<typeof counts>(`query (${declarations}) { ${aliases.join('\n')} }`, variables));
    }
    coverage.cells.forEach((cell, i) => {
      const page = counts[`c${i}`]!;
      expect({ cell: `${cell.row} × ${cell.column}`, count: cell.count }).toEqual({ cell: `${cell.row} × ${cell.column}`, count: page.totalCount });
      expect([...cell.practiceIds].sort()).toEqual(page.edges.map((e) => e.node.id).sort());
    });
  });

  it('coverage rows default to the countries that act, and can be every UN member state', async () => {
    const active = await run<Coverage>('{ coverage(rows: COUNTRY, columns: THEME) { rows { id } cells { count } } }');
    expect(active.coverage.rows.map((r) => r.id)).toEqual(['CMR', 'CYP', 'ECU', 'GTM', 'HND', 'IDN', 'KEN', 'MEX', 'NLD', 'PHL', 'SLV', 'THA', 'USA']);
    const un = await run<Coverage>('{ coverage(rows: COUNTRY, columns: THEME, countryScope: UN_MEMBERS) { rows { id } } }');
    expect(un.coverage.rows.length).toBeGreaterThanOrEqual(193);
  });

  it('(a) where does Mexico act without an NGO partner? — on violence and health: none of its four practices has one', async () => {
    const { partnershipGaps } = await run<{
      partnershipGaps: {
        withoutPartnerKind: Array<{ country: { id: string }; theme: { id: string }; practiceIds: string[]; kindsPresent: string[]; reason: string }>;
      };
    }>('{ partnershipGaps { withoutPartnerKind(kind: NGO, countries: ["MEX"]) { country { id } theme { id } practiceIds kindsPresent reason } } }');
    const rows = partnershipGaps.withoutPartnerKind;
    expect(rows.map((r) => r.theme.id)).toEqual(['health', 'violence']);
    // The Partner(s) fields of Mexico's four practices are empty (annex lines 1519, 1549, 1584, 1648);
    // the consular protocol's summary names UNICEF ("elaborated in partnership with"), an international organisation.
    expect(rows.find((r) => r.theme.id === 'violence')!.practiceIds.sort()).toEqual([
      'beta-groups',
      'bureau-of-special-attention-to-migrants-victims-of-crime',
      'protocol-for-consular-attention-for-unaccompanied-child-and-adolescent-migrants',
      'special-programme-on-migration-2014-2018',
    ]);
    expect(rows.map((r) => [r.theme.id, r.kindsPresent])).toEqual([
      ['health', []],
      ['violence', ['INTERNATIONAL_ORGANIZATION']],
    ]);
    expect(rows[1]!.reason).toMatch(/^Mexico acts on violence and trauma through 4 practices .* none with a partner of kind NGO/);
    // The Philippines does work with NGOs on violence (the Manila Declaration): no gap there.
    const phl = await run<{ partnershipGaps: { withoutPartnerKind: Array<{ theme: { id: string } }> } }>(
      '{ partnershipGaps { withoutPartnerKind(kind: NGO, countries: ["PHL"]) { theme { id } } } }',
    );
    expect(phl.partnershipGaps.withoutPartnerKind.map((r) => r.theme.id)).not.toContain('violence');
  });

  it('(b) which theme × group cells have no practice for women? — decent work and health', async () => {
    const { partnershipGaps } = await run<{
      partnershipGaps: {
        themeGroupGaps: Array<{ theme: { id: string }; group: { id: string }; practicesOnTheme: number; practicesForGroup: number; reason: string }>;
      };
    }>('{ partnershipGaps { themeGroupGaps(groups: ["women"]) { theme { id } group { id } practicesOnTheme practicesForGroup reason } } }');
    // Only the Dutch capacity-building programme names women, and it addresses violence and detention.
    expect(partnershipGaps.themeGroupGaps.map((g) => g.theme.id)).toEqual(['decent-work', 'health']);
    expect(partnershipGaps.themeGroupGaps[0]!.practicesForGroup).toBe(1);
    expect(partnershipGaps.themeGroupGaps[0]!.reason).toMatch(/^No practice addresses decent work for women/);
    const [check] = await helper.cypher<{ n: number }>(
      'MATCH (:Group {id: "women"})<-[:BENEFITS]-(p:Practice)-[:ADDRESSES]->(:Theme {id: "detention"}) RETURN count(p) AS n',
    );
    expect(check!.n).toBeGreaterThan(0);
  });

  it('(c) which instruments grounding a theme back none of Mexico’s practices?', async () => {
    const { partnershipGaps } = await run<{
      partnershipGaps: { unbackedInstruments: Array<{ instrument: { id: string }; provision: { id: string } | null; theme: { id: string }; reason: string }> };
    }>('{ partnershipGaps { unbackedInstruments(country: "MEX") { instrument { id } provision { id } theme { id } reason } } }');
    const ids = new Set(partnershipGaps.unbackedInstruments.map((g) => g.instrument.id));
    // Mexico acts on violence and health only: the decent-work and detention instruments are gaps...
    for (const id of ['ILO-C29', 'ILO-C182', 'UDHR', 'ICCPR', 'UNHCR-DETENTION-2012']) expect(ids).toContain(id);
    // ...but not the ICESCR, whose article 12 backs Mexico's Special Programme on health.
    for (const id of ['ICESCR', 'ICRMW', 'ICERD']) expect(ids).not.toContain(id);
    expect(partnershipGaps.unbackedInstruments.find((g) => g.instrument.id === 'ICCPR')).toMatchObject({
      provision: { id: 'ICCPR/9' },
      theme: { id: 'detention' },
    });
  });

  it('(d) which countries act on health without having ratified the Migrant Workers Convention? — checked against the UN table', async () => {
    const { partnershipGaps } = await run<{
      partnershipGaps: {
        ratificationGaps: { notRatified: Array<{ country: { id: string }; status: string; evidence: string; practiceIds: string[] }>; unknown: unknown[] };
      };
    }>(
      '{ partnershipGaps { ratificationGaps(themes: ["health"], instruments: ["ICRMW"]) { notRatified { country { id } status evidence practiceIds } unknown { country { id } } } } }',
    );
    // Independently: the health countries from the graph, their status from the CSV itself.
    const healthCountries = (
      await helper.cypher<{ iso2: string; id: string }>(
        'MATCH (c:Country)<-[:IMPLEMENTED_BY]-(:Practice)-[:ADDRESSES]->(:Theme {id: "health"}) RETURN DISTINCT c.iso2 AS iso2, c.id AS id',
      )
    ).map((r) => r);
    const table = parse<{ iso2: string; status: string }>(fs.readFileSync(path.join(SEEDS_DIR, 'sources', 'ratification', 'hr_status_icmw.csv')), {
      columns: true,
    });
    const expected = healthCountries
      .filter((c) => table.find((row) => row.iso2 === c.iso2)?.status !== 'state party')
      .map((c) => c.id)
      .sort();
    expect(expected).toEqual(['CMR', 'THA']);
    expect(partnershipGaps.ratificationGaps.notRatified.map((g) => g.country.id).sort()).toEqual(expected);
    expect(partnershipGaps.ratificationGaps.notRatified.find((g) => g.country.id === 'CMR')).toMatchObject({
      status: 'SIGNED',
      evidence: expect.stringMatching(/hr_status_icmw\.csv:31: Cameroon, "signatory state"/),
    });
    expect(partnershipGaps.ratificationGaps.unknown).toEqual([]);
  });

  it('(d) reports an unknown status as unknown, never as "not ratified"', async () => {
    const { partnershipGaps } = await run<{
      partnershipGaps: {
        ratificationGaps: {
          notRatified: Array<{ instrument: { id: string }; status: string; evidence: string }>;
          unknown: Array<{ country: { id: string }; instrument: { id: string }; status: string; reason: string }>;
        };
      };
    }>(
      '{ partnershipGaps { ratificationGaps(countries: ["ECU"], themes: ["decent-work"]) { notRatified { instrument { id } status evidence } unknown { country { id } instrument { id } status reason } } } }',
    );
    const unknown = partnershipGaps.ratificationGaps.unknown.map((g) => g.instrument.id).sort();
    // The C138 table is partial and has no row for Ecuador: unknown. (C29's is complete: ratified.)
    expect(unknown).toEqual(['ILO-C138']);
    expect(partnershipGaps.ratificationGaps.unknown.every((g) => g.status === 'UNKNOWN')).toBe(true);
    expect(partnershipGaps.ratificationGaps.unknown[0]!.reason).toMatch(
      /is unknown: Ecuador has no row in seeds\/sources\/ilo\/c138\.csv, whose source does not list every ratification/,
    );
    // The Protocol of 2014: its table (nine states, November 2016) lists every ratification, and
    // Ecuador, an ILO member, is not among them. C105 and C182 Ecuador has ratified: no gap.
    expect(partnershipGaps.ratificationGaps.notRatified).toEqual([
      {
        instrument: { id: 'ILO-P29' },
        status: 'NOT_RATIFIED',
        evidence: expect.stringMatching(/^Ecuador has no row in seeds\/sources\/ilo\/p29\.csv, whose source lists every ratification \(as of 2016\)/),
      },
    ]);
  });

  it('(e) who could partner on detention in the Philippines? — partners active on detention elsewhere, ranked, with reasons', async () => {
    const { partnershipGaps } = await run<{
      partnershipGaps: { candidatePartners: Array<{ partner: { id: string }; practiceIds: string[]; countryIds: string[]; reason: string }> };
    }>('{ partnershipGaps { candidatePartners(theme: "detention", country: "PHL") { partner { id } practiceIds countryIds reason } } }');
    const c = partnershipGaps.candidatePartners;
    // IOM and UNHCR run the Dutch capacity-building programme on detained migrants in Egypt and Kenya,
    // and its summary names a programme of the International Rescue Committee in Kenya.
    expect(
      c
        .slice(0, 3)
        .map((x) => x.partner.id)
        .sort(),
    ).toEqual(['international-rescue-committee', 'iom', 'unhcr']);
    expect(c[0]!.countryIds).toEqual(['EGY', 'KEN', 'NLD']);
    expect(c[0]!.reason).toMatch(/partners with 1 practice on detention outside Philippines .*spanning 3 countries: Egypt, Kenya, Netherlands/);
    expect(c.map((x) => x.partner.id)).not.toContain('state-phl');
    // Each gap row offers its own candidates: Mexico lacks an international organisation on health.
    const { partnershipGaps: a } = await run<{
      partnershipGaps: { withoutPartnerKind: Array<{ theme: { id: string }; candidates: Array<{ partner: { id: string; kind: string } }> }> };
    }>(
      '{ partnershipGaps { withoutPartnerKind(kind: INTERNATIONAL_ORGANIZATION, countries: ["MEX"], themes: ["health"]) { theme { id } candidates { partner { id kind } } } } }',
    );
    expect(a.withoutPartnerKind[0]!.candidates.map((x) => x.partner.id)).toEqual(expect.arrayContaining(['who', 'unicef']));
    expect(a.withoutPartnerKind[0]!.candidates.every((x) => x.partner.kind === 'INTERNATIONAL_ORGANIZATION')).toBe(true);
  });

  it('refuses unknown ids with BAD_USER_INPUT', async () => {
    const res = await executeOp(apollo, helper.context(), '{ partnershipGaps { candidatePartners(theme: "wellbeing") { reason } } }');
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' }, message: expect.stringMatching(/unknown theme "wellbeing"/) });
  });

  it.each<[string, string, RegExp]>([
    ['withoutPartnerKind(kind: NGO, countries: ["MEX", "XX"]) { reason }', 'countries[1]', /unknown country "XX"/],
    ['withoutPartnerKind(kind: NGO, themes: ["wellbeing"]) { reason }', 'themes[0]', /unknown theme "wellbeing"/],
    ['themeGroupGaps(themes: ["health"], groups: ["elders"]) { reason }', 'groups[0]', /unknown group "elders"/],
    ['unbackedInstruments(country: "XX") { reason }', 'country', /unknown country "XX"/],
    ['unbackedInstruments(country: "MEX", themes: ["health", "wellbeing"]) { reason }', 'themes[1]', /unknown theme "wellbeing"/],
    ['ratificationGaps(instruments: ["ICRMW", "NOPE"]) { unknown { reason } }', 'instruments[1]', /unknown instrument "NOPE"/],
    ['ratificationGaps(countries: ["xx"]) { unknown { reason } }', 'countries[0]', /unknown country "xx"/],
    ['candidatePartners(theme: "wellbeing") { reason }', 'theme', /unknown theme "wellbeing"/],
    ['candidatePartners(theme: "health", country: "XX") { reason }', 'country', /unknown country "XX"/],
    ['candidatePartners(theme: "health", first: 0) { reason }', 'first', /must be an integer/],
  ])('partnershipGaps { %s } names the argument %s', async (field, argument, message) => {
    const res = await executeOp(apollo, helper.context(), `{ partnershipGaps { ${field} } }`);
    expect(res.errors).toHaveLength(1);
    expect(res.errors![0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT', argument } });
    expect(res.errors![0]!.message.startsWith(`${argument}: `) || res.errors![0]!.message.startsWith(`${argument} `)).toBe(true);
    expect(res.errors![0]!.message).toMatch(message);
  });
});
