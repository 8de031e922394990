import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { BACKING_RULE_FILE } from '../backing/backingRule';
import { CYPHER_DIR, readCypherStatements } from '../db/cypherCatalog';
import { CountryMatcher, allCountries } from '../ingest/countryMatcher';
import { loadDocumentManifest, seedPath } from '../ingest/documentManifest';
import { graphSeed, type GraphSeed } from '../ingest/graphSeedSchema';
import { readDataFile, type DataIssue } from '../ingest/readDataFile';
import { loadReferenceData, provisionId, SEEDS_DIR, type InstrumentSeed, type ReferenceData } from '../ingest/referenceData';
import { SourceError } from '../ingest/SourceError';
import { INSTRUMENT_SCOPE_FILE, readInstrumentScope, type InstrumentScope } from './instrumentScope';
import { RATIFICATION_YEAR_FIXES, readRatificationYearFixes } from './ratificationYearFixes';
import { readCuratedSeed, type CuratedRows } from './curatedSeed';
import { claimIds, referenceIdOwners, seedIds, sharedIdIssues, type IdOwner } from './entityIds';
import { readIloTables, type IloTableMeta } from './readIloTables';
import { readRatificationTable, type RatificationRow } from './readRatifications';
import { tagsText } from '../practice/practiceProperties';

/** Rows for one load statement. */
export type Rows = Array<Record<string, unknown>>;

/** Everything one load writes, statement by statement, already validated. */
export interface LoadPlan {
  /** The seed files the plan was read from (relative to the project), for loadedFrom and cleanup. */
  files: string[];
  fingerprint: string;
  practiceIds: string[];
  /** seeds/curated/curation.yaml, applied after the rows (see applyCurated). */
  curated?: CuratedRows;
  rows: {
    documents: Rows;
    countries: Rows;
    themes: Rows;
    groups: Rows;
    stages: Rows;
    objectives: Rows;
    guidingPrinciples: Rows;
    targets: Rows;
    relatesTo: Rows;
    instruments: Rows;
    provisions: Rows;
    interprets: Rows;
    supplements: Rows;
    practices: Rows;
    partners: Rows;
    implementedBy: Rows;
    concerns: Rows;
    mentions: Rows;
    partnersWith: Rows;
    addresses: Rows;
    benefits: Rows;
    atStage: Rows;
    supports: Rows;
    contributesTo: Rows;
    statements: Rows;
    speaksOf: Rows;
    grounds: Rows;
    cites: Rows;
    contributors: Rows;
    /** UN Treaty Collection tables, then the ILO tables (with DENOUNCED and NOT_RATIFIED). */
    ratifications: Rows;
  };
}

const REF_FILE = 'seeds/reference';

// Where an instrument's status comes from: a UN Treaty Collection table or an ILO table, and
// whether a member with no row of the ILO table is "not ratified" (complete) or unknown.
function instrumentRatificationProps(untcTable: string | undefined, ilo: IloTableMeta | undefined, untcObservedIn: number) {
  if (ilo)
    return {
      ratificationStatusKnown: true,
      ratificationComplete: ilo.complete,
      ratificationSource: `seeds/sources/ilo/${ilo.file}`,
      ratificationObservedIn: Number(ilo.sourceDate.slice(0, 4)),
    };
  return {
    ratificationStatusKnown: untcTable !== undefined,
    ratificationComplete: false,
    ratificationSource: untcTable ? `seeds/sources/ratification/${untcTable}` : null,
    ratificationObservedIn: untcTable ? untcObservedIn : null,
  };
}

