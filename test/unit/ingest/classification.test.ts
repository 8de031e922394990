import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Classifier, PAPER_FACETS } from '../../../src/ingest/classifier';
import { joinLines } from '../../../src/ingest/joinLines';
import { loadReferenceData } from '../../../src/ingest/referenceData';
import { ingestDocument } from '../../../src/ingest/ingestDocument';
import { GFMD_FILE, ingestFile, ingestGfmd } from '../../support/ingestFixtures';

const ref = loadReferenceData();
const classifier = Classifier.fromReference(ref);

/** What the project's rules make of one text under the paper's facets (themes, groups, stages), as `facet:id@rule`. */
function classify(text: string, lang: 'en' | 'fr' = 'en', ownName = false): string[] {
  const lines = text.split('\n').map((t, i) => ({ n: i + 1, text: t }));
  return classifier
    .classify([{ file: 'synthetic.txt', label: ownName ? 'Title' : 'Summary', text: joinLines(lines), ownName }], lang)
    .filter((c) => PAPER_FACETS.includes(c.facet))
    .map((c) => `${c.facet}:${c.id}@${c.rule.replace('classification.yaml#', '')}`)
    .sort();
}
const ids = (classes: string[]) => classes.map((c) => c.replace(/@.*/, ''));

describe('the classification rules on synthetic text', () => {
  it('does not classify by a keyword inside an organisation name', () => {
    // Capitalised names with an organisation's head noun.
    expect(classify('A programme of the International Rescue Committee trained officers in Nairobi.')).toEqual([]);
    expect(classify('The Ministry of Health and the Department of Labor signed a memorandum.')).toEqual([]);
    expect(classify('It is paid from the Universal Health Coverage Fund.')).toEqual([]);
    expect(classify('Officers of the Department of Refugee Affairs were trained.')).toEqual([]);
    expect(classify('La Direction Générale de la Santé coordonne le projet.', 'fr')).toEqual([]);
    // An alias of the partner table that has no head noun.
    expect(classify('Advice came from the United Nations High Commissioner for Refugees.')).toEqual([]);
  });

  it('still classifies the same words outside a name', () => {
    expect(classify('Staff rescue migrants lost in the desert.')).toEqual(['themes:violence@violence-en']);
    expect(classify('The programme improves the health of refugees.')).toEqual(['groups:refugees-and-displaced@refugees-en', 'themes:health@health-en']);
    // A name and a keyword in the same sentence: only the keyword counts.
    expect(ids(classify('The International Rescue Committee protects women from violence.'))).toEqual(['groups:women', 'themes:violence']);
  });

  it('keeps names in a practice title, which says what the practice itself is', () => {
    const title = 'Bureau of Attention to Victims of Crime';
    expect(ids(classify(title, 'en', true))).toEqual(['groups:victims-of-crime', 'themes:violence']);
    expect(classify(title)).toEqual([]);
  });

  it('points the evidence at the source line and quotes the words as written, names included', () => {
    const [edge] = classifier.classify(
      [
        {
          file: 'synthetic.txt',
          label: 'Summary',
          text: joinLines([
            { n: 7, text: 'With the International Rescue Committee, the' },
            { n: 9, text: 'project gives first aid.' },
          ]),
        },
      ],
      'en',
    );
    expect(edge).toEqual({
      facet: 'themes',
      id: 'health',
      rule: 'classification.yaml#first-aid-en',
      evidence: 'synthetic.txt:9 (Summary): "first aid" in "…International Rescue Committee, the project gives first aid."',
    });
  });

  it('reads psychological support as violence and trauma (and as health)', () => {
    expect(classify('Consulates provide psychological assistance to children.')).toEqual([
      'groups:children@children-en',
      'themes:health@health-en',
      'themes:violence@psychological-support-en',
    ]);
    expect(ids(classify('A psychosocial programme.'))).toEqual(['themes:health', 'themes:violence']);
    expect(classify('Les enfants reçoivent un soutien psychologique.', 'fr')).toEqual([
      'groups:children@children-fr',
      'themes:health@health-fr',
      'themes:violence@psychological-support-fr',
    ]);
    // Psychology as a subject is not support after trauma.
    expect(ids(classify('A psychological study of migration decisions.'))).toEqual(['themes:health']);
  });

  it('reads first aid and humanitarian assistance as health', () => {
    expect(classify('Volunteers give first aid at the border.')).toEqual(['themes:health@first-aid-en']);
    expect(classify('The groups provide humanitarian assistance and legal advice.')).toEqual(['themes:health@first-aid-en']);
    expect(classify('Humanitarian aid reaches the camps.')).toEqual(['themes:health@first-aid-en']);
    expect(classify('Les équipes donnent les premiers secours.', 'fr')).toEqual(['themes:health@first-aid-fr']);
    expect(classify('Une aide humanitaire est apportée.', 'fr')).toEqual(['themes:health@first-aid-fr']);
    // A humanitarian crisis is not care.
    expect(classify('Managing a humanitarian crisis.')).toEqual([]);
  });

  it('reads unregistered and undocumented persons as irregular, and statelessness as its own group', () => {
    expect(classify('Schools admit unregistered persons.')).toEqual(['groups:irregular-migrants@irregular-en']);
    expect(classify('Care for undocumented persons.')).toEqual(['groups:irregular-migrants@irregular-en']);
    expect(classify('Help for stateless persons.')).toEqual(['groups:stateless@stateless-en']);
    expect(classify('Schooling for children without citizenship.')).toEqual(['groups:children@children-en', 'groups:stateless@stateless-en']);
    expect(classify('Des cours pour les sans-papiers et les apatrides.', 'fr')).toEqual([
      'groups:irregular-migrants@irregular-fr',
      'groups:stateless@stateless-fr',
    ]);
  });
});

