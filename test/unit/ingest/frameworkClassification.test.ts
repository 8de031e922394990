import { Classifier } from '../../../src/ingest/classifier';
import { joinLines } from '../../../src/ingest/joinLines';
import { loadReferenceData } from '../../../src/ingest/referenceData';
import { ingestFile, ingestGfmd } from '../../support/ingestFixtures';
import path from 'node:path';

const ref = loadReferenceData();
const classifier = Classifier.fromReference(ref);

function frameworks(text: string): string[] {
  const lines = text.split('\n').map((t, i) => ({ n: i + 1, text: t }));
  return classifier
    .classify([{ file: 'synthetic.txt', label: 'Summary', text: joinLines(lines) }], 'en')
    .filter((c) => c.facet === 'objectives' || c.facet === 'targets')
    .map((c) => `${c.id}@${c.rule}`)
    .sort();
}

describe('the Global Compact and SDG reference data', () => {
  it('has the 23 objectives numbered in order, in English and French, and the 10 guiding principles', () => {
    expect(ref.gcm.objectives.map((o) => o.id)).toEqual(Array.from({ length: 23 }, (_, i) => `GCM-${i + 1}`));
    expect(ref.gcm.objectives.every((o, i) => o.number === i + 1 && o.name.length > 20 && o.nameFr.length > 20)).toBe(true);
    expect(ref.gcm.objectives.find((o) => o.id === 'GCM-13')!.name).toBe(
      'Use migration detention only as a measure of last resort and work towards alternatives',
    );
    expect(ref.gcm.guidingPrinciples).toHaveLength(10);
  });

  it('reads the official texts of the SDG targets from the vendored open-sdg files', () => {
    const t = new Map(ref.targets.map((x) => [x.id, x]));
    for (const id of ['SDG-3.8', 'SDG-5.2', 'SDG-8.7', 'SDG-8.8', 'SDG-10.7', 'SDG-10.c', 'SDG-16.2', 'SDG-17.18']) expect(t.has(id)).toBe(true);
    expect(t.get('SDG-10.7')!.name).toMatch(/^Facilitate orderly, safe, regular and responsible migration and mobility of people/);
    expect(t.get('SDG-10.7')!.nameFr).toMatch(/^Faciliter la migration et la mobilité de façon ordonnée, sûre, régulière/);
    expect(t.get('SDG-10.c')!.goal).toBe(10);
  });
});

describe('the framework rules (seeds/rules/frameworks.yaml)', () => {
  it('files a text under objectives and targets by its words, naming the rules file', () => {
    expect(frameworks('Alternatives to detention for families.')).toEqual(['GCM-13@frameworks.yaml#gcm13-detention-en']);
    expect(frameworks('Remittances sent home.')).toEqual(['GCM-20@frameworks.yaml#gcm20-remittances-en', 'SDG-10.c@frameworks.yaml#sdg10.c-remittances-en']);
  });

  it('does not count words inside an organisation name or the roundtable title', () => {
    expect(frameworks('The Ministry of Health signed it.')).toEqual([]);
    expect(frameworks('Partnerships to promote inclusion and protect the human rights of all migrants')).toEqual([]);
  });

  it('files every practice of the paper under at least one objective, each edge with its basis, evidence and rule', () => {
    const { seed } = ingestGfmd();
    for (const p of seed.practices) {
      expect({ id: p.id, n: p.objectives.length > 0 }).toEqual({ id: p.id, n: true });
      for (const e of [...p.objectives, ...p.targets]) {
        // The paper predates the Compact: a rule's edge is inferred, an override's curated.
        expect(e.basis === 'inferred' ? e.rule.startsWith('frameworks.yaml#') : e.basis === 'curated' && e.rule.startsWith('overrides.yaml#')).toBe(true);
        expect(e.evidence).toMatch(e.basis === 'inferred' ? /background-paper\.txt:\d+ \(.+\): ".+"/ : /overrides\.yaml \(.+\): .{10,}/);
      }
    }
    const consular = seed.practices.find((p) => p.id === 'strengthen-the-consular-network-for-the-care-of-migrant-boys-girls')!;
    expect(consular.targets.find((t) => t.id === 'SDG-3.8')).toMatchObject({
      basis: 'curated',
      rule: 'overrides.yaml#strengthen-the-consular-network-for-the-care-of-migrant-boys-girls',
    });
  });

  it('files under border management (objective 11) only what manages borders, not a place near one', () => {
    expect(frameworks('Support border management and return.')).toContain('GCM-11@frameworks.yaml#gcm11-borders-en');
    expect(frameworks('It regularizes cross-border migrant workers.')).not.toContain('GCM-11@frameworks.yaml#gcm11-borders-en');
    expect(frameworks('Fairer access to healthcare services in 4 border provinces.')).not.toContain('GCM-11@frameworks.yaml#gcm11-borders-en');
  });

  it('drops the links the practice-by-practice review found the practice does not bear out', () => {
    const { seed } = ingestGfmd();
    const linked = (id: string) => {
      const p = seed.practices.find((x) => x.id === id)!;
      return [...p.objectives, ...p.targets].map((e) => e.id);
    };
    // DHS roundtables "address" travel screening and trafficking: topics, not what the programme does.
    const dhs = linked('dhs-office-for-civil-rights-and-civil-liberties-community-engagement-program');
    expect(dhs).toEqual(expect.arrayContaining(['GCM-3', 'GCM-16', 'GCM-17']));
    expect(dhs).not.toContain('GCM-12');
    expect(dhs).not.toContain('GCM-10');
    expect(dhs).not.toContain('SDG-8.7');
    expect(linked('healthcare-for-different-groups-of-migrants')).not.toContain('GCM-11');
    expect(linked('education-for-migrants')).not.toContain('GCM-6');
    expect(linked('memorandum-of-subsidiary-agreement-on-aaptip-between-the-philippines')).toEqual(expect.arrayContaining(['GCM-10', 'SDG-8.7']));
    expect(linked('memorandum-of-subsidiary-agreement-on-aaptip-between-the-philippines')).not.toContain('GCM-6');
  });

  it('still ingests the synthetic annex', () => {
    const { seed } = ingestFile(path.join(__dirname, '../../fixtures/synthetic-annex.txt'));
    expect(seed.practices.length).toBeGreaterThan(0);
    expect(seed.practices.flatMap((p) => p.objectives).every((o) => o.basis === 'inferred')).toBe(true);
  });
});
