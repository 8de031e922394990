import path from 'node:path';
import { BACKING_RULE, BACKING_RULE_FILE, BackingRule, type BackingEdge, type BackingRuleInputs, type BackingSubject } from '../../../src/backing/backingRule';

// A small reference side: the CRC grounds health through its article 24 (a provision PART_OF
// it), ICESCR grounds decent work itself, CESCR GC 18 grounds decent work and INTERPRETS the
// ICESCR, and the ICRMW names itself in texts as "Migrant Workers Convention".
const inputs: BackingRuleInputs = {
  groundings: [
    {
      theme: 'health',
      srcLabel: 'Provision',
      src: 'CRC-24',
      srcIsProvision: true,
      srcIsInstrument: false,
      basis: 'footnote',
      evidence: 'paper.md:12',
      rule: null,
      footnote: 'iv',
      owner: 'CRC',
      partOfBasis: 'curated',
      partOfEvidence: 'instruments.yaml: CRC 24',
    },
    {
      theme: 'decent-work',
      srcLabel: 'Instrument',
      src: 'ICESCR',
      srcIsProvision: false,
      srcIsInstrument: true,
      basis: 'inline',
      evidence: 'paper.md:20',
      rule: null,
      footnote: null,
      owner: null,
      partOfBasis: null,
      partOfEvidence: null,
    },
    {
      theme: 'decent-work',
      srcLabel: 'Instrument',
      src: 'CESCR-GC18',
      srcIsProvision: false,
      srcIsInstrument: true,
      basis: 'inferred',
      evidence: 'paper.md:21',
      rule: 'rules.yaml:3',
      footnote: null,
      owner: null,
      partOfBasis: null,
      partOfEvidence: null,
    },
  ],
  interprets: [{ from: 'CESCR-GC18', to: 'ICESCR', basis: 'curated', evidence: 'instruments.yaml: GC18' }],
  instruments: [
    { id: 'CRC', textNames: ['CRC'], protects: ['children'], scopeStages: [], scopeThemes: [], scopeEvidence: 'scope.yaml:4' },
    { id: 'ICESCR', textNames: [], protects: [], scopeStages: ['destination'], scopeThemes: [], scopeEvidence: 'scope.yaml:9' },
    { id: 'CESCR-GC18', textNames: [], protects: [], scopeStages: [], scopeThemes: ['decent-work'], scopeEvidence: 'scope.yaml:12' },
    { id: 'ICRMW', textNames: ['Migrant Workers Convention'], protects: [], scopeStages: [], scopeThemes: [], scopeEvidence: 'scope.yaml:15' },
  ],
  groups: [
    { id: 'children', name: 'Children' },
    { id: 'women', name: 'Women' },
  ],
  stages: [{ id: 'destination', name: 'Destination' }],
  themes: [
    { id: 'health', name: 'Physical and mental health' },
    { id: 'decent-work', name: 'Decent work' },
  ],
};

const practice = (over: Partial<BackingSubject>): BackingSubject => ({
  id: 'P1',
  title: 'A practice',
  summary: null,
  addresses: [],
  backedBy: [],
  groups: [],
  stages: [],
  ...over,
});

const byTarget = (edges: BackingEdge[]) => Object.fromEntries(edges.map((e) => [e.target, e]));