describe('the classification of a synthetic annex', () => {
  const annex = `Title of M&D Policy or Practice: 

Bureau for Victims of Trafficking 

Country: 

Spain 

Partner(s): 

International Rescue Committee 

Thematic Area(s): 

Tags: 

Summary: 

The International Rescue Committee and the Ministry of Health train staff of the 

Department of Labour. 

Web Links: 

Title of M&D Policy or Practice: 

Border Care 

Country: 

Spain 

Partner(s): 

Thematic Area(s): 

Tags: 

Summary: 

Mobile teams give first aid to unregistered persons. 

Web Links: 

Title of M&D Policy or Practice: 

Shelter Counselling 

Country: 

Spain 

Partner(s): 

Thematic Area(s): 

Tags: 

Summary: 

Counsellors give psychological support to stateless persons. 

Web Links: 
`;
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-classification-'));
  const file = path.join(dir, 'classification-annex.txt');
  fs.writeFileSync(file, annex);
  const { seed } = ingestFile(file, 'classification-annex.txt', 'classification');
  const classes = (i: number) => {
    const p = seed.practices[i]!;
    return [...p.themes.map((t) => `themes:${t.id}`), ...p.groups.map((g) => `groups:${g.id}`), ...p.stages.map((s) => `stages:${s.id}`)].sort();
  };

  it('takes nothing from the organisations a summary names, but reads the title', () => {
    expect(classes(0)).toEqual(['groups:victims-of-trafficking', 'themes:violence']);
    for (const edge of [...seed.practices[0]!.themes, ...seed.practices[0]!.groups]) expect(edge.evidence).toMatch(/:3 \(Title\)/);
  });

  it('applies each new rule', () => {
    const rules = (i: number) => Object.fromEntries([...seed.practices[i]!.themes, ...seed.practices[i]!.groups].map((e) => [e.id, e.rule]));
    expect(rules(1)).toEqual({ health: 'classification.yaml#first-aid-en', 'irregular-migrants': 'classification.yaml#irregular-en' });
    // Psychological support is health too, through the older rule that reads "psychological".
    expect(rules(2)).toEqual({
      health: 'classification.yaml#health-en',
      violence: 'classification.yaml#psychological-support-en',
      stateless: 'classification.yaml#stateless-en',
    });
  });
});

