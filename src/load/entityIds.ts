import type { NodeType } from '../explore/globalId';
import type { GraphSeed } from '../ingest/graphSeedSchema';
import type { DataIssue } from '../ingest/readDataFile';
import { provisionId, type ReferenceData } from '../ingest/referenceData';
import { SourceError } from '../ingest/SourceError';

// An entity's id is unique across every type of the graph, not only within its own, so that
// `node(id:)` answers any id a client holds (the Relay rule that an id names one object) and a
// researcher's citation of an id cannot mean two things. Neo4j Community has no constraint across
// labels, so the rule is kept here, at load, and at curation (curationRepository's createPractice).

/** Who holds an id: its type and the file it comes from. */
export interface IdOwner {
  type: NodeType;
  file: string;
}

const owner = (type: NodeType, file: string): IdOwner => ({ type, file });

/**
 * The ids of the reference data (countries, themes, groups, stages, objectives, guiding
 * principles, SDG targets, instruments, provisions), each with its type and file. Throws a
 * SourceError naming both files when two of them share an id.
 */
export function referenceIdOwners(ref: ReferenceData, countryIds: readonly string[]): Map<string, IdOwner> {
  const owners = new Map<string, IdOwner>();
  const sets: Array<[NodeType, string, readonly string[]]> = [
    ['Country', 'world-countries (npm)', countryIds],
    ['Theme', 'seeds/reference/themes.yaml', ref.themes.map((t) => t.id)],
    ['Group', 'seeds/reference/groups.yaml', ref.groups.map((g) => g.id)],
    ['Stage', 'seeds/reference/stages.yaml', ref.stages.map((s) => s.id)],
    ['Objective', 'seeds/reference/gcm-objectives.yaml', ref.gcm.objectives.map((o) => o.id)],
    ['GuidingPrinciple', 'seeds/reference/gcm-objectives.yaml', ref.gcm.guidingPrinciples.map((g) => g.id)],
    ['Target', 'seeds/reference/sdg-targets.yaml', ref.targets.map((t) => t.id)],
    ['Instrument', 'seeds/reference/instruments.yaml', ref.instruments.map((i) => i.id)],
    ['Provision', 'seeds/reference/instruments.yaml', ref.instruments.flatMap((i) => i.provisions.map((p) => provisionId(i.id, p.article)))],
  ];
  for (const [type, file, ids] of sets) claimIds(owners, type, ids, file);
  return owners;
}

const RULE = 'an id names one entity across all types';

const a = (type: NodeType) => `${/^[AEIOU]/.test(type) ? 'an' : 'a'} ${type}`;

/**
 * The ids of a graph seed (its document, practices, partners, recommendations and guiding
 * questions) that another type already holds, in the seed or in the reference data: one issue per
 * clash, at the clashing id, so the error names the file and line.
 */
export function sharedIdIssues(seed: GraphSeed, reference: ReadonlyMap<string, IdOwner>, file: string): DataIssue[] {
  const issues: DataIssue[] = [];
  const held = new Map<string, { type: NodeType; at: string }>();
  const claim = (type: NodeType, id: string, path: Array<string | number>) => {
    const at = path
      .slice(0, -1)
      .join('.')
      .replace(/\.(\d+)/g, '[$1]');
    const ref = reference.get(id);
    const mine = held.get(id);
    if (ref) issues.push({ path, message: `${type} id ${JSON.stringify(id)} is also the id of ${a(ref.type)} (${ref.file}); ${RULE}` });
    else if (mine && mine.type !== type)
      issues.push({ path, message: `${type} id ${JSON.stringify(id)} is also the id of the ${mine.type} at ${mine.at} in ${file}; ${RULE}` });
    else held.set(id, { type, at });
  };
  for (const { type, id, path } of seedIds(seed)) claim(type, id, path);
  return issues;
}

/** Every id a graph seed gives an entity, with its type and where it stands in the file. */
export function seedIds(seed: GraphSeed): Array<{ type: NodeType; id: string; path: Array<string | number> }> {
  return [
    { type: 'Document', id: seed.document.id, path: ['document', 'id'] },
    ...seed.practices.map((p, i) => ({ type: 'Practice' as const, id: p.id, path: ['practices', i, 'id'] })),
    ...seed.partners.map((p, i) => ({ type: 'Partner' as const, id: p.id, path: ['partners', i, 'id'] })),
    ...seed.recommendations.map((r, i) => ({ type: 'Recommendation' as const, id: r.id, path: ['recommendations', i, 'id'] })),
    ...seed.guidingQuestions.map((q, i) => ({ type: 'GuidingQuestion' as const, id: q.id, path: ['guidingQuestions', i, 'id'] })),
  ];
}

/**
 * Adds the ids of one more source (a further graph seed, the curated file) to `owners`, throwing a
 * SourceError naming both files when another type already holds one of them. Partners and
 * documents may recur across seeds as themselves (the same organisation in two papers).
 */
export function claimIds(owners: Map<string, IdOwner>, type: NodeType, ids: Iterable<string>, file: string): void {
  for (const id of ids) {
    const held = owners.get(id);
    if (held && held.type !== type)
      throw new SourceError(file, undefined, `${type} id ${JSON.stringify(id)} is also the id of ${a(held.type)} (${held.file}); ${RULE}`);
    if (!held) owners.set(id, owner(type, file));
  }
}
