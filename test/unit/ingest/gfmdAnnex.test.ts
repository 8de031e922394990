import { GFMD_ANNEX_TABLE } from '../../fixtures/gfmdAnnexTable';
import { ingestGfmd } from '../../support/ingestFixtures';

const { seed } = ingestGfmd();
const practice = (idPrefix: string) => {
  const p = seed.practices.find((x) => x.id.startsWith(idPrefix));
  if (!p) throw new Error(`no practice ${idPrefix}`);
  return p;
};

describe('the GFMD annex parser on the real document', () => {
  it('finds exactly the 27 practices, each with its countries and partners', () => {
    const actual = seed.practices.map((p) => [
      p.title,
      p.implementedBy.map((c) => c.country),
      p.concerns.map((c) => c.country),
      p.partners.map((x) => x.partner.replace(/--.*$/, '--*')),
    ]);
    expect(actual).toEqual(GFMD_ANNEX_TABLE);
  });

  it('cites each practice by its line range, starting at its title label', () => {
    const beta = practice('beta-groups');
    expect(beta.source).toEqual({ document: 'gfmd-2015-rt1.1', lines: [1512, 1541] });
    for (const p of seed.practices) expect(p.source.lines[0]).toBeLessThan(p.source.lines[1]);
  });

  it('joins titles and countries split over lines, and drops page numbers and page artefacts', () => {
    expect(practice('campaign-of-prevention').title).toBe(
      'Campaign of prevention and guidance for the migration of boys, girls and adolescents: What happens? What do I do?',
    );
    expect(practice('plan-of-the-alliance').countryField).toBe('El Salvador, Guatemala and Honduras');
    // Line 1635 is the page number "19", inside the Web Links of the consular protocol.
    expect(practice('protocol-for-consular-attention').webLinks).toEqual(['http://proteccionconsular.sre.gob.mx/index.php/documentos/protocolonna']);
    // The database address under the annex's first page is not a link of the practice.
    expect(practice('humanitarian-crisis-management').webLinks).toEqual([]);
    // A URL wrapped over two lines is one link.
    expect(practice('labor-rights-protection').webLinks[0]).toBe(
      'http://rree.gob.sv/noticias-salex/item/1294-canciller%C3%ADa-y-departamento-de-trabajo-de-eua-firman-declaraci%C3%B3n-a-favor-de-trabajadores-migrantes.html',
    );
  });

  it('says that the ACP-EU Migration Action is implemented by its partners instead of inventing a country', () => {
    const acp = practice('acp-eu-migration-action');
    expect(acp.implementedBy).toEqual([]);
    expect(acp.implementedByPartners).toBe(true);
    expect(acp.notes.join(' ')).toMatch(/names no country: the practice is implemented by its partners/);
  });

  it('gives every edge a basis and evidence that points into the document', () => {
    for (const p of seed.practices) {
      for (const e of [...p.implementedBy, ...p.concerns, ...p.mentions, ...p.partners, ...p.themes, ...p.groups, ...p.stages]) {
        expect(['annex-field', 'text-match', 'curated', 'dataset']).toContain(e.basis);
        if (e.basis !== 'curated') {
          const line = Number(/background-paper\.txt:(\d+)/.exec(e.evidence)?.[1]);
          expect(line).toBeGreaterThanOrEqual(p.source.lines[0]);
          expect(line).toBeLessThanOrEqual(p.source.lines[1]);
        }
      }
    }
  });

  it('classifies practices as a careful reader would (spot checks)', () => {
    const ids = (p: { themes: Array<{ id: string }> }) => p.themes.map((t) => t.id).sort();
    // Beta Groups rescue migrants (violence and trauma) and give humanitarian assistance (health).
    expect(ids(practice('beta-groups'))).toEqual(['health', 'violence']);
    expect(ids(practice('healthcare-for-different-groups'))).toEqual(['decent-work', 'health']);
    expect(ids(practice('campaign-of-prevention'))).toEqual(['detention']);
    expect(ids(practice('programme-integre-de-la-malnutrition'))).toEqual(['health']);
    // "Ministry of Health" in the Cyprus summary names a ministry, not a health practice.
    expect(ids(practice('multidisciplinary-coordinating-group'))).toEqual(['violence']);
    expect(practice('protocol-for-consular-attention').groups.map((g) => g.id)).toEqual(expect.arrayContaining(['unaccompanied-minors', 'children']));
    const salvador = practice('labor-rights-protection');
    expect(salvador.groups.map((g) => g.id)).not.toContain('women');
    expect(salvador.stages).toEqual([
      expect.objectContaining({
        id: 'destination',
        basis: 'curated',
        rule: 'overrides.yaml#labor-rights-protection-for-salvadoran-immigrants-in-the-united-states',
      }),
    ]);
    const thai = practice('healthcare-for-different-groups').themes.find((t) => t.id === 'health')!;
    expect(thai).toMatchObject({ basis: 'text-match', rule: 'classification.yaml#health-en' });
    expect(thai.evidence).toMatch(/background-paper\.txt:\d+ \(Title\): "Healthcare"/);
  });

  it('parses the three recommendations and the four guiding questions, with what they speak of', () => {
    expect(seed.recommendations.map((r) => r.number)).toEqual([1, 2, 3]);
    expect(seed.guidingQuestions.map((q) => q.number)).toEqual([1, 2, 3, 4]);
    expect(seed.recommendations[0]!.text).toMatch(/ratifier tous les instruments internationaux/);
    const q2 = seed.guidingQuestions[1]!.speaksOf.map((x) => `${x.type}:${x.id}`);
    expect(q2).toEqual(expect.arrayContaining(['Group:women', 'Group:children', 'Group:unaccompanied-minors', 'Stage:transit']));
  });

  it('grounds each theme in the instruments its framework paragraph cites, with the footnote and line', () => {
    const grounds = (theme: string) => seed.grounds.filter((g) => g.theme === theme).map((g) => `${g.from.id}@${g.footnote ?? 'inline'}`);
    expect(grounds('health')).toEqual(
      expect.arrayContaining(['ICESCR/12@xvii', 'ICESCR/12.2(a)@inline', 'ICRMW/28@inline', 'CEDAW-GR26@xviii', 'OHCHR-BORDERS/guideline-5-para-2@xix']),
    );
    expect(grounds('decent-work')).toEqual(
      expect.arrayContaining(['ICESCR/6(1)@xx', 'ICESCR/7@xx', 'ILO-C29@inline', 'ILO-P29@inline', 'ILO-C105@inline', 'ILO-C138@inline', 'ILO-C182@inline']),
    );
    expect(grounds('detention')).toEqual(
      expect.arrayContaining(['UDHR/3@xxiii', 'UDHR/9@xxiii', 'ICCPR/9@xxiii', 'UNHCR-DETENTION-2012/guideline-4.1.4@xxv', 'A-RES-69-187/para-3@xxiv']),
    );
    expect(grounds('violence')).toEqual(expect.arrayContaining(['ICRMW/16(2)@x', 'ICERD/5(b)@x', 'CEDAW-GR26/para-25(b)@xiii']));
    const icescr12 = seed.grounds.find((g) => g.from.id === 'ICESCR/12')!;
    // Footnote xvii runs over lines 825-837 of the paper.
    expect(icescr12.lines[0]).toBeGreaterThanOrEqual(825);
    expect(icescr12.lines[1]).toBeLessThanOrEqual(837);
    expect(icescr12.evidence).toMatch(/^seeds\/sources\/gfmd-2015-rt1\.1-background-paper\.txt:825, footnote xvii: « l’article 12 du Pacte/);
  });
});
