import type { ApolloServer } from '@apollo/server';
import type { RequestContext } from '../../../src/context/requestContext';
import { dataOf, executeOp } from '../../support/graphqlClient';
import { TestHelper } from '../../support/TestHelper';

type Gap = { country: { id: string }; instrument: { id: string }; status: string; evidence: string };

describe('ILO ratification status in the graph', () => {
  let helper: TestHelper;
  let apollo: ApolloServer<RequestContext>;
  const run = async <T>(query: string, variables: Record<string, unknown> = {}) => dataOf(await executeOp<T>(apollo, helper.context(), query, variables));
  const status = async (id: string, instrument: string, asOf?: number) =>
    (
      await run<{ country: { treatyStatus: string } }>(
        'query ($id: ID!, $i: ID!, $asOf: Int) { country(id: $id) { treatyStatus(instrument: $i, asOf: $asOf) } }',
        {
          id,
          i: instrument,
          asOf,
        },
      )
    ).country.treatyStatus;

  beforeAll(async () => {
    helper = TestHelper.create();
    await helper.resetToSeed();
    apollo = await helper.apollo();
  });
  afterAll(async () => {
    await apollo.stop();
    await helper.close();
  });

  it('keeps ratified, not ratified, not a member and unknown apart', async () => {
    // C182: universal (complete table); Tonga ratified on 4 August 2020.
    expect(await status('TON', 'ILO-C182')).toBe('RATIFIED');
    expect(await status('TON', 'ILO-C182', 2019)).toBe('NOT_RATIFIED'); // ratified in 2020
    // C189, complete as of 5 October 2020: Japan is a member with no row.
    expect(await status('JPN', 'ILO-C189')).toBe('NOT_RATIFIED');
    expect(await status('URY', 'ILO-C189')).toBe('RATIFIED');
    expect(await status('URY', 'ILO-C189', 2011)).toBe('NOT_RATIFIED');
    // C138: the table is partial, so a member with no row is unknown, not "not ratified".
    expect(await status('JPN', 'ILO-C138')).toBe('UNKNOWN');
    // C97 is complete (54 ratifications): Japan has none; Sierra Leone ratified in 2021.
    expect(await status('JPN', 'ILO-C97')).toBe('NOT_RATIFIED');
    expect(await status('SLE', 'ILO-C97')).toBe('RATIFIED');
    expect(await status('SLE', 'ILO-C97', 2020)).toBe('NOT_RATIFIED');
    // Non-members cannot ratify, whatever the table.
    for (const id of ['BTN', 'LIE', 'AND', 'MCO', 'NRU', 'PRK', 'FSM']) expect(await status(id, 'ILO-C29')).toBe('NOT_A_MEMBER');
    // Denounced (C105): Malaysia ratified it in 1958 and denounced it in 1990, so it was a party
    // between those years; Singapore's years are not recorded.
    expect(await status('MYS', 'ILO-C105')).toBe('DENOUNCED');
    expect(await status('MYS', 'ILO-C105', 1957)).toBe('NOT_RATIFIED');
    expect(await status('MYS', 'ILO-C105', 1970)).toBe('RATIFIED');
    expect(await status('MYS', 'ILO-C105', 1995)).toBe('DENOUNCED');
    expect(await status('SGP', 'ILO-C105')).toBe('DENOUNCED');
    expect(await status('SGP', 'ILO-C105', 2010)).toBe('UNKNOWN');
    // The United States has not ratified C29, as the source states.
    expect(await status('USA', 'ILO-C29')).toBe('NOT_RATIFIED');
    // C29 is complete: South Korea deposited its ratification in 2021, so not a party in 2020.
    expect(await status('KOR', 'ILO-C29')).toBe('RATIFIED');
    expect(await status('KOR', 'ILO-C29', 2020)).toBe('NOT_RATIFIED');
    expect(await status('TON', 'ILO-C29')).toBe('NOT_RATIFIED');
  });

  it('answers C29 and C182 for every UN and ILO member state: none is UNKNOWN', async () => {
    const unknown = await helper.cypher<{ id: string; i: string }>(
      "MATCH (c:Country {iloMember: true}), (i:Instrument) WHERE i.id IN ['ILO-C29', 'ILO-C182'] AND NOT (c)-[:RATIFIED|DENOUNCED|NOT_RATIFIED]->(i) RETURN c.id AS id, i.id AS i",
    );
    // Every member has a row in both tables, so no answer rests on the lack of one.
    expect(unknown).toEqual([]);
    const answers = await helper.cypher<{ status: string; n: number }>(
      "MATCH (c:Country) WHERE c.unMember OR c.iloMember MATCH (i:Instrument {id: 'ILO-C29'}) OPTIONAL MATCH (c)-[r:RATIFIED|NOT_RATIFIED|DENOUNCED]->(i) RETURN CASE WHEN r IS NOT NULL THEN type(r) WHEN NOT c.iloMember THEN 'NOT_A_MEMBER' ELSE 'NONE' END AS status, count(*) AS n ORDER BY status",
    );
    // 187 members (180 ratified, 7 not) and the UN members outside the ILO (the Holy See too).
    expect(answers).toEqual([
      { status: 'NOT_A_MEMBER', n: 8 },
      { status: 'NOT_RATIFIED', n: 7 },
      { status: 'RATIFIED', n: 180 },
    ]);
  });

  it('answers ratificationGaps for decent work with ILO statuses instead of UNKNOWN', async () => {
    const { partnershipGaps } = await run<{ partnershipGaps: { ratificationGaps: { notRatified: Gap[]; unknown: Gap[] } } }>(
      '{ partnershipGaps { ratificationGaps(themes: ["decent-work"], instruments: ["ILO-C29", "ILO-C182"]) { notRatified { country { id } instrument { id } status evidence } unknown { country { id } instrument { id } status evidence } } } }',
    );
    const ratificationGaps = [...partnershipGaps.ratificationGaps.notRatified, ...partnershipGaps.ratificationGaps.unknown];
    // C182 is universally ratified: no member is a gap; C29 gaps are the statuses the tables give.
    expect(ratificationGaps.filter((g) => g.status === 'UNKNOWN')).toEqual([]);
    for (const g of ratificationGaps) expect(g.evidence.length).toBeGreaterThan(0);
  });

  it('which countries act on decent work without having ratified C29?', async () => {
    const { partnershipGaps } = await run<{ partnershipGaps: { ratificationGaps: { notRatified: Gap[]; unknown: Gap[] } } }>(
      '{ partnershipGaps { ratificationGaps(themes: ["decent-work"], instruments: ["ILO-C29"]) { notRatified { country { id } instrument { id } status evidence } unknown { country { id } instrument { id } status evidence } } } }',
    );
    const ratificationGaps = [...partnershipGaps.ratificationGaps.notRatified, ...partnershipGaps.ratificationGaps.unknown].sort((a, b) =>
      a.country.id.localeCompare(b.country.id),
    );
    const acting = await helper.cypher<{ id: string }>(
      "MATCH (c:Country)<-[:IMPLEMENTED_BY]-(:Practice)-[:ADDRESSES]->(:Theme {id: 'decent-work'}) RETURN DISTINCT c.id AS id ORDER BY id",
    );
    // Every answer is a country acting on decent work whose C29 status is not RATIFIED, from the tables.
    const expected = [];
    for (const { id } of acting) {
      const s = await status(id, 'ILO-C29');
      if (s !== 'RATIFIED') expected.push({ id, s });
    }
    expect(ratificationGaps.map((g) => ({ id: g.country.id, s: g.status }))).toEqual(expected);
    expect(acting.length).toBeGreaterThan(0);
    // The C29 table is complete: the answers are "not ratified", never "unknown".
    expect(partnershipGaps.ratificationGaps.unknown).toEqual([]);
    for (const g of partnershipGaps.ratificationGaps.notRatified) expect(['AFG', 'BRN', 'MHL', 'PLW', 'TON', 'TUV', 'USA']).toContain(g.country.id);
  });

  it('gives every ILO edge a basis, a source and evidence naming file and line', async () => {
    const bad = await helper.cypher<{ n: number }>(
      "MATCH (:Country)-[r:RATIFIED|DENOUNCED|NOT_RATIFIED]->(i:Instrument) WHERE i.kind IN ['ILO_CONVENTION', 'ILO_PROTOCOL'] AND (r.basis <> 'dataset' OR r.source IS NULL OR r.sourceDate IS NULL OR NOT r.evidence =~ 'seeds/sources/ilo/[a-z0-9]+\\\\.csv:\\\\d+: .*') RETURN count(r) AS n",
    );
    expect(bad).toEqual([{ n: 0 }]);
    const counts = await helper.cypher<{ i: string; n: number }>(
      "MATCH (:Country)-[r:RATIFIED]->(i:Instrument) WHERE i.id IN ['ILO-C182', 'ILO-C189', 'ILO-C105', 'ILO-C97', 'ILO-C143', 'ILO-C29'] RETURN i.id AS i, count(r) AS n ORDER BY i",
    );
    expect(counts).toEqual([
      { i: 'ILO-C105', n: 173 },
      { i: 'ILO-C143', n: 27 },
      { i: 'ILO-C182', n: 187 },
      { i: 'ILO-C189', n: 31 },
      { i: 'ILO-C29', n: 180 },
      { i: 'ILO-C97', n: 54 },
    ]);
  });
});
