import type { ApolloServer } from '@apollo/server';
import type { RequestContext } from '../../../src/context/requestContext';
import { dataOf, executeOp } from '../../support/graphqlClient';
import { TestHelper } from '../../support/TestHelper';

interface RankedBacking {
  instrument: { id: string };
  theme: { id: string } | null;
  specificity: string;
  reasons: string[];
}

const BACKED_BY = `query ($id: ID!, $min: BackingSpecificity) {
  practice(id: $id) {
    groups { id }
    themes { id }
    backedBy(minSpecificity: $min) { instrument { id } theme { id } specificity reasons }
  }
}`;

const LEVELS = ['NAMED_IN_TEXT', 'DIRECT_LINK', 'GROUP', 'SCOPE', 'THEMATIC'];

/** Each instrument once, at its first (most specific) place: the ranking a reader sees. */
const ranking = (backings: RankedBacking[]): string[] => [...new Set(backings.map((b) => `${b.instrument.id}:${b.specificity}`))];

/**
 * Backings ranked by how specific they are to the practice (src/backing/backingRule.ts, with
 * seeds/reference/instrument-scope.yaml), asked the way a researcher asks, through the API.
 */
describe('backings ranked by specificity', () => {
  let helper: TestHelper;
  let apollo: ApolloServer<RequestContext>;
  const backedBy = async (id: string, min: string | null = null) =>
    dataOf(
      await executeOp<{ practice: { groups: Array<{ id: string }>; themes: Array<{ id: string }>; backedBy: RankedBacking[] } }>(
        apollo,
        helper.context(),
        BACKED_BY,
        { id, min },
      ),
    ).practice;

  beforeAll(async () => {
    helper = TestHelper.create();
    await helper.resetToSeed();
    apollo = await helper.apollo();
  });
  afterAll(async () => {
    await apollo.stop();
    await helper.close();
  });

  it('which backings of a children’s practice are group-specific? — the CRC and its Committee’s 2012 report, because it benefits children', async () => {
    const practice = await backedBy('child-protection', 'GROUP');
    expect(practice.groups.map((g) => g.id)).toEqual(['children']);
    expect(ranking(practice.backedBy)).toEqual(['CRC:GROUP', 'CRC-DGD-2012:GROUP']);
    for (const b of practice.backedBy) {
      expect(b.reasons[0]).toMatch(
        new RegExp(
          `^the ${b.instrument.id} protects children, whom the practice benefits \\(BENEFITS children; seeds/reference/instrument-scope\\.yaml:\\d+\\)$`,
        ),
      );
      // The thematic step stays visible, no longer "only".
      expect(b.reasons.at(-1)).toMatch(/^thematic: the .* grounds violence, which the practice addresses/);
    }
  });

  it('ranks two practices of the same theme but different groups differently: children’s protection vs. the bureau for victims of crime in transit', async () => {
    const children = await backedBy('child-protection');
    const transit = await backedBy('bureau-of-special-attention-to-migrants-victims-of-crime');
    // Same theme, same instruments: the theme alone cannot tell them apart.
    expect(children.themes.map((t) => t.id)).toEqual(['violence']);
    expect(transit.themes.map((t) => t.id)).toEqual(['violence']);
    const ids = (p: { backedBy: RankedBacking[] }) => [...new Set(p.backedBy.map((b) => b.instrument.id))].sort();
    expect(ids(children)).toEqual(ids(transit));
    // Their groups and stages rank them apart.
    expect(ranking(children.backedBy)).toEqual([
      'CRC:GROUP',
      'CRC-DGD-2012:GROUP',
      'CEDAW:THEMATIC',
      'CEDAW-GR26:THEMATIC',
      'ICERD:THEMATIC',
      'ICRMW:THEMATIC',
      'OHCHR-BORDERS:THEMATIC',
    ]);
    expect(ranking(transit.backedBy)).toEqual([
      'OHCHR-BORDERS:SCOPE',
      'CEDAW:THEMATIC',
      'CEDAW-GR26:THEMATIC',
      'CRC:THEMATIC',
      'CRC-DGD-2012:THEMATIC',
      'ICERD:THEMATIC',
      'ICRMW:THEMATIC',
    ]);
    expect(transit.backedBy[0]!.reasons[0]).toMatch(/^the OHCHR-BORDERS's scope is the transit stage, where the practice works \(AT_STAGE transit; /);
    const icerd = transit.backedBy.find((b) => b.instrument.id === 'ICERD')!;
    expect(icerd.reasons).toEqual(['thematic only: the ICERD grounds violence, which the practice addresses (ADDRESSES violence)']);
  });

  it('returns the most specific first, and minSpecificity keeps that level and those above it', async () => {
    const id = 'capacity-building-programmes-to-improve-the-protection-system-for-migrants';
    const all = (await backedBy(id)).backedBy;
    const ranks = all.map((b) => LEVELS.indexOf(b.specificity));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(new Set(all.map((b) => b.specificity))).toEqual(new Set(['GROUP', 'SCOPE', 'THEMATIC']));
    for (const min of ['THEMATIC', 'SCOPE', 'GROUP', 'NAMED_IN_TEXT']) {
      const kept = (await backedBy(id, min)).backedBy;
      expect(kept).toEqual(all.filter((b) => LEVELS.indexOf(b.specificity) <= LEVELS.indexOf(min)));
    }
    expect((await backedBy(id, 'SCOPE')).backedBy.map((b) => b.instrument.id)).toContain('OHCHR-BORDERS');
    expect((await backedBy(id, 'NAMED_IN_TEXT')).backedBy).toEqual([]);
  });

  it('ranks the detention guidelines by the detention theme they are wholly about (SCOPE) for a practice of no asylum seekers', async () => {
    const practice = await backedBy('dhs-office-for-civil-rights-and-civil-liberties-community-engagement-program', 'SCOPE');
    expect(ranking(practice.backedBy)).toEqual(['A-HRC-20-24:SCOPE', 'UNHCR-DETENTION-2012:SCOPE']);
    expect(practice.backedBy[0]!.reasons[0]).toMatch(/^the A-HRC-20-24 is wholly about detention, which the practice addresses \(ADDRESSES detention; /);
  });

  it('fills the practice × instrument table with each cell’s specificity', async () => {
    const { instrumentPracticeMatrix: m } = dataOf(
      await executeOp<{
        instrumentPracticeMatrix: {
          rows: Array<{ practice: { id: string }; instrumentIds: string[]; cells: Array<{ instrumentId: string; specificity: string }> }>;
        };
      }>(
        apollo,
        helper.context(),
        `{ instrumentPracticeMatrix(filter: { groups: ["children"] }, first: 50) { rows { practice { id } instrumentIds cells { instrumentId specificity } } } }`,
      ),
    );
    const row = m.rows.find((r) => r.practice.id === 'child-protection')!;
    expect(row.cells.map((c) => c.instrumentId)).toEqual(row.instrumentIds);
    expect(Object.fromEntries(row.cells.map((c) => [c.instrumentId, c.specificity]))).toEqual({
      CEDAW: 'THEMATIC',
      'CEDAW-GR26': 'THEMATIC',
      CRC: 'GROUP',
      'CRC-DGD-2012': 'GROUP',
      ICERD: 'THEMATIC',
      ICRMW: 'THEMATIC',
      'OHCHR-BORDERS': 'THEMATIC',
    });
  });
});
