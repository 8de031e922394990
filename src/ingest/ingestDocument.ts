import crypto from 'node:crypto';
import { parseAnnex, type RawPractice } from './annexParser';
import { Classifier, knownFacetIds, PAPER_FACETS, FACETS, type Classification, type ClassifiedField } from './classifier';
import { CountryMatcher } from './countryMatcher';
import { readFramework } from './frameworkCitations';
import { graphSeed, type GraphSeed, type PartnerSeed, type PracticeSeed, type StatementSeed } from './graphSeedSchema';
import { joinLines } from './joinLines';
import { parsePolicyPart, type NumberedItem } from './policyParser';
import { PartnerResolver } from './partnerResolver';
import { PlaceMatcher } from './placeMatcher';
import { readTextFile } from './readTextFile';
import type { ReferenceData } from './referenceData';
import { SourceError } from './SourceError';
import { SummaryPartnerFinder } from './summaryPartners';
import { webLinks } from './webLinks';
import { slugify } from '../util/slugify';

/** What the caller knows about the document. */
export interface DocumentMeta {
  id: string;
  title: string;
  year: number | null;
  publisher: string | null;
  languages: string[];
  /** The framework file (GROUNDS and CITES) for this document, if it has one. */
  framework?: { path: string; shown: string };
}

/** The ingest's output plus what a reviewer should look at. */
export interface IngestResult {
  seed: GraphSeed;
  warnings: string[];
}

const FRENCH = /\b(les|des|du|la|le|et|pour|dans|aux)\b/g;
const ENGLISH = /\b(the|and|of|to|for|in|with)\b/g;

function languageOf(text: string): 'en' | 'fr' {
  return (text.match(FRENCH)?.length ?? 0) > (text.match(ENGLISH)?.length ?? 0) ? 'fr' : 'en';
}

function tags(text: string): string[] {
  return text
    .split(/(?:^|\s)-\s*|,/)
    .map((t) => t.replace(/\s+/g, ' ').trim())
    .filter(Boolean);
}

/**
 * Ingests one document in the GFMD format: parses its annex of practices and (when present) its
 * policy part, resolves countries and partners, classifies by the rules, applies the curated
 * overrides and framework citations, and returns a validated graph seed.
 */
