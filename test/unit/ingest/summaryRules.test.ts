import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { CountryMatcher } from '../../../src/ingest/countryMatcher';
import { joinLines } from '../../../src/ingest/joinLines';
import { PartnerResolver } from '../../../src/ingest/partnerResolver';
import { PlaceMatcher } from '../../../src/ingest/placeMatcher';
import { loadReferenceData } from '../../../src/ingest/referenceData';
import { SummaryPartnerFinder } from '../../../src/ingest/summaryPartners';
import { ingestFile } from '../../support/ingestFixtures';

const FIXTURE = path.join(__dirname, '..', '..', 'fixtures', 'synthetic-annex-summaries.txt');
const ref = loadReferenceData();
const countries = new CountryMatcher(ref.countryAliases);
const finder = new SummaryPartnerFinder(ref.partnerRules.summaryPhrases, new PartnerResolver(ref.partners, countries, ref.partnerRules), countries);
const places = new PlaceMatcher(countries);

/** What the phrases find in one sentence, as `partner id ← basis` pairs. */
const partnersIn = (sentence: string, implementers: string[] = ['ESP']) =>
  finder.find(joinLines([{ n: 1, text: sentence }]), 'x.txt', { practiceId: 'p', implementers }).partners.map((p) => p.partner.id);

