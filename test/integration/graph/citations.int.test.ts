import type { ApolloServer } from '@apollo/server';
import type { RequestContext } from '../../../src/context/requestContext';
import { dataOf, executeOp } from '../../support/graphqlClient';
import { TestHelper } from '../../support/TestHelper';

interface Citation {
  instrument: { id: string; kind: string };
  provision: { id: string } | null;
  footnote: string | null;
  inline: boolean;
  lines: number[];
  provenance: { basis: string; evidence: string; footnote: string | null };
}
interface Contribution {
  role: string;
  country: { id: string; practices: { totalCount: number } } | null;
  partner: { id: string; practices: { totalCount: number } } | null;
}

const DOC = 'gfmd-2015-rt1.1';

/** "What does the paper cite?" and "who contributed to it?", asked of the loaded graph through the API. */
describe('the citations and contributors of the loaded paper', () => {
  let helper: TestHelper;
  let apollo: ApolloServer<RequestContext>;
  let cites: Citation[];
  let contributors: Contribution[];

  beforeAll(async () => {
    helper = TestHelper.create();
    await helper.resetToSeed();
    apollo = await helper.apollo();
    const data = dataOf(
      await executeOp<{ document: { cites: Citation[]; contributors: Contribution[] } }>(
        apollo,
        helper.context(),
        `query ($id: ID!) { document(id: $id) {
          cites { instrument { id kind } provision { id } footnote inline lines provenance { basis evidence footnote } }
          contributors { role country { id practices(first: 1) { totalCount } } partner { id practices(first: 1) { totalCount } } }
        } }`,
        { id: DOC },
      ),
    );
    cites = data.document.cites;
    contributors = data.document.contributors;
  });
  afterAll(async () => {
    await apollo.stop();
    await helper.close();
  });

  it('answers with every CITES edge of the graph, in the order of the text', async () => {
    const [row] = await helper.cypher<{ n: number }>('MATCH (:Document {id: $id})-[c:CITES]->() RETURN count(c) AS n', { id: DOC });
    expect(cites).toHaveLength(row!.n);
    expect(cites.length).toBeGreaterThanOrEqual(47);
    const firstLines = cites.map((c) => c.lines[0]!);
    expect(firstLines).toEqual([...firstLines].sort((a, b) => a - b));
  });

  it('includes the Special Rapporteur’s report of footnote xxvi, the in-text ILO conventions and ICESCR 6(1)', () => {
    expect(cites.find((c) => c.footnote === 'xxvi')).toMatchObject({
      instrument: { id: 'A-HRC-20-24', kind: 'SPECIAL_PROCEDURE_REPORT' },
      provision: { id: 'A-HRC-20-24/paras-15-20' },
      inline: false,
    });
    expect(cites.find((c) => c.instrument.id === 'ILO-C29')).toMatchObject({
      provision: null,
      footnote: null,
      inline: true,
      lines: [509, 509],
      provenance: { basis: 'curated', footnote: null, evidence: expect.stringMatching(/:509, framework paragraph of theme decent-work/) },
    });
    expect(cites.filter((c) => c.footnote === 'xx').map((c) => c.provision?.id)).toEqual(expect.arrayContaining(['ICESCR/6(1)', 'ICESCR/7']));
    expect(cites.some((c) => c.instrument.id === 'CRC')).toBe(false);
  });

  it('shows the citations in exploration too, an inline one (no footnote) apart from a footnoted one', async () => {
    const data = dataOf(
      await executeOp<{ neighborhood: { edges: Array<{ type: string; target: string; properties: Record<string, unknown> }> } }>(
        apollo,
        helper.context(),
        `{ neighborhood(id: "Document:${DOC}", relationshipTypes: ["CITES"], limit: 200) { edges { type target properties } } }`,
      ),
    );
    const c29 = data.neighborhood.edges.find((e) => e.target === 'Instrument:ILO-C29')!;
    expect(c29.properties).toMatchObject({ inline: true });
    expect(c29.properties.footnote ?? null).toBeNull();
    expect(data.neighborhood.edges.find((e) => e.target === 'Provision:A-HRC-20-24/paras-15-20')!.properties).toMatchObject({ footnote: 'xxvi' });
  });

  it('says which contributors supplied practices: co-chairs, team members and partners', () => {
    const coChairs = contributors.filter((c) => c.role === 'CO_CHAIR').map((c) => c.country!.id);
    expect(coChairs.sort()).toEqual(['PHL', 'SLV']);
    const withPractices = contributors.filter((c) => (c.country ?? c.partner)!.practices.totalCount > 0).map((c) => (c.country ?? c.partner)!.id);
    expect(withPractices).toEqual(expect.arrayContaining(['SLV', 'PHL', 'MEX', 'USA', 'iom']));
    expect(withPractices).not.toContain('world-bank');
    expect(contributors.filter((c) => c.role === 'TEAM_MEMBER')).toHaveLength(19);
  });

  it('answers from the other side: what a country or partner contributed to, and what a protocol supplements', async () => {
    const data = dataOf(
      await executeOp<{
        country: { contributedTo: Array<{ role: string; document: { id: string } }> };
        partner: { contributedTo: Array<{ role: string }> };
        p29: { supplements: { id: string } | null; interprets: { id: string } | null };
        op: { supplements: { id: string } | null };
      }>(
        apollo,
        helper.context(),
        `{ country(id: "MEX") { contributedTo { role document { id } } }
           partner(id: "gmg") { contributedTo { role } }
           p29: instrument(id: "ILO-P29") { supplements { id } interprets { id } }
           op: instrument(id: "OP-CEDAW") { supplements { id } } }`,
      ),
    );
    expect(data.country.contributedTo).toEqual([{ role: 'TEAM_MEMBER', document: { id: DOC } }]);
    expect(data.partner.contributedTo).toEqual([{ role: 'AUTHOR' }]);
    expect(data.p29).toEqual({ supplements: { id: 'ILO-C29' }, interprets: null });
    expect(data.op.supplements).toEqual({ id: 'CEDAW' });
  });

  it('marks the inferred grounding of health by the CRC on its GROUNDS edge', async () => {
    const [row] = await helper.cypher<{ basis: string; rule: string }>(
      'MATCH (:Instrument {id: "CRC"})-[g:GROUNDS]->(:Theme {id: "health"}) RETURN g.basis AS basis, g.rule AS rule',
    );
    expect(row).toMatchObject({ basis: 'inferred', rule: expect.stringMatching(/cites no instrument/) });
  });
});