export function ingestDocument(file: string, shownPath: string, meta: DocumentMeta, ref: ReferenceData): IngestResult {
  const doc = readTextFile(file, shownPath);
  const warnings: string[] = [];
  const countries = new CountryMatcher(ref.countryAliases);
  const partners = new PartnerResolver(ref.partners, countries, ref.partnerRules);
  const summaryPartners = new SummaryPartnerFinder(ref.partnerRules.summaryPhrases, partners, countries);
  const places = new PlaceMatcher(countries);
  const classifier = Classifier.fromReference(ref);
  const raw = parseAnnex(doc, { artifactLines: ref.partnerRules.artifactLines });
  const partnerNodes = new Map<string, PartnerSeed>();
  const practices: PracticeSeed[] = [];

  for (const rp of raw) {
    const f = <K extends keyof RawPractice['fields']>(k: K) => joinLines(rp.fields[k]);
    const title = f('title').text;
    const id = slugify(title);
    if (practices.some((p) => p.id === id)) {
      throw new SourceError(doc.file, rp.start, `duplicate practice: ${JSON.stringify(title)} appears twice (id ${id})`);
    }
    const notes: string[] = [];
    const countryField = f('country');
    const [before = '', after] = countryField.text.split(/\bRe:\s*/i);
    const implementers = countries.find(before);
    const concerned = after !== undefined ? countries.find(after) : [];
    const reOffset = countryField.text.length - (after?.length ?? 0);
    const countryEvidence = (index: number, words: string) => `${doc.file}:${countryField.lineAt(index)} (Country field): "${words}"`;
    const leftover = unmatchedWords(
      before,
      implementers.map((c) => c.matched),
      ref.partnerRules.fillerWords,
    );
    if (implementers.length === 0 && ref.partnerRules.nonCountryImplementers.includes(before.trim())) {
      notes.push(`The Country field ("${before.trim()}") names no country: the practice is implemented by its partners.`);
    } else if (leftover) {
      throw new SourceError(
        doc.file,
        countryField.lineAt(Math.max(0, countryField.text.indexOf(leftover))),
        `unknown country name ${JSON.stringify(leftover)} in the Country field of ${JSON.stringify(title)}; add it to seeds/reference/country-aliases.yaml, or to nonCountryImplementers in seeds/rules/partners.yaml if the practice is implemented by an organisation`,
      );
    }
    if (after !== undefined && concerned.length === 0) notes.push(`The practice concerns "${after.trim()}" (no single country).`);

    const resolved = partners.resolve(f('partners'), doc.file, { practiceId: id, implementers: implementers.map((c) => c.id) });
    notes.push(...resolved.notes);
    for (const name of resolved.unknown)
      warnings.push(`${doc.file}:${rp.labelLines.partners}: partner ${JSON.stringify(name)} is not in seeds/reference/partners.yaml (kind guessed)`);
    for (const { partner } of resolved.partners) partnerNodes.set(partner.id, partner);

    const summary = f('summary');
    const named = summaryPartners.find(summary, doc.file, { practiceId: id, implementers: implementers.map((c) => c.id) });
    const fromSummary = named.partners.filter((p) => !resolved.partners.some((r) => r.partner.id === p.partner.id));
    warnings.push(...named.unknown);
    for (const { partner } of fromSummary) if (!partnerNodes.has(partner.id)) partnerNodes.set(partner.id, partner);
    const textFields: ClassifiedField[] = [
      { file: doc.file, label: 'Title', text: f('title'), ownName: true },
      { file: doc.file, label: 'Thematic Area(s)', text: f('thematicAreas') },
      { file: doc.file, label: 'Tags', text: f('tags') },
      { file: doc.file, label: 'Summary', text: summary },
    ];
    const lang = languageOf(`${title} ${summary.text}`);
    const classes = classifier.classify(textFields, lang);
    // The paper (2015) predates the Global Compact (2018): a practice filed under an objective or
    // a target is the project's reading of its words, so those edges are `inferred`, not text-match.
    const pick = (facet: Classification['facet']) =>
      classes
        .filter((c) => c.facet === facet)
        .map((c) => ({ id: c.id, basis: PAPER_FACETS.includes(facet) ? ('text-match' as const) : ('inferred' as const), evidence: c.evidence, rule: c.rule }));

    const mentioned = new Map<string, string>();
    for (const m of countries.find(summary.text)) {
      if (!mentioned.has(m.id)) mentioned.set(m.id, `${doc.file}:${summary.lineAt(m.index)} (Summary): "${m.matched}"`);
    }
    for (const m of places.find(summary.text)) {
      if (!mentioned.has(m.country)) mentioned.set(m.country, `${doc.file}:${summary.lineAt(m.index)} (Summary): "${m.matched}" (gazetteer: ${m.why})`);
    }

    practices.push({
      id,
      title,
      summary: joinLines(rp.fields.summary, ' ').text,
      webLinks: webLinks(rp.fields.webLinks, doc.file, title),
      tags: tags(f('tags').text),
      thematicAreas: f('thematicAreas').text,
      countryField: countryField.text,
      partnerField: f('partners').text,
      implementedByPartners: implementers.length === 0,
      notes,
      source: { document: meta.id, lines: [rp.start, rp.end] },
      implementedBy: dedupe(implementers.map((c) => ({ country: c.id, basis: 'annex-field' as const, evidence: countryEvidence(c.index, c.matched) }))),
      concerns: dedupe(
        concerned.map((c) => ({ country: c.id, basis: 'annex-field' as const, evidence: `${countryEvidence(reOffset + c.index, c.matched)} (after "Re:")` })),
      ),
      mentions: [...mentioned].map(([country, evidence]) => ({ country, basis: 'text-match' as const, evidence })),
      partners: [
        ...resolved.partners.map((p) => ({ partner: p.partner.id, basis: 'annex-field' as const, evidence: p.evidence })),
        ...fromSummary.map((p) => ({ partner: p.partner.id, basis: 'text-match' as const, evidence: p.evidence })),
      ],
      themes: pick('themes'),
      groups: pick('groups'),
      stages: pick('stages'),
      objectives: pick('objectives'),
      targets: pick('targets'),
    });
  }

  applyOverrides(practices, ref, partnerNodes, meta.id, warnings);

  const policy = parsePolicyPart(doc, ref.themes);
  const statement = (prefix: string, item: NumberedItem): StatementSeed => ({
    id: `${meta.id}-${prefix}-${item.number}`,
    number: item.number,
    text: item.text.text,
    source: { document: meta.id, lines: item.lines },
    speaksOf: classifier
      .classify([{ file: doc.file, label: prefix, text: item.text }], 'fr')
      .filter((c) => PAPER_FACETS.includes(c.facet))
      .map((c) => ({
        type: c.facet === 'themes' ? ('Theme' as const) : c.facet === 'groups' ? ('Group' as const) : ('Stage' as const),
        id: c.id,
        basis: 'text-match' as const,
        evidence: c.evidence,
        rule: c.rule,
      })),
  });

  const citations = meta.framework
    ? readFramework(meta.framework, meta.id, policy, { instruments: ref.instruments, partners: ref.partners, countries }, doc.file)
    : { grounds: [], cites: [], contributors: [] };
  addContributorPartners(citations.contributors, ref, partnerNodes);

  const seed: GraphSeed = {
    document: {
      id: meta.id,
      title: meta.title,
      file: doc.file,
      sha256: crypto.createHash('sha256').update(doc.text).digest('hex'),
      languages: meta.languages,
      year: meta.year,
      publisher: meta.publisher,
    },
    practices,
    partners: [...partnerNodes.values()].sort((a, b) => a.id.localeCompare(b.id)),
    recommendations: policy.recommendations.map((r) => statement('recommendation', r)),
    guidingQuestions: policy.guidingQuestions.map((q) => statement('question', q)),
    ...citations,
  };
  return { seed: graphSeed.parse(seed), warnings };
}