describe('the backing rule', () => {
  const rule = new BackingRule(inputs);

  it('backs a practice through the theme it addresses, a provision reaching its instrument by PART_OF', () => {
    const [edge, ...more] = rule.practiceBackings(practice({ addresses: [{ theme: 'health', basis: null, evidence: 'annex.md:40', rule: null }] }));
    expect(more).toEqual([]);
    expect(edge).toMatchObject({ target: 'CRC', subjectLabel: 'Practice', subject: 'P1', theme: 'health', provision: 'CRC-24' });
    // The practice's ADDRESSES step has no basis here, so the grounding's basis is the edge's.
    expect(edge?.basis).toBe('footnote');
    expect(edge?.path.map((s) => `${s.from} ${s.type} ${s.to}`)).toEqual([
      'Practice:P1 ADDRESSES Theme:health',
      'Provision:CRC-24 GROUNDS Theme:health',
      'Provision:CRC-24 PART_OF Instrument:CRC',
    ]);
    expect(edge?.path.map((s) => s.footnote)).toEqual([null, 'iv', null]);
    expect(edge).toMatchObject({ specificity: 'THEMATIC', specificityRank: 1 });
    expect(edge?.reasons).toEqual(['thematic only: the CRC grounds health, which the practice addresses (ADDRESSES health)']);
  });

  it('goes one INTERPRETS step further, without the provision, and says through what', () => {
    const all = rule.practiceBackings(practice({ addresses: [{ theme: 'decent-work', basis: 'annex-field', evidence: 'annex.md:41', rule: null }] }));
    // ICESCR twice: grounding decent work itself, and through the general comment that interprets it.
    expect(all.map((e) => e.target).sort()).toEqual(['CESCR-GC18', 'ICESCR', 'ICESCR']);
    const edges = byTarget(all.filter((e) => e.target !== 'ICESCR' || e.path.length === 2));
    const viaComment = all.find((e) => e.target === 'ICESCR' && e.path.length === 3);
    expect(viaComment?.path.map((s) => s.type)).toEqual(['ADDRESSES', 'GROUNDS', 'INTERPRETS']);
    expect(viaComment?.path[1]?.rule).toBe('rules.yaml:3');
    expect(viaComment?.basis).toBe('annex-field');
    expect(viaComment?.reasons).toEqual([
      'thematic only: the ICESCR (through the CESCR-GC18, which interprets it) grounds decent-work, which the practice addresses (ADDRESSES decent-work)',
    ]);
    // The general comment is wholly about decent work (SCOPE).
    expect(edges['CESCR-GC18']).toMatchObject({ specificity: 'SCOPE', specificityRank: 2 });
    expect(edges['CESCR-GC18']?.reasons[0]).toBe(
      'the CESCR-GC18 is wholly about decent work, which the practice addresses (ADDRESSES decent-work; scope.yaml:12)',
    );
  });

  it('ranks a named instrument above a direct link, a group above a stage, and gives every reason that holds', () => {
    const edges = byTarget(
      rule.practiceBackings(
        practice({
          title: 'Rights of children at destination',
          summary: 'Applies the CRC.',
          addresses: [{ theme: 'health', basis: 'annex-field', evidence: 'e', rule: null }],
          backedBy: [{ instrument: 'ICRMW', basis: 'curated', evidence: 'linked by a curator' }],
          groups: ['women', 'children'],
          stages: ['destination'],
        }),
      ),
    );
    expect(edges.CRC).toMatchObject({ specificity: 'NAMED_IN_TEXT', specificityRank: 5 });
    expect(edges.CRC?.reasons).toEqual([
      'the practice\'s summary names the CRC: "CRC"',
      'the CRC protects children, whom the practice benefits (BENEFITS children; scope.yaml:4)',
      'thematic: the CRC grounds health, which the practice addresses (ADDRESSES health)',
    ]);
    expect(edges.ICRMW).toMatchObject({ theme: null, provision: null, basis: 'curated', specificity: 'DIRECT_LINK', specificityRank: 4 });
    expect(edges.ICRMW?.reasons).toEqual(['a curator linked the practice to the ICRMW directly (BACKED_BY: linked by a curator)']);
    expect(edges.ICRMW?.path.map((s) => s.type)).toEqual(['BACKED_BY']);
  });

  it('finds a name in the title before the summary, as whole words only', () => {
    const named = (title: string, summary: string) =>
      rule.practiceBackings(practice({ title, summary, backedBy: [{ instrument: 'ICRMW', basis: 'curated', evidence: 'e' }] }))[0]?.reasons[0];
    expect(named('The migrant workers convention at work', 'the Migrant Workers Convention')).toBe(
      'the practice\'s title names the ICRMW: "Migrant Workers Convention"',
    );
    expect(named('Nothing here', 'under the Migrant Workers Convention')).toBe('the practice\'s summary names the ICRMW: "Migrant Workers Convention"');
    expect(named('Migrant Workers Conventions', '')).toBe('a curator linked the practice to the ICRMW directly (BACKED_BY: e)');
  });

  it('backs each theme by what grounds it, through interpretations too', () => {
    const edges = rule.themeBackings().map((e) => `${e.target} ${e.subjectLabel}:${e.subject} ${e.reasons.join()}`);
    expect(edges.sort()).toEqual([
      'CESCR-GC18 Theme:decent-work the CESCR-GC18 grounds the theme decent-work',
      'CRC Theme:health the CRC grounds the theme health',
      'ICESCR Theme:decent-work the ICESCR (through the CESCR-GC18, which interprets it) grounds the theme decent-work',
      'ICESCR Theme:decent-work the ICESCR grounds the theme decent-work',
    ]);
  });

  it('names its own file as the rule of every edge', () => {
    expect(path.resolve(__dirname, '../../..', BACKING_RULE)).toBe(BACKING_RULE_FILE);
  });
});
