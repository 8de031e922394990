import path from 'node:path';
import { ingestFile } from '../../support/ingestFixtures';

const SYNTHETIC = path.join(__dirname, '..', '..', 'fixtures', 'synthetic-annex.txt');

describe('the annex parser on a second, synthetic document in the same format', () => {
  const { seed, warnings } = ingestFile(SYNTHETIC, 'synthetic-annex.txt', 'synthetic');

  it('finds its three practices with their fields, despite wrapping and page numbers', () => {
    expect(seed.practices.map((p) => p.id)).toEqual([
      'safe-corridors-for-seasonal-workers',
      'programme-daccueil-des-enfants-non-accompagnes',
      'alternatives-to-detention-pilot',
    ]);
    const [corridors, accueil, pilot] = seed.practices;
    expect(corridors!.title).toBe('Safe Corridors for Seasonal Workers');
    expect(corridors!.implementedBy.map((c) => c.country)).toEqual(['ESP']);
    expect(corridors!.concerns.map((c) => c.country)).toEqual(['MAR']);
    expect(corridors!.tags).toEqual(['Decent work', 'Recruitment', 'Women']);
    expect(corridors!.webLinks).toEqual(['https://example.org/corridors/seasonal-work-ers.html']);
    expect(accueil!.implementedBy.map((c) => c.country)).toEqual(['BEL', 'FRA', 'LUX']);
    expect(pilot!.partners).toEqual([]);
    expect(pilot!.tags).toEqual([]);
  });

  it('resolves partners: aliases, countries as STATE partners, and unknown names with a guessed kind', () => {
    const byId = new Map(seed.partners.map((p) => [p.id, p]));
    expect(seed.practices[0]!.partners.map((p) => p.partner)).toEqual(['iom', 'esp-ministry-of-inclusion', 'state-mar']);
    expect(byId.get('esp-ministry-of-inclusion')).toMatchObject({ kind: 'GOVERNMENT_AGENCY', basedIn: { country: 'ESP' } });
    // A country inside an organisation's name is its seat, not a STATE partner.
    expect(byId.get('red-cross-belgium')).toMatchObject({ kind: 'NGO', basedIn: { country: 'BEL' } });
    expect(byId.has('state-bel')).toBe(false);
    expect(warnings.join('\n')).toMatch(/synthetic-annex\.txt:56: partner "Red Cross Belgium" is not in seeds\/reference\/partners\.yaml/);
  });

  it('classifies French and English practices with the rules of their language', () => {
    const [corridors, accueil, pilot] = seed.practices;
    expect(corridors!.themes.map((t) => t.id).sort()).toEqual(['decent-work', 'health', 'violence']);
    // "soins de santé" is health; "une aide psychologique" to children in transit answers trauma.
    expect(accueil!.themes.map((t) => `${t.id}@${t.rule}`).sort()).toEqual([
      'health@classification.yaml#health-fr',
      'violence@classification.yaml#psychological-support-fr',
    ]);
    expect(accueil!.groups.map((g) => g.id)).toEqual(['children', 'unaccompanied-minors']);
    expect(pilot!.themes.map((t) => t.id)).toEqual(['detention']);
  });
});