/** Checks a graph seed's references against the reference data; paths point into the file. */
export function checkGraphSeed(
  seed: GraphSeed,
  ref: ReferenceData,
  countries: CountryMatcher,
  idOwners: ReadonlyMap<string, IdOwner>,
  file: string,
): DataIssue[] {
  const issues: DataIssue[] = sharedIdIssues(seed, idOwners, file);
  const themes = new Set(ref.themes.map((t) => t.id));
  const groups = new Set(ref.groups.map((g) => g.id));
  const stages = new Set(ref.stages.map((s) => s.id));
  const objectives = new Set(ref.gcm.objectives.map((o) => o.id));
  const targets = new Set(ref.targets.map((t) => t.id));
  const instruments = new Set(ref.instruments.map((i) => i.id));
  const provisions = new Set(ref.instruments.flatMap((i) => i.provisions.map((p) => provisionId(i.id, p.article))));
  const partners = new Set(seed.partners.map((p) => p.id));
  const seen = new Set<string>();
  const known = { Theme: themes, Group: groups, Stage: stages } as const;
  seed.partners.forEach((p, i) => {
    if (p.basedIn && !countries.get(p.basedIn.country))
      issues.push({ path: ['partners', i, 'basedIn', 'country'], message: `unknown country ${p.basedIn.country}` });
  });
  seed.practices.forEach((p, i) => {
    if (seen.has(p.id)) issues.push({ path: ['practices', i, 'id'], message: `duplicate practice id ${p.id}` });
    seen.add(p.id);
    if (p.source.document !== seed.document.id)
      issues.push({
        path: ['practices', i, 'source', 'document'],
        message: `the practice cites document ${p.source.document}, not this file's ${seed.document.id}`,
      });
    for (const key of ['implementedBy', 'concerns', 'mentions'] as const) {
      p[key].forEach((c, j) => {
        if (!countries.get(c.country)) issues.push({ path: ['practices', i, key, j, 'country'], message: `unknown country ${c.country}` });
      });
    }
    p.partners.forEach((x, j) => {
      if (!partners.has(x.partner))
        issues.push({ path: ['practices', i, 'partners', j, 'partner'], message: `unknown partner ${x.partner} (not in this file's partners)` });
    });
    p.themes.forEach((t, j) => {
      if (!themes.has(t.id))
        issues.push({ path: ['practices', i, 'themes', j, 'id'], message: `unknown theme ${t.id}; the themes are ${[...themes].join(', ')}` });
    });
    p.groups.forEach((g, j) => {
      if (!groups.has(g.id)) issues.push({ path: ['practices', i, 'groups', j, 'id'], message: `unknown group ${g.id}` });
    });
    p.stages.forEach((s, j) => {
      if (!stages.has(s.id)) issues.push({ path: ['practices', i, 'stages', j, 'id'], message: `unknown stage ${s.id}` });
    });
    p.objectives.forEach((o, j) => {
      if (!objectives.has(o.id)) issues.push({ path: ['practices', i, 'objectives', j, 'id'], message: `unknown Global Compact objective ${o.id}` });
    });
    p.targets.forEach((t, j) => {
      if (!targets.has(t.id)) issues.push({ path: ['practices', i, 'targets', j, 'id'], message: `unknown SDG target ${t.id}` });
    });
  });
  for (const key of ['recommendations', 'guidingQuestions'] as const) {
    seed[key].forEach((s, i) =>
      s.speaksOf.forEach((x, j) => {
        if (!known[x.type].has(x.id)) issues.push({ path: [key, i, 'speaksOf', j, 'id'], message: `unknown ${x.type.toLowerCase()} ${x.id}` });
      }),
    );
  }
  const targetKnown = (t: { type: 'Instrument' | 'Provision'; id: string }) => (t.type === 'Instrument' ? instruments : provisions).has(t.id);
  seed.grounds.forEach((g, i) => {
    if (!themes.has(g.theme)) issues.push({ path: ['grounds', i, 'theme'], message: `unknown theme ${g.theme}` });
    if (!targetKnown(g.from)) issues.push({ path: ['grounds', i, 'from', 'id'], message: `unknown ${g.from.type.toLowerCase()} ${g.from.id}` });
  });
  seed.cites.forEach((c, i) => {
    if (!targetKnown(c.target)) issues.push({ path: ['cites', i, 'target', 'id'], message: `unknown ${c.target.type.toLowerCase()} ${c.target.id}` });
    if ((c.footnote === null) !== c.inline)
      issues.push({ path: ['cites', i, 'inline'], message: 'a citation is in a footnote or inline, not both or neither' });
  });
  seed.contributors.forEach((c, i) => {
    if (c.country !== null && !countries.get(c.country)) issues.push({ path: ['contributors', i, 'country'], message: `unknown country ${c.country}` });
    if (c.partner !== null && !partners.has(c.partner))
      issues.push({ path: ['contributors', i, 'partner'], message: `unknown partner ${c.partner} (not in this file's partners)` });
  });
  return issues;
}

