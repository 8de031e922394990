import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CountryMatcher } from '../../../src/ingest/countryMatcher';
import { readFramework } from '../../../src/ingest/frameworkCitations';
import { parsePolicyPart } from '../../../src/ingest/policyParser';
import { readTextFile } from '../../../src/ingest/readTextFile';
import { loadReferenceData, type InstrumentSeed } from '../../../src/ingest/referenceData';
import { GFMD_FILE, ingestGfmd } from '../../support/ingestFixtures';

const { seed } = ingestGfmd();
const paper = parsePolicyPart(readTextFile(GFMD_FILE, 'paper.txt'), loadReferenceData().themes);
const citesAt = (footnote: string) => seed.cites.filter((c) => c.footnote === footnote).map((c) => c.target.id);

describe('what the real paper cites', () => {
  it('cites the Special Rapporteur’s report A/HRC/20/24, paras. 15-20, in footnote xxvi, and it grounds detention', () => {
    const cite = seed.cites.find((c) => c.footnote === 'xxvi')!;
    expect(cite.target).toEqual({ type: 'Provision', id: 'A-HRC-20-24/paras-15-20' });
    expect(cite.inline).toBe(false);
    expect(cite.evidence).toMatch(/background-paper\.txt:874, footnote xxvi: « .*A\/HRC\/20\/24 \(2012\), paragraphes 15-20 »$/);
    const ground = seed.grounds.find((g) => g.from.id === 'A-HRC-20-24/paras-15-20')!;
    expect(ground).toMatchObject({ theme: 'detention', footnote: 'xxvi', basis: 'curated' });
    const kind = loadReferenceData().instruments.find((i) => i.id === 'A-HRC-20-24')!;
    expect(kind).toMatchObject({ kind: 'SPECIAL_PROCEDURE_REPORT', body: 'Special Rapporteur on the human rights of migrants', adopted: 2012 });
  });

  it('gives every UN document the footnotes cite by its symbol a CITES edge from that footnote', () => {
    let symbols = 0;
    for (const [id, fn] of paper.footnotes) {
      for (const m of fn.text.text.matchAll(/\bA\/(?:HRC\/|RES\/)?\d+\/\d+/g)) {
        symbols += 1;
        const instrument = m[0].replace(/\//g, '-');
        expect({ footnote: id, cites: citesAt(id).some((t) => t.split('/')[0] === instrument) }).toEqual({ footnote: id, cites: true });
      }
    }
    expect(symbols).toBeGreaterThanOrEqual(8);
  });

  it('cites something in every footnote but the two that cite no text (a remark, a campaign’s web page)', () => {
    const silent = [...paper.footnotes.keys()].filter((id) => citesAt(id).length === 0);
    expect(silent).toEqual(['ii', 'xxii']);
  });

  it('gives each in-text citation a CITES edge of its own: no footnote, inline, with the line and the words', () => {
    const inlineGrounds = seed.grounds.filter((g) => g.footnote === null && g.basis !== 'inferred');
    expect(inlineGrounds.map((g) => g.from.id)).toEqual(
      expect.arrayContaining(['ILO-C29', 'ILO-C105', 'ILO-P29', 'ILO-C138', 'ILO-C182', 'ICESCR/12.2(a)', 'ICRMW/16(4)', 'ICRMW/28']),
    );
    for (const g of inlineGrounds) {
      const cite = seed.cites.find((c) => c.target.id === g.from.id && c.inline);
      expect(cite).toMatchObject({ footnote: null, inline: true, lines: g.lines, evidence: g.evidence });
    }
    const c29 = seed.cites.find((c) => c.target.id === 'ILO-C29')!;
    expect(c29.evidence).toBe(
      "seeds/sources/gfmd-2015-rt1.1-background-paper.txt:509, framework paragraph of theme decent-work: « relatives à l'abolition du travail forcé (C 29 et C 105) »",
    );
  });

  it('points at the paragraph the paper names: ICESCR 6(1) for footnote xx, never the whole article 6', () => {
    expect(citesAt('xx')).toEqual(expect.arrayContaining(['ICESCR/6(1)', 'ICESCR/7']));
    expect(seed.grounds.find((g) => g.footnote === 'xx' && g.from.id.startsWith('ICESCR/6'))!.from.id).toBe('ICESCR/6(1)');
    expect([...seed.cites.map((c) => c.target.id), ...seed.grounds.map((g) => g.from.id)]).not.toContain('ICESCR/6');
  });

  it('names no whole article where the footnote cites a paragraph of it (the class of ICESCR 6(1))', () => {
    for (const c of seed.cites.filter((x) => x.footnote && /\/\d+$/.test(x.target.id))) {
      const article = c.target.id.split('/')[1]!;
      const text = paper.footnotes.get(c.footnote!)!.text.text;
      expect({
        cite: c.target.id,
        subPart: new RegExp(`paragraphe \\d+ de l.article ${article}\\b|article ${article} ?\\(\\d|article ${article}\\.\\d`).test(text),
      }).toEqual({
        cite: c.target.id,
        subPart: false,
      });
    }
  });

  it('marks the CRC grounding of health as the project’s inference, with its rule, and does not say the paper cites it', () => {
    const crc = seed.grounds.find((g) => g.from.id === 'CRC')!;
    expect(crc).toMatchObject({ theme: 'health', basis: 'inferred', footnote: null });
    expect(crc.rule).toMatch(/cites no instrument/);
    expect(seed.cites.some((c) => c.target.id === 'CRC')).toBe(false);
    expect(seed.grounds.filter((g) => g.basis === 'inferred').map((g) => g.from.id)).toEqual(['CRC']);
    expect(seed.grounds.filter((g) => g.basis !== 'inferred').every((g) => g.rule === null)).toBe(true);
  });

  it('reads the contributors of the first note: the co-chairs, the team, the partners and the authors', () => {
    expect(paper.notes.get('1')!.lines).toEqual([70, 92]);
    const by = (role: string) => seed.contributors.filter((c) => c.role === role).map((c) => c.country ?? c.partner);
    expect(by('CO_CHAIR')).toEqual(['SLV', 'PHL']);
    expect(by('TEAM_MEMBER')).toHaveLength(19);
    expect(by('TEAM_MEMBER')).toEqual(expect.arrayContaining(['DZA', 'USA', 'VAT', 'TTO', 'TUN', 'MEX', 'KEN']));
    expect(by('CONTRIBUTING_PARTNER').sort()).toEqual(['acp-eu-migration-action-partner', 'ifrc', 'ilo', 'iom', 'knomad', 'ohchr', 'unhcr', 'world-bank']);
    expect(by('AUTHOR')).toEqual(['gmg']);
    const partners = new Set(seed.partners.map((p) => p.id));
    for (const c of seed.contributors) {
      if (c.partner) expect(partners.has(c.partner)).toBe(true);
      expect(c.lines[0]).toBeGreaterThanOrEqual(70);
      expect(c.lines[1]).toBeLessThanOrEqual(92);
    }
    expect(seed.contributors.find((c) => c.country === 'SLV')!.evidence).toMatch(
      /:72-74, note 1: « les coprésidents de la TR 1\.1, Le Salvaldor et les Philippines »$/,
    );
  });
});

/** A small document in the paper's layout: a page-foot note, a framework paragraph, footnotes. */
const SYNTHETIC_DOC = [
  'Introduction',
  'Ce document examine la santé des migrants.',
  '                                                           ',
  '1 Le présent document a été préparé par le Groupe mondial sur la migration, avec le Mexique.',
  '',
  'et le Kenya comme coprésidents.',
  ' la suite du texte reprend ici.',
  'Santé physique et mentale',
  'Cadre international des droits de l’homme : les États doivent assurer la « diminution de la mortinatalité »',
  '(article 12.2 (a)). Les États sont tenus à des obligations envers les enfants',
  'quant au droit à la santé, selon le Rapporteur spécial',
  'i',
  '.',
  'Recommandations :',
  '1. Les États sont invités à agir.',
  '                                                           ',
  'i Rapport du Rapporteur spécial, A/HRC/20/24 (2012), paragraphes 15-20.',
].join('\n');

const INSTRUMENTS: InstrumentSeed[] = [
  { id: 'ICESCR', name: 'ICESCR', nameFr: 'PIDESC', kind: 'TREATY', adopted: 1966, body: 'UNGA', provisions: [{ article: '12.2(a)', label: 'Child health' }] },
  { id: 'CRC', name: 'CRC', nameFr: 'CDE', kind: 'TREATY', adopted: 1989, body: 'UNGA', provisions: [] },
  {
    id: 'A-HRC-20-24',
    name: 'SR report',
    nameFr: 'Rapport',
    kind: 'SPECIAL_PROCEDURE_REPORT',
    adopted: 2012,
    body: 'SR',
    provisions: [{ article: 'paras. 15-20', label: 'Safeguards' }],
  },
];

describe('the framework rules on a synthetic document', () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'framework-'));
  const docFile = path.join(dir, 'doc.txt');
  fs.writeFileSync(docFile, SYNTHETIC_DOC);
  const policy = parsePolicyPart(readTextFile(docFile, 'doc.txt'), [{ id: 'health', heading: 'Santé physique et mentale' }]);
  const ref = {
    instruments: INSTRUMENTS,
    partners: loadReferenceData().partners,
    countries: new CountryMatcher({}),
  };
  const resolve = (yaml: string) => {
    const file = path.join(dir, 'framework.yaml');
    fs.writeFileSync(file, yaml);
    return readFramework({ path: file, shown: 'framework.yaml' }, 'doc', policy, ref, 'doc.txt');
  };
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('finds the page-foot note until the body text resumes', () => {
    expect(policy.notes.get('1')).toMatchObject({ lines: [4, 6] });
    expect(policy.notes.get('1')!.text.text).toBe(
      'Le présent document a été préparé par le Groupe mondial sur la migration, avec le Mexique. et le Kenya comme coprésidents.',
    );
  });

  it('turns an in-text citation into GROUNDS and CITES, a footnote into both, an inference into GROUNDS only, and a note into contributors', () => {
    const edges = resolve(`document: doc
grounds:
  - { theme: health, target: ICESCR/12.2(a), inline: true, quote: "(article 12.2 (a))" }
  - { theme: health, target: A-HRC-20-24/paras. 15-20, footnote: i, quote: "A/HRC/20/24 (2012), paragraphes 15-20" }
  - { theme: health, target: CRC, inline: true, basis: inferred, quote: "obligations envers les enfants quant au droit à la santé", rule: "the paper names no instrument for it" }
cites: []
contributors:
  - { role: AUTHOR, partner: gmg, note: "1", quote: "préparé par le Groupe mondial sur la migration" }
  - { role: CO_CHAIR, country: KEN, note: "1", quote: "et le Kenya comme coprésidents" }
`);
    expect(edges.grounds.map((g) => [g.from.id, g.basis, g.footnote, g.rule])).toEqual([
      ['ICESCR/12.2(a)', 'curated', null, null],
      ['A-HRC-20-24/paras-15-20', 'curated', 'i', null],
      ['CRC', 'inferred', null, 'the paper names no instrument for it'],
    ]);
    expect(edges.cites.map((c) => [c.target.id, c.footnote, c.inline, c.lines])).toEqual([
      ['ICESCR/12.2(a)', null, true, [10, 10]],
      ['A-HRC-20-24/paras-15-20', 'i', false, [17, 17]],
    ]);
    expect(edges.cites[0]!.evidence).toBe('doc.txt:10, framework paragraph of theme health: « (article 12.2 (a)) »');
    expect(edges.contributors).toEqual([
      {
        role: 'AUTHOR',
        country: null,
        partner: 'gmg',
        basis: 'curated',
        evidence: 'doc.txt:4, note 1: « préparé par le Groupe mondial sur la migration »',
        lines: [4, 4],
      },
      { role: 'CO_CHAIR', country: 'KEN', partner: null, basis: 'curated', evidence: 'doc.txt:6, note 1: « et le Kenya comme coprésidents »', lines: [6, 6] },
    ]);
  });

  it('keeps one CITES edge when the cites list already has a grounds entry’s citation', () => {
    const edges = resolve(`document: doc
grounds:
  - { theme: health, target: A-HRC-20-24/paras. 15-20, footnote: i, quote: "paragraphes 15-20" }
cites:
  - { target: A-HRC-20-24/paras. 15-20, footnote: i, quote: "Rapport du Rapporteur spécial" }
`);
    expect(edges.cites).toHaveLength(1);
    expect(edges.cites[0]!.evidence).toMatch(/« Rapport du Rapporteur spécial »$/);
  });

  it.each([
    [
      'an unknown target',
      'grounds:\n  - { theme: health, target: NOPE/1, inline: true, quote: "(article 12.2 (a))" }\ncites: []',
      /^framework\.yaml:3: grounds\[0\]\.target: unknown instrument "NOPE"/,
    ],
    [
      'an unknown provision',
      'grounds: []\ncites:\n  - { target: ICESCR/12, footnote: i, quote: "A/HRC/20/24" }',
      /^framework\.yaml:4: cites\[0\]\.target: instrument ICESCR has no provision with article "12"/,
    ],
    [
      'a quote the footnote lacks',
      'grounds: []\ncites:\n  - { target: CRC, footnote: i, quote: "Convention relative aux droits de l’enfant" }',
      /^framework\.yaml:4: cites\[0\]\.quote: the quote is not in footnote i of doc\.txt/,
    ],
    [
      'a footnote the document lacks',
      'grounds: []\ncites:\n  - { target: CRC, footnote: ii, quote: "abc" }',
      /^framework\.yaml:4: cites\[0\]\.footnote: footnote ii is not in doc\.txt/,
    ],
    [
      'an inference without its rule',
      'grounds:\n  - { theme: health, target: CRC, inline: true, basis: inferred, quote: "droit à la santé" }\ncites: []',
      /^framework\.yaml:3: grounds\[0\]: an inferred entry needs a rule/,
    ],
    [
      'a citation marked inferred',
      'grounds: []\ncites:\n  - { target: CRC, footnote: i, basis: inferred, rule: "a guess of ours", quote: "Rapport" }',
      /cites\[0\]\.basis: a citation is what the paper says/,
    ],
    [
      'an unknown partner',
      'grounds: []\ncites: []\ncontributors:\n  - { role: AUTHOR, partner: nobody, note: "1", quote: "Groupe" }',
      /^framework\.yaml:5: contributors\[0\]\.partner: unknown partner nobody/,
    ],
    [
      'an unknown country',
      'grounds: []\ncites: []\ncontributors:\n  - { role: CO_CHAIR, country: XXX, note: "1", quote: "Kenya" }',
      /contributors\[0\]\.country: unknown country XXX/,
    ],
  ])('fails on %s, naming the file and the line', (_what, body, message) => {
    expect(() => resolve(`document: doc\n${body}\n`)).toThrow(message);
  });
});
