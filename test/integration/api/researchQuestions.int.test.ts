import type { ApolloServer } from '@apollo/server';
import type { RequestContext } from '../../../src/context/requestContext';
import { dataOf, executeOp, postGraphql } from '../../support/graphqlClient';
import { TestHelper, type TestServer } from '../../support/TestHelper';

interface Backing {
  instrument: { id: string };
  provision: { id: string } | null;
  theme: { id: string };
  basis: string;
  path: Array<{ from: string; type: string; to: string; provenance: { basis: string; evidence: string; footnote: string | null } }>;
}

const BACKED_BY = `query ($id: ID!) {
  practice(id: $id) {
    themes { id }
    backedBy {
      instrument { id } provision { id } theme { id } basis
      path { from type to provenance { basis evidence footnote } }
    }
  }
}`;

describe('the questions researchers ask, in-process and over HTTP', () => {
  let helper: TestHelper;
  let apollo: ApolloServer<RequestContext>;
  let http: TestServer;

  beforeAll(async () => {
    helper = TestHelper.create();
    await helper.resetToSeed();
    apollo = await helper.apollo();
    http = await helper.startServer();
  });
  afterAll(async () => {
    await apollo.stop();
    await http.close();
    await helper.close();
  });

  it('which instruments back Beta Groups? — with the evidence path and the source of every step', async () => {
    const { practice } = dataOf(
      await executeOp<{ practice: { themes: Array<{ id: string }>; backedBy: Backing[] } }>(apollo, helper.context(), BACKED_BY, { id: 'beta-groups' }),
    );
    // Violence ("rescue") and health ("humanitarian assistance").
    expect(practice.themes.map((t) => t.id)).toEqual(['health', 'violence']);
    const instruments = [...new Set(practice.backedBy.map((b) => b.instrument.id))].sort();
    // The violence framework paragraph cites ICRMW 16(2), ICERD 5(b), OHCHR guidelines, the CRC
    // Committee's 2012 report and CEDAW GR 26; the committee texts carry their treaties with them.
    // The health paragraph adds the ICESCR (article 12) and the CESCR's General Comment 14.
    expect(instruments).toEqual(['CEDAW', 'CEDAW-GR26', 'CESCR-GC14', 'CRC', 'CRC-DGD-2012', 'ICERD', 'ICESCR', 'ICRMW', 'OHCHR-BORDERS']);
    const icerd = practice.backedBy.find((b) => b.instrument.id === 'ICERD')!;
    expect(icerd.provision?.id).toBe('ICERD/5(b)');
    expect(icerd.path.map((s) => `${s.from} ${s.type} ${s.to}`)).toEqual([
      'Practice:beta-groups ADDRESSES Theme:violence',
      'Provision:ICERD/5(b) GROUNDS Theme:violence',
      'Provision:ICERD/5(b) PART_OF Instrument:ICERD',
    ]);
    expect(icerd.path[0]!.provenance).toMatchObject({
      basis: 'text-match',
      evidence: expect.stringMatching(/background-paper\.txt:1537 \(Summary\): "rescue"/),
    });
    expect(icerd.path[1]!.provenance).toMatchObject({ basis: 'curated', footnote: 'x', evidence: expect.stringMatching(/:810-812, footnote x/) });
    // Through violence, the CRC backs the practice by way of its Committee's 2012 report.
    const crc = practice.backedBy.find((b) => b.instrument.id === 'CRC' && b.theme.id === 'violence')!;
    expect(crc.path.map((s) => s.type)).toEqual(['ADDRESSES', 'GROUNDS', 'PART_OF', 'INTERPRETS']);
    // Cited as a whole (no provision), the ICRMW grounds the theme itself: a two-step path.
    const icrmw = practice.backedBy.find((b) => b.instrument.id === 'ICRMW' && b.provision === null && b.theme.id === 'violence')!;
    expect(icrmw.path.map((s) => `${s.from} ${s.type} ${s.to}`)).toEqual([
      'Practice:beta-groups ADDRESSES Theme:violence',
      'Instrument:ICRMW GROUNDS Theme:violence',
    ]);
    for (const b of practice.backedBy) {
      expect(b.path[0]!.from).toBe('Practice:beta-groups');
      const last = b.path.at(-1)!;
      expect([last.from, last.to]).toContain(`Instrument:${b.instrument.id}`);
      for (const step of b.path) expect(step.provenance.evidence.length).toBeGreaterThan(10);
    }
  });

  it('which practices does the ICESCR back? — the practices addressing the themes it grounds', async () => {
    const { instrument } = dataOf(
      await executeOp<{ instrument: { grounds: Array<{ id: string }>; backedPractices: { totalCount: number; edges: Array<{ node: { id: string } }> } } }>(
        apollo,
        helper.context(),
        '{ instrument(id: "ICESCR") { grounds { id } backedPractices(first: 100) { totalCount edges { node { id } } } } }',
      ),
    );
    expect(instrument.grounds.map((t) => t.id)).toEqual(['decent-work', 'health']);
    const expected = (
      await helper.cypher<{ id: string }>(
        'MATCH (p:Practice)-[:ADDRESSES]->(t:Theme) WHERE t.id IN ["health", "decent-work"] RETURN DISTINCT p.id AS id ORDER BY id',
      )
    ).map((r) => r.id);
    expect(instrument.backedPractices.edges.map((e) => e.node.id).sort()).toEqual(expected);
    expect(instrument.backedPractices.totalCount).toBe(expected.length);
  });

  it('the whole instrument × practice table agrees with backedBy', async () => {
    const { instrumentPracticeMatrix: m } = dataOf(
      await executeOp<{
        instrumentPracticeMatrix: {
          totalCount: number;
          pageInfo: { hasNextPage: boolean };
          instruments: Array<{ id: string }>;
          rows: Array<{ practice: { id: string; backedBy: Array<{ instrument: { id: string } }> }; instrumentIds: string[] }>;
        };
      }>(
        apollo,
        helper.context(),
        '{ instrumentPracticeMatrix(first: 100) { totalCount pageInfo { hasNextPage } instruments { id } rows { practice { id backedBy { instrument { id } } } instrumentIds } } }',
      ),
    );
    expect(m.rows).toHaveLength(27);
    expect(m.totalCount).toBe(27);
    expect(m.pageInfo.hasNextPage).toBe(false);
    for (const row of m.rows) expect(row.instrumentIds).toEqual([...new Set(row.practice.backedBy.map((b) => b.instrument.id))].sort());
    expect(m.instruments.map((i) => i.id)).toEqual(expect.arrayContaining(['ICESCR', 'ILO-C29', 'UDHR', 'ICCPR']));
  });

  it('what is around the Kenyan practice? — its country, partner, themes, stages and source, with provenance', async () => {
    const { neighborhood } = dataOf(
      await executeOp<{
        neighborhood: {
          truncated: boolean;
          nodes: Array<{ id: string; type: string; hiddenNeighbors: number }>;
          edges: Array<{ source: string; target: string; type: string; properties: { basis: string; evidence: string } }>;
        };
      }>(
        apollo,
        helper.context(),
        '{ neighborhood(id: "Practice:partnerships-to-promote-inclusion-and-protection-of-the-human-rights-of-all") { truncated nodes { id type hiddenNeighbors } edges { source target type properties } } }',
      ),
    );
    const ids = neighborhood.nodes.map((n) => n.id);
    expect(ids).toEqual(
      expect.arrayContaining(['Country:KEN', 'Partner:iom', 'Theme:violence', 'Theme:decent-work', 'Document:gfmd-2015-rt1.1', 'Group:diaspora']),
    );
    expect(neighborhood.truncated).toBe(false);
    const toKenya = neighborhood.edges.find((e) => e.type === 'IMPLEMENTED_BY' && e.target === 'Country:KEN')!;
    expect(toKenya.properties).toMatchObject({
      basis: 'annex-field',
      evidence: expect.stringMatching(/background-paper\.txt:1472 \(Country field\): "Kenya"/),
    });
    // IOM partners with other practices too: the explorer shows "N more".
    expect(neighborhood.nodes.find((n) => n.id === 'Partner:iom')!.hiddenNeighbors).toBeGreaterThan(0);
  });

  it('a bounded neighbourhood says it was truncated, and filters by node type', async () => {
    const small = dataOf(
      await executeOp<{ neighborhood: { truncated: boolean; nodes: Array<{ id: string }> } }>(
        apollo,
        helper.context(),
        '{ neighborhood(id: "Theme:health", depth: 2, limit: 5) { truncated nodes { id } } }',
      ),
    );
    expect(small.neighborhood.nodes).toHaveLength(5);
    expect(small.neighborhood.truncated).toBe(true);
    const countries = dataOf(
      await executeOp<{ neighborhood: { nodes: Array<{ type: string }> } }>(
        apollo,
        helper.context(),
        '{ neighborhood(id: "Practice:consular-partnership-program", types: ["Country"]) { nodes { type } } }',
      ),
    );
    expect(new Set(countries.neighborhood.nodes.map((n) => n.type))).toEqual(new Set(['Practice', 'Country']));
  });

  it('how are two nodes connected? — a shortest path, without the document shortcut', async () => {
    type Path = { shortestPath: { nodes: Array<{ id: string }>; edges: Array<{ type: string }> } };
    // Beta Groups is implemented in (and mentions) Mexico, which ratified the ICERD: two steps,
    // by either of two equally short paths.
    const any = dataOf(
      await executeOp<Path>(apollo, helper.context(), '{ shortestPath(from: "Practice:beta-groups", to: "Instrument:ICERD") { nodes { id } edges { type } } }'),
    );
    expect(any.shortestPath.edges.map((e) => e.type)).toEqual([expect.stringMatching(/^(IMPLEMENTED_BY|MENTIONS)$/), 'RATIFIED']);
    expect(any.shortestPath.nodes.map((n) => n.id)).toContain('Country:MEX');
    // Through the rights framework only: the evidence path.
    const { shortestPath } = dataOf(
      await executeOp<Path>(
        apollo,
        helper.context(),
        '{ shortestPath(from: "Practice:beta-groups", to: "Instrument:ICERD", relationshipTypes: ["ADDRESSES", "GROUNDS", "PART_OF"]) { nodes { id } edges { type } } }',
      ),
    );
    expect(shortestPath.edges.map((e) => e.type)).toEqual(['ADDRESSES', 'GROUNDS', 'PART_OF']);
    expect(shortestPath.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(['Practice:beta-groups', 'Theme:violence', 'Instrument:ICERD']));
    const none = dataOf(
      await executeOp<{ shortestPath: null }>(
        apollo,
        helper.context(),
        '{ shortestPath(from: "Practice:beta-groups", to: "Country:PHL", maxLength: 1) { nodes { id } } }',
      ),
    );
    expect(none.shortestPath).toBeNull();
  });

  it('search finds typed, scored hits across practices, partners, instruments and countries', async () => {
    const { search } = dataOf(
      await executeOp<{ search: Array<{ id: string; type: string; label: string; score: number; node: { __typename: string } }> }>(
        apollo,
        helper.context(),
        '{ search(text: "Beta Groups", first: 5) { id type label score node { __typename } } m: search(text: "Mexico") { id type } i: search(text: "Migrant Workers Convention") { id } }',
      ),
    );
    expect(search[0]).toMatchObject({ id: 'Practice:beta-groups', type: 'Practice', label: 'Beta Groups', node: { __typename: 'Practice' } });
    expect(search[0]!.score).toBeGreaterThan(search[1]?.score ?? 0);
    const other = dataOf(
      await executeOp<{ m: Array<{ id: string; type: string }>; i: Array<{ id: string }> }>(
        apollo,
        helper.context(),
        '{ m: search(text: "Mexico") { id type } i: search(text: "\\"Migrant Workers\\"") { id } }',
      ),
    );
    expect(other.m.map((h) => h.id)).toContain('Country:MEX');
    expect(other.i.map((h) => h.id)).toContain('Instrument:ICRMW');
  });

  it('entities: country with treaty status (unknown stays unknown), themes, instruments, partners', async () => {
    const data = dataOf(
      await executeOp<{
        country: {
          name: string;
          nameFr: string;
          icescr: string;
          icrmw: string;
          ilo: string;
          c138: string;
          practices: { totalCount: number; edges: Array<{ node: { id: string } }> };
        };
        themes: Array<{ id: string; fr: string; groundedBy: Array<{ instrument: { id: string } }> }>;
        instruments: Array<{ id: string; ratificationStatusKnown: boolean; ratificationCount: number | null }>;
        partners: { totalCount: number; edges: Array<{ node: { id: string; kind: string } }> };
      }>(
        apollo,
        helper.context(),
        `{ country(id: "USA") { name nameFr icescr: treatyStatus(instrument: "ICESCR") icrmw: treatyStatus(instrument: "ICRMW") ilo: treatyStatus(instrument: "ILO-C29") c138: treatyStatus(instrument: "ILO-C138") practices { totalCount edges { node { id } } } }
           themes { id fr: name(lang: FR) groundedBy { instrument { id } } }
           instruments { id ratificationStatusKnown ratificationCount }
           partners(filter: { kinds: [INTERNATIONAL_ORGANIZATION] }, first: 50) { totalCount edges { node { id kind } } } }`,
      ),
    );
    expect(data.country).toMatchObject({
      name: 'United States',
      nameFr: 'États-Unis',
      icescr: 'SIGNED',
      icrmw: 'NO_ACTION',
      ilo: 'NOT_RATIFIED',
      c138: 'UNKNOWN',
    });
    expect(data.country.practices.edges).toHaveLength(3);
    expect(data.country.practices.totalCount).toBe(3);
    expect(data.themes.map((t) => [t.id, t.fr])).toEqual([
      ['decent-work', 'Travail décent'],
      ['detention', 'Détention'],
      ['health', 'Santé physique et mentale'],
      ['violence', 'Violence et traumatismes'],
    ]);
    expect(data.themes.find((t) => t.id === 'detention')!.groundedBy.map((g) => g.instrument.id)).toEqual(
      expect.arrayContaining(['UDHR', 'ICCPR', 'UNHCR-DETENTION-2012']),
    );
    // C182's table is complete (universal ratification, 2020).
    expect(data.instruments.find((i) => i.id === 'ILO-C182')).toEqual({ id: 'ILO-C182', ratificationStatusKnown: true, ratificationCount: 187 });
    // C29's table is complete (180 of the 187 members); C138's is partial: known rows, no total.
    expect(data.instruments.find((i) => i.id === 'ILO-C29')).toEqual({ id: 'ILO-C29', ratificationStatusKnown: true, ratificationCount: 180 });
    expect(data.instruments.find((i) => i.id === 'ILO-C138')).toEqual({ id: 'ILO-C138', ratificationStatusKnown: true, ratificationCount: null });
    expect(data.instruments.find((i) => i.id === 'ICRMW')!.ratificationCount).toBeGreaterThan(50);
    // Named international organisations only (unnamed categories are left out by default); the
    // organisations the paper's first note names as contributors are partners too, some with no practice.
    expect(data.partners.edges.map((e) => e.node.id).sort()).toEqual([
      'fao',
      'gmg',
      'ifrc',
      'ilo',
      'iom',
      'knomad',
      'ohchr',
      'unhcr',
      'unicef',
      'wfp',
      'who',
      'world-bank',
    ]);
  });

  it('coded errors: unknown id, bad global id, bad argument', async () => {
    const errors = async (query: string) => (await executeOp(apollo, helper.context(), query)).errors ?? [];
    expect((await errors('{ neighborhood(id: "Practice:nope") { truncated } }'))[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect((await errors('{ neighborhood(id: "beta-groups") { truncated } }'))[0]).toMatchObject({
      message: expect.stringMatching(/not a global id/),
      extensions: { code: 'BAD_USER_INPUT' },
    });
    expect((await errors('{ neighborhood(id: "Practice:beta-groups", depth: 9) { truncated } }'))[0]).toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', argument: 'depth' },
    });
    expect((await errors('{ country(id: "USA") { treatyStatus(instrument: "NOPE") } }'))[0]).toMatchObject({ extensions: { code: 'NOT_FOUND' } });
    expect((await errors('{ search(text: "(unbalanced") { id } }'))[0]).toMatchObject({ extensions: { code: 'BAD_USER_INPUT' } });
  });

  it('answers the same over HTTP, with coded errors and no 5xx', async () => {
    const ok = await postGraphql<{ practice: { backedBy: Backing[] } }>(http.url, BACKED_BY, { id: 'beta-groups' });
    expect(ok.status).toBe(200);
    expect(new Set(ok.body.data!.practice.backedBy.map((b) => b.instrument.id))).toEqual(
      new Set(['CEDAW', 'CEDAW-GR26', 'CESCR-GC14', 'CRC', 'CRC-DGD-2012', 'ICERD', 'ICESCR', 'ICRMW', 'OHCHR-BORDERS']),
    );
    const around = await postGraphql<{ neighborhood: { nodes: Array<{ id: string }> } }>(http.url, '{ neighborhood(id: "Country:KEN") { nodes { id } } }');
    expect(around.body.data!.neighborhood.nodes.map((n) => n.id)).toEqual(
      expect.arrayContaining([
        'Practice:partnerships-to-promote-inclusion-and-protection-of-the-human-rights-of-all',
        'Practice:regional-development-and-protection-program',
      ]),
    );
    const bad = await postGraphql(http.url, '{ practices(filter: { themes: ["nope"] }) { totalCount } }');
    expect(bad.status).toBe(200);
    expect(bad.body.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const invalid = await postGraphql(http.url, '{ practices { nope } }');
    expect(invalid.status).toBe(400);
    expect(invalid.body.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});