/**
 * What the backing rule (src/backing/backingRule.ts) reads to rank a backing: the groups, stages and themes of the
 * instrument's scope (seeds/reference/instrument-scope.yaml, with the line as evidence), and the
 * names a practice's text may call it by.
 */
function scopeProps(i: InstrumentSeed, scope: InstrumentScope | undefined): Record<string, unknown> {
  const textNames = [...new Set([i.name, i.nameFr, ...(scope?.names ?? [])])];
  return {
    protects: scope?.groups ?? [],
    scopeStages: scope?.stages ?? [],
    scopeThemes: scope?.themes ?? [],
    scopeReason: scope?.reason ?? null,
    scopeEvidence: scope ? `${INSTRUMENT_SCOPE_FILE}:${scope.line}` : null,
    textNames,
  };
}

const edge = (basis: string, evidence: string, loadedFrom: string, extra: Record<string, unknown> = {}) => ({ basis, evidence, loadedFrom, ...extra });

/**
 * Reads every seed file (reference data, documents' graph seeds, ratification tables), checks
 * them all, and turns them into rows. Nothing touches the database here: a bad file stops the
 * load before its transaction begins.
 */
export function buildLoadPlan(options: { seedsDir?: string; extraSeeds?: GraphSeed[]; cypherDir?: string; backingRuleFile?: string } = {}): LoadPlan {
  const seedsDir = options.seedsDir ?? SEEDS_DIR;
  const ref = loadReferenceData(seedsDir);
  const countries = new CountryMatcher(ref.countryAliases);
  const manifest = loadDocumentManifest(seedsDir);
  const hash = crypto.createHash('sha256');
  const files: string[] = [];
  const track = (rel: string) => {
    files.push(rel);
    hash.update(rel).update(fs.readFileSync(path.join(seedsDir, '..', rel)));
  };
  for (const dir of ['reference', 'rules', 'framework']) {
    for (const f of fs.readdirSync(path.join(seedsDir, dir)).sort()) track(`seeds/${dir}/${f}`);
  }
  track('seeds/documents.yaml');
  // The vendored SDG texts are read for the Target nodes: a new copy must reload them.
  for (const f of fs.readdirSync(path.join(seedsDir, 'sources', 'sdg')).sort()) track(`seeds/sources/sdg/${f}`);
  // What the load makes depends on its code too: a changed backing rule (src/backing/backingRule.ts),
  // load statement or fragment one of them includes (gaps/_cellLists) changes the fingerprint, so
  // the next start reloads and derives anew instead of keeping what an older rule wrote.
  // Hashed only: `files` lists the seed files a sweep reads.
  hash.update(fs.readFileSync(options.backingRuleFile ?? BACKING_RULE_FILE));
  for (const s of readCypherStatements(options.cypherDir ?? CYPHER_DIR)) {
    if (s.name.startsWith('load/') || s.name.startsWith('backing/')) hash.update(s.name).update(s.text);
  }

  const idOwners = referenceIdOwners(
    ref,
    allCountries().map((c) => c.id),
  );
  const seeds: Array<{ seed: GraphSeed; file: string }> = manifest.map((d) => {
    const shown = `seeds/${d.graph}`;
    if (!fs.existsSync(seedPath(d.graph, seedsDir))) throw new SourceError(shown, undefined, `missing: run \`npm run ingest -- seeds/${d.file}\` to create it`);
    track(shown);
    return { seed: readDataFile(seedPath(d.graph, seedsDir), graphSeed, shown, (s) => checkGraphSeed(s, ref, countries, idOwners, shown)), file: shown };
  });
  for (const s of options.extraSeeds ?? []) seeds.push({ seed: s, file: `generated:${s.document.id}` });

  const allPractices = new Map<string, string>();
  for (const { seed, file } of seeds) {
    for (const p of seed.practices) {
      const other = allPractices.get(p.id);
      if (other) throw new SourceError(file, undefined, `practice ${p.id} is also in ${other}: practice ids must be unique across documents`);
      allPractices.set(p.id, file);
    }
  }
  // Each seed was checked against the reference data; these claims catch a clash between seeds.
  for (const { seed, file } of seeds) {
    for (const { type, id } of seedIds(seed)) claimIds(idOwners, type, [id], file);
  }

  const ratifications: RatificationRow[] = [];
  const yearFixes = readRatificationYearFixes(seedsDir).entries;
  for (const f of yearFixes) {
    if (!ref.instruments.some((i) => i.id === f.instrument && i.ratificationTable))
      throw new SourceError(RATIFICATION_YEAR_FIXES, f.line, `instrument ${f.instrument} has no ratification table`);
  }
  for (const inst of ref.instruments) {
    if (!inst.ratificationTable) continue;
    const rel = `seeds/sources/ratification/${inst.ratificationTable}`;
    track(rel);
    ratifications.push(...readRatificationTable(path.join(seedsDir, '..', rel), rel, inst.id, countries, ref.ratificationCodeFixes, yearFixes));
  }

  const scopes = new Map(readInstrumentScope(seedsDir, ref).map((s) => [s.instrument, s]));
  const observedIn = Number(ref.ratificationSnapshot.observed.slice(0, 4));
  const ilo = readIloTables(seedsDir, countries, ref.instruments);
  for (const f of ilo.files) track(f);
  const iloTables = new Map(ilo.meta.tables.map((t) => [t.instrument, t]));
  // The curators' exported work: a new export reloads, and the load applies it after the seeds.
  const curated = readCuratedSeed(seedsDir);
  if (curated) {
    track(curated.file);
    claimIds(idOwners, 'Practice', curated.versions.keys(), curated.file);
  }
  const libraryEvidence = 'world-countries (npm), ISO 3166-1';
  const plan: LoadPlan = {
    files,
    fingerprint: hash.digest('hex'),
    practiceIds: [...allPractices.keys()],
    curated,
    rows: {
      documents: seeds.map(({ seed, file }) => ({ id: seed.document.id, props: { ...seed.document, loadedFrom: file } })),
      countries: allCountries().map((c) => ({
        id: c.id,
        props: {
          name: c.name,
          nameFr: c.nameFr,
          officialName: c.officialName,
          iso2: c.iso2,
          region: c.region,
          subregion: c.subregion,
          unMember: c.unMember,
          // Whether the country can ratify an ILO convention at all (cypher/country/_statusAsOf).
          iloMember: ilo.members.has(c.id),
          iloMemberEvidence: ilo.members.get(c.id) ?? `not in seeds/sources/ilo/${ilo.meta.membership.file} (${ilo.meta.membership.total} ILO member states)`,
          basis: 'dataset',
          evidence: libraryEvidence,
        },
      })),
      themes: ref.themes.map((t) => ({
        id: t.id,
        props: {
          name: t.name,
          nameFr: t.nameFr,
          description: t.description,
          basis: 'curated',
          evidence: `${REF_FILE}/themes.yaml; section "${t.heading}" of the paper`,
        },
      })),
      groups: ref.groups.map((g) => ({ id: g.id, props: { name: g.name, nameFr: g.nameFr, basis: 'curated', evidence: `${REF_FILE}/groups.yaml` } })),
      stages: ref.stages.map((s) => ({ id: s.id, props: { name: s.name, nameFr: s.nameFr, basis: 'curated', evidence: `${REF_FILE}/stages.yaml` } })),
      objectives: ref.gcm.objectives.map((o) => ({
        id: o.id,
        props: {
          number: o.number,
          name: o.name,
          nameFr: o.nameFr,
          basis: 'curated',
          evidence: `${REF_FILE}/gcm-objectives.yaml; ${ref.gcm.source.document} objective ${o.number} (${ref.gcm.source.url})`,
        },
      })),
      guidingPrinciples: ref.gcm.guidingPrinciples.map((g) => ({
        id: g.id,
        props: { name: g.name, nameFr: g.nameFr, basis: 'curated', evidence: `${REF_FILE}/gcm-objectives.yaml; ${ref.gcm.source.document} para. 15` },
      })),
      targets: ref.targets.map((t) => ({
        id: t.id,
        props: {
          target: t.target,
          goal: t.goal,
          name: t.name,
          nameFr: t.nameFr,
          why: t.why,
          basis: 'dataset',
          evidence: `seeds/sources/sdg/global_targets.en.yml and .fr.yml, key ${t.target.replace('.', '-')}-title (open-sdg sdg-translations, MIT); listed in ${REF_FILE}/sdg-targets.yaml`,
        },
      })),
      relatesTo: ref.gcm.relatesTo.map((r) => ({
        from: r.objective,
        to: r.theme,
        edge: edge('curated', `${REF_FILE}/gcm-objectives.yaml (relatesTo ${r.objective} -> ${r.theme}): ${r.why}`, `${REF_FILE}/gcm-objectives.yaml`),
      })),
      instruments: ref.instruments.map((i) => ({
        id: i.id,
        props: {
          name: i.name,
          nameFr: i.nameFr,
          kind: i.kind,
          adopted: i.adopted,
          body: i.body,
          ...instrumentRatificationProps(i.ratificationTable, iloTables.get(i.id), observedIn),
          ...scopeProps(i, scopes.get(i.id)),
          basis: 'curated',
          evidence: `${REF_FILE}/instruments.yaml`,
        },
      })),
      provisions: ref.instruments.flatMap((i) =>
        i.provisions.map((p) => ({
          id: provisionId(i.id, p.article),
          instrument: i.id,
          props: { article: p.article, label: p.label, instrumentId: i.id, basis: 'curated', evidence: `${REF_FILE}/instruments.yaml (${i.id})` },
          edge: edge('curated', `${REF_FILE}/instruments.yaml: ${i.id} ${p.article}`, `${REF_FILE}/instruments.yaml`),
        })),
      ),
      interprets: ref.instruments
        .filter((i) => i.interprets)
        .map((i) => ({
          from: i.id,
          to: i.interprets,
          edge: edge('curated', `${REF_FILE}/instruments.yaml: ${i.id} interprets ${i.interprets}`, `${REF_FILE}/instruments.yaml`),
        })),
      supplements: ref.instruments
        .filter((i) => i.supplements)
        .map((i) => ({
          from: i.id,
          to: i.supplements,
          edge: edge('curated', `${REF_FILE}/instruments.yaml: ${i.id} supplements ${i.supplements}`, `${REF_FILE}/instruments.yaml`),
        })),
      practices: [],
      partners: [],
      implementedBy: [],
      concerns: [],
      mentions: [],
      partnersWith: [],
      addresses: [],
      benefits: [],
      atStage: [],
      supports: [],
      contributesTo: [],
      statements: [],
      speaksOf: [],
      grounds: [],
      cites: [],
      contributors: [],
      ratifications: ratifications
        .map((r): Rows[number] => ({
          country: r.country,
          instrument: r.instrument,
          status: r.status,
          // observedIn: the year the table saw this status, which `asOf` questions compare with.
          edge: edge('dataset', r.evidence, r.file, {
            ...(r.year !== null ? { year: r.year } : {}),
            ...(r.ratifiedYear !== null ? { ratifiedYear: r.ratifiedYear } : {}),
            observedIn: observedIn,
          }),
        }))
        .concat(
          ilo.rows.map((r): Rows[number] => ({
            country: r.country,
            instrument: r.instrument,
            status: r.status,
            edge: edge('dataset', r.evidence, r.file, {
              ...(r.year !== null ? { year: r.year } : {}),
              ...(r.ratifiedYear !== null ? { ratifiedYear: r.ratifiedYear } : {}),
              observedIn: r.observedIn,
              source: r.source,
              sourceDate: r.sourceDate,
            }),
          })),
        ),
    },
  };

  for (const { seed, file } of seeds) {
    const rows = plan.rows;
    for (const p of seed.practices) {
      rows.practices.push({
        id: p.id,
        document: seed.document.id,
        props: {
          title: p.title,
          summary: p.summary,
          webLinks: p.webLinks,
          tags: p.tags,
          tags_text: tagsText(p.tags),
          thematicAreas: p.thematicAreas,
          countryField: p.countryField,
          partnerField: p.partnerField,
          implementedByPartners: p.implementedByPartners,
          notes: p.notes,
          sourceDocument: p.source.document,
          sourceLines: p.source.lines,
          basis: 'annex-field',
          evidence: `${seed.document.file}:${p.source.lines[0]}-${p.source.lines[1]}`,
          loadedFrom: file,
        },
        edge: edge('annex-field', `${seed.document.file}:${p.source.lines[0]}-${p.source.lines[1]}`, file, { lines: p.source.lines }),
      });
      const link = (list: Rows, to: string, e: { basis: string; evidence: string; rule?: string }) =>
        list.push({ from: p.id, to, edge: edge(e.basis, e.evidence, file, e.rule ? { rule: e.rule } : {}) });
      for (const c of p.implementedBy) link(rows.implementedBy, c.country, c);
      for (const c of p.concerns) link(rows.concerns, c.country, c);
      for (const c of p.mentions) link(rows.mentions, c.country, c);
      for (const x of p.partners) link(rows.partnersWith, x.partner, x);
      for (const t of p.themes) link(rows.addresses, t.id, t);
      for (const g of p.groups) link(rows.benefits, g.id, g);
      for (const s of p.stages) link(rows.atStage, s.id, s);
      for (const o of p.objectives) link(rows.supports, o.id, o);
      for (const t of p.targets) link(rows.contributesTo, t.id, t);
    }
    for (const p of seed.partners) {
      rows.partners.push({
        id: p.id,
        props: { name: p.name, kind: p.kind, generic: p.generic, basis: p.basis, evidence: p.evidence, loadedFrom: file },
        basedIn: p.basedIn?.country ?? null,
        basedInEdge: p.basedIn ? edge(p.basedIn.basis, p.basedIn.evidence, file) : null,
      });
    }
    for (const [label, list] of [
      ['Recommendation', seed.recommendations],
      ['GuidingQuestion', seed.guidingQuestions],
    ] as const) {
      for (const s of list) {
        rows.statements.push({
          id: s.id,
          label,
          document: seed.document.id,
          props: {
            number: s.number,
            text: s.text,
            sourceDocument: s.source.document,
            sourceLines: s.source.lines,
            basis: 'annex-field',
            evidence: `${seed.document.file}:${s.source.lines[0]}-${s.source.lines[1]}`,
            loadedFrom: file,
          },
          edge: edge('annex-field', `${seed.document.file}:${s.source.lines[0]}-${s.source.lines[1]}`, file, { lines: s.source.lines }),
        });
        for (const x of s.speaksOf) rows.speaksOf.push({ from: s.id, to: x.id, toLabel: x.type, edge: edge(x.basis, x.evidence, file, { rule: x.rule }) });
      }
    }
    for (const g of seed.grounds) {
      rows.grounds.push({
        from: g.from.id,
        fromLabel: g.from.type,
        to: g.theme,
        edge: edge(g.basis, g.evidence, file, { footnote: g.footnote, rule: g.rule, document: seed.document.id, lines: g.lines }),
      });
    }
    for (const c of seed.cites) {
      rows.cites.push({
        document: seed.document.id,
        to: c.target.id,
        toLabel: c.target.type,
        at: c.footnote !== null ? `footnote ${c.footnote}` : `line ${c.lines[0]}`,
        edge: edge(c.basis, c.evidence, file, { footnote: c.footnote, inline: c.inline, lines: c.lines }),
      });
    }
    for (const c of seed.contributors) {
      rows.contributors.push({
        document: seed.document.id,
        to: c.country ?? c.partner,
        toLabel: c.country !== null ? 'Country' : 'Partner',
        role: c.role,
        edge: edge(c.basis, c.evidence, file, { lines: c.lines }),
      });
    }
  }
  return plan;
}