/** A contributor that is a partner needs its node, even when no practice names it. */
function addContributorPartners(contributors: GraphSeed['contributors'], ref: ReferenceData, partnerNodes: Map<string, PartnerSeed>): void {
  for (const c of contributors) {
    if (!c.partner || partnerNodes.has(c.partner)) continue;
    const entry = ref.partners.find((p) => p.id === c.partner)!;
    partnerNodes.set(entry.id, {
      id: entry.id,
      name: entry.name!,
      kind: entry.kind!,
      generic: false,
      basis: 'curated',
      evidence: `seeds/reference/partners.yaml entry ${entry.id}; contributor named in ${c.evidence}`,
      basedIn: entry.basedIn ? { country: entry.basedIn, basis: 'curated', evidence: `seeds/reference/partners.yaml entry ${entry.id} (seat)` } : null,
    });
  }
}

/** The words of `text` left once the matched names, separators and filler words are removed. */
function unmatchedWords(text: string, matched: string[], filler: string[]): string {
  let rest = text;
  for (const m of matched) rest = rest.replace(m, ' ');
  const fillerSet = new Set(filler.map((w) => w.toLowerCase()));
  return rest
    .split(/[\s,;:.()]+/)
    .filter((w) => w && !fillerSet.has(w.toLowerCase()))
    .join(' ');
}

function dedupe<T extends { country: string }>(links: T[]): T[] {
  const seen = new Set<string>();
  return links.filter((l) => !seen.has(l.country) && seen.add(l.country));
}

function applyOverrides(practices: PracticeSeed[], ref: ReferenceData, partnerNodes: Map<string, PartnerSeed>, documentId: string, warnings: string[]): void {
  const known = knownFacetIds(ref);
  for (const o of ref.overrides.filter((x) => x.document === documentId)) {
    const practice = practices.find((p) => p.id === o.practice);
    if (!practice) {
      throw new SourceError('seeds/rules/overrides.yaml', undefined, `override for ${JSON.stringify(o.practice)}, which is not a practice of ${documentId}`);
    }
    for (const facet of FACETS) {
      const change = o[facet];
      if (!change) continue;
      for (const idToAdd of change.add) {
        if (!known[facet].has(idToAdd))
          throw new SourceError('seeds/rules/overrides.yaml', undefined, `${o.practice}: unknown ${facet.slice(0, -1)} ${idToAdd}`);
        practice[facet] = practice[facet].filter((c) => c.id !== idToAdd);
        practice[facet].push({
          id: idToAdd,
          basis: 'curated',
          evidence: `seeds/rules/overrides.yaml (${o.practice}): ${o.reason}`,
          rule: `overrides.yaml#${o.practice}`,
        });
      }
      // A removal that finds nothing is stale (a rule changed since it was reviewed): say so
      // rather than keep a reason that no longer explains anything.
      for (const idToRemove of change.remove) {
        if (!practice[facet].some((c) => c.id === idToRemove))
          throw new SourceError(
            'seeds/rules/overrides.yaml',
            undefined,
            `${o.practice}: removes ${facet.slice(0, -1)} ${idToRemove}, which the rules do not assign`,
          );
      }
      practice[facet] = practice[facet].filter((c) => !change.remove.includes(c.id));
    }
    for (const add of o.partners?.add ?? []) {
      const entry = ref.partners.find((p) => p.id === add.partner);
      if (!entry?.name || !entry.kind) throw new SourceError('seeds/rules/overrides.yaml', undefined, `${o.practice}: unknown partner ${add.partner}`);
      // A partner the rules already found keeps its text-match edge; the override is then redundant.
      if (practice.partners.some((p) => p.partner === entry.id)) {
        warnings.push(`seeds/rules/overrides.yaml (${o.practice}): partner ${entry.id} is already found by the rules; the override can go`);
        continue;
      }
      partnerNodes.set(entry.id, {
        id: entry.id,
        name: entry.name,
        kind: entry.kind,
        generic: false,
        basis: 'curated',
        evidence: `seeds/reference/partners.yaml entry ${entry.id}`,
        basedIn: entry.basedIn ? { country: entry.basedIn, basis: 'curated', evidence: `seeds/reference/partners.yaml entry ${entry.id} (seat)` } : null,
      });
      practice.partners.push({ partner: entry.id, basis: 'curated', evidence: `seeds/rules/overrides.yaml (${o.practice}): ${add.evidence}` });
    }
  }
}