describe('the classification of the GFMD paper', () => {
  const { seed } = ingestGfmd();
  const practice = (id: string) => {
    const p = seed.practices.find((x) => x.id === id);
    if (!p) throw new Error(`no practice ${id}`);
    return p;
  };
  const facet = (id: string, f: 'themes' | 'groups' | 'stages') =>
    practice(id)
      [f].map((c) => c.id)
      .sort();
  const edges = seed.practices.flatMap((p) => [...p.themes, ...p.groups, ...p.stages].map((e) => ({ practice: p.id, ...e })));

  it('takes no class from the name "International Rescue Committee"', () => {
    expect(edges.filter((e) => /"(International|Rescue|Committee)"/.test(e.evidence))).toEqual([]);
    // The Dutch capacity-building programme still addresses violence, through what its summary says.
    const violence = practice('capacity-building-programmes-to-improve-the-protection-system-for-migrants').themes.find((t) => t.id === 'violence');
    expect(violence?.evidence).toMatch(/:1859 \(Summary\): "exploitation" in "…those most vulnerable to exclusion and exploitation/);
  });

  it('reads the psychological assistance of the Guatemalan consulates as violence and trauma', () => {
    const id = 'strengthen-the-consular-network-for-the-care-of-migrant-boys-girls';
    expect(facet(id, 'themes')).toEqual(['health', 'violence']);
    expect(practice(id).themes.find((t) => t.id === 'violence')).toMatchObject({
      basis: 'text-match',
      rule: 'classification.yaml#psychological-support-en',
      evidence: expect.stringMatching(/background-paper\.txt:1381 \(Summary\): "psychological assistance"/),
    });
  });

  it('reads the humanitarian assistance of the Beta Groups as health', () => {
    expect(practice('beta-groups').themes.find((t) => t.id === 'health')).toMatchObject({
      rule: 'classification.yaml#first-aid-en',
      evidence: expect.stringMatching(/:1537 \(Summary\): "humanitarian assistance"/),
    });
  });

  it('reads education for unregistered persons and children without citizenship as irregular and stateless', () => {
    expect(facet('education-for-migrants', 'groups')).toEqual(['children', 'irregular-migrants', 'refugees-and-displaced', 'stateless']);
    const groups = practice('education-for-migrants').groups;
    expect(groups.find((g) => g.id === 'irregular-migrants')?.evidence).toMatch(
      /:2005 \(Summary\): "Unregistered" in "…the Cabinet Resolution on Education for Unregistered Persons/,
    );
    expect(groups.find((g) => g.id === 'stateless')?.evidence).toMatch(/:2001 \(Summary\): "without citizenship"/);
  });

  it('applies the reviewed overrides: removals the summaries do not bear out, stages they imply', () => {
    expect(facet('child-protection', 'groups')).toEqual(['children']);
    expect(facet('campaign-of-prevention-and-guidance-for-the-migration-of-boys-girls', 'stages')).toEqual(['origin']);
    expect(facet('beta-groups', 'stages')).toEqual(['transit']);
    expect(facet('bureau-of-special-attention-to-migrants-victims-of-crime', 'stages')).toEqual(['transit']);
    expect(facet('regional-development-and-protection-program', 'groups')).toEqual(['refugees-and-displaced']);
    expect(facet('regional-development-and-protection-program', 'stages')).toEqual(['destination', 'origin']);
    expect(facet('memorandum-of-subsidiary-agreement-on-aaptip-between-the-philippines', 'themes')).toEqual(['violence']);
    expect(facet('dhs-office-for-civil-rights-and-civil-liberties-community-engagement-program', 'groups')).toEqual(['diaspora']);
    expect(facet('acp-eu-migration-action', 'stages')).toEqual(['destination', 'origin', 'return']);
    // Every curated edge says why, and names its override.
    for (const e of edges.filter((x) => x.basis === 'curated')) {
      expect(e.rule).toBe(`overrides.yaml#${e.practice}`);
      expect(e.evidence).toMatch(new RegExp(`^seeds/rules/overrides\\.yaml \\(${e.practice}\\): .{20,}`));
    }
  });

  it('fails on an override that removes what the rules do not assign, since its reason no longer explains anything', () => {
    const stale = loadReferenceData();
    stale.overrides.push({
      document: 'gfmd-2015-rt1.1',
      practice: 'beta-groups',
      reason: 'A removal written before the rules changed.',
      groups: { add: [], remove: ['diaspora'] },
    });
    const meta = { id: 'gfmd-2015-rt1.1', title: 'GFMD', year: 2015, publisher: null, languages: ['en'] };
    expect(() => ingestDocument(GFMD_FILE, 'paper.txt', meta, stale)).toThrow(
      /^seeds\/rules\/overrides\.yaml: beta-groups: removes group diaspora, which the rules do not assign/,
    );
  });

  it('leaves what the recommendations and guiding questions speak of unchanged', () => {
    const speaksOf = [...seed.recommendations, ...seed.guidingQuestions].map((s) => s.speaksOf.map((x) => `${x.type}:${x.id}`));
    expect(speaksOf).toEqual([
      ['Theme:decent-work', 'Stage:transit'],
      ['Group:women', 'Group:children', 'Stage:transit'],
      ['Stage:origin', 'Stage:transit', 'Stage:destination'],
      ['Stage:transit'],
      ['Group:women', 'Group:children', 'Group:unaccompanied-minors', 'Group:adolescents', 'Stage:transit'],
      ['Group:diaspora'],
      ['Theme:decent-work', 'Group:families'],
    ]);
  });
});