describe('partners a Summary names after a rule phrase (synthetic annex)', () => {
  const { seed, warnings } = ingestFile(FIXTURE, 'synthetic-annex-summaries.txt', 'synthetic-summaries');
  const practice = (id: string) => seed.practices.find((p) => p.id === id)!;

  it('reads a list of two organisations after "in partnership with", through the alias table, as text-match edges', () => {
    const shelter = practice('shelter-network-for-migrant-children');
    expect(shelter.partners.map((p) => [p.partner, p.basis])).toEqual([
      ['iom', 'annex-field'],
      ['unicef', 'text-match'],
      ['unhcr', 'text-match'],
    ]);
    expect(shelter.partners[1]!.evidence).toBe(
      'synthetic-annex-summaries.txt:25 (Summary): "in partnership with UNICEF\'s office in Mexico" (rule: summaryPhrases "in partnership with", seeds/rules/partners.yaml)',
    );
    expect(shelter.partners[2]!.evidence).toMatch(
      /^synthetic-annex-summaries\.txt:25 \(Summary\): "in partnership with UNICEF's office in Mexico and the UNHCR"/,
    );
  });

  it('does not repeat a partner of the Partner(s) field, nor make a country or a group of people a partner', () => {
    const shelter = practice('shelter-network-for-migrant-children');
    // "implemented by the International Organization for Migration (IOM)": IOM is in the field already.
    expect(shelter.partners.filter((p) => p.partner === 'iom')).toHaveLength(1);
    // "supported by Guatemala and by unaccompanied children themselves"
    expect(shelter.partners.map((p) => p.partner)).not.toContain('state-gtm');
    expect(seed.partners.map((p) => p.id)).not.toContain('state-gtm');
  });

  it('lists a name after a phrase that the alias table does not know, with its line, and adds no edge for it', () => {
    expect(warnings).toContain(
      'synthetic-annex-summaries.txt:29 (Summary): "Red Cross of Atlantis" after "with the support of" is not in seeds/reference/partners.yaml (no partner edge)',
    );
    expect(seed.partners.map((p) => p.id).filter((id) => /atlantis/.test(id))).toEqual([]);
  });

  it('reads French phrases, with "oe" for "œ" and a list joined by "et"', () => {
    const appui = practice('programme-dappui-aux-travailleurs-saisonniers');
    expect(appui.partners.map((p) => [p.partner, p.basis])).toEqual([
      ['iom', 'text-match'],
      ['unhcr', 'text-match'],
      ['european-commission', 'text-match'],
    ]);
    expect(appui.partners[0]!.evidence).toMatch(/:57 \(Summary\): "Mis en oeuvre par l’OIM" \(rule: summaryPhrases "mis en œuvre par"/);
    // "financé par des donateurs privés" names nobody.
    expect(warnings.join('\n')).not.toMatch(/donateurs/);
  });

  it('makes a country a STATE partner only after a phrase that takes countries, and never the implementing country', () => {
    const initiative = practice('anti-trafficking-initiative');
    expect(initiative.partners.map((p) => [p.partner, p.basis])).toEqual([
      ['state-aus', 'text-match'],
      ['ilo', 'text-match'],
      ['who', 'text-match'],
    ]);
    expect(initiative.partners[0]!.evidence).toMatch(/"initiative between the Philippines and Australia" \(rule: summaryPhrases "initiative between"/);
    expect(seed.partners.find((p) => p.id === 'state-aus')).toMatchObject({ kind: 'STATE', basis: 'text-match', basedIn: { country: 'AUS' } });
  });

  it('finds the partner after every phrase of the rules, and nothing after a phrase followed by a country or a plain word', () => {
    for (const { phrase, countries: takesCountries } of ref.partnerRules.summaryPhrases) {
      expect([phrase, partnersIn(`Le projet, ${phrase} UNHCR (Genève) et l’OIM, dure deux ans.`)]).toEqual([phrase, ['unhcr', 'iom']]);
      expect([phrase, partnersIn(`The project ${phrase} Morocco and migrants.`)]).toEqual([phrase, takesCountries ? ['state-mar'] : []]);
    }
    expect(partnersIn('Funded by the European Commission and implemented by the International Organization for Migration (IOM).')).toEqual([
      'european-commission',
      'iom',
    ]);
    // A list ends at the first word that names no known partner.
    expect(partnersIn('In partnership with the EU and WHO to strengthen health security in UNHCR camps.')).toEqual(['eu', 'who']);
  });
});

describe('places in a Summary that imply a country (synthetic annex)', () => {
  const { seed } = ingestFile(FIXTURE, 'synthetic-annex-summaries.txt', 'synthetic-summaries');
  const mentions = (id: string) => seed.practices.find((p) => p.id === id)!.mentions;

  it('mentions the country of a city confirmed by its subdivision, with the matched words as evidence', () => {
    const usa = mentions('shelter-network-for-migrant-children').find((m) => m.country === 'USA');
    expect(usa).toEqual({
      country: 'USA',
      basis: 'text-match',
      evidence: 'synthetic-annex-summaries.txt:27 (Summary): "McAllen, Texas" (gazetteer: McAllen, city of US (population 140269); Texas, subdivision US-TX)',
    });
    expect(mentions('programme-dappui-aux-travailleurs-saisonniers').map((m) => m.country)).toEqual(['FRA', 'SEN']);
  });

  it('lets the neighbour settle an ambiguous name ("Paris, Texas" is not France) and ignores subdivisions and small cities alone', () => {
    expect(mentions('anti-trafficking-initiative').map((m) => m.country)).toEqual(['PHL', 'AUS', 'USA']);
  });

  it('follows the written rule on sentences', () => {
    const found = (s: string) => places.find(s).map((m) => `${m.matched}→${m.country}`);
    expect(found('Offices in Mcallen, Texas; Phoenix, Arizona, and Tapachula, Chiapas, Mexico.')).toEqual([
      'Mcallen, Texas→USA',
      'Phoenix, Arizona→USA',
      'Tapachula, Chiapas→MEX',
      'Chiapas, Mexico→MEX',
    ]);
    // Large cities alone count; a namesake of 100,000 or more in another country makes a name ambiguous.
    expect(found('Refugees in Nairobi and Cairo, and in Victoria and Reading.')).toEqual(['Nairobi→KEN', 'Cairo→EGY']);
    // Subdivisions alone, lower-case words and acronyms never count.
    expect(found('the states of Chiapas and Tabasco; texas; the CAN and the DOL')).toEqual([]);
  });
});

describe('web links (synthetic annex)', () => {
  const text = fs.readFileSync(FIXTURE, 'utf8');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'kg-links-'));
  const ingestText = (name: string, content: string) => {
    fs.writeFileSync(path.join(dir, name), content);
    return () => ingestFile(path.join(dir, name), name);
  };
  const lineOf = (content: string, line: string) => content.split('\n').indexOf(line) + 1;

  it('keeps two links on consecutive lines apart and rejoins a link wrapped over two lines', () => {
    const { seed } = ingestFile(FIXTURE, 'synthetic-annex-summaries.txt');
    expect(seed.practices.map((p) => p.webLinks)).toEqual([
      ['http://example.org/shelters/', 'http://example.net/'],
      ['https://example.org/programme/saison-niers.html'],
      ['www.example.org/anti-trafficking'],
    ]);
  });

  it.each([
    ['two links joined into one', 'http://example.net/http://example.com/', /it has 2 schemes \(http:\/\/, http:\/\/\); are two links joined\?/],
    ['a scheme other than http(s)', 'ftp://example.net/file', /scheme ftp: is not http or https/],
    ['a host that is no domain name', 'https://example/page', /host "example" is not a domain name/],
    ['a URL that does not parse', 'http://exa%mple.org/', /it is not a parseable URL/],
  ])('fails the ingest with file and line on %s', (_what, bad, why) => {
    const content = text.replace('http://example.net/ ', `${bad} `);
    const line = lineOf(content, `${bad} `);
    expect(line).toBeGreaterThan(0);
    expect(ingestText('bad-link.txt', content)).toThrow(
      new RegExp(
        `^bad-link\\.txt:${line}: bad web link "${bad.replace(/[.?*()/]/g, '\\$&')}" in the Web Links of "Shelter Network for Migrant Children": ${why.source}`,
      ),
    );
  });
});
