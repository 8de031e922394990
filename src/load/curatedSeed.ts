import fs from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { CURATION_LINK_TYPES } from '../curation/linkTargets';
import { readDataFile, type DataIssue } from '../ingest/readDataFile';
import type { Rows } from './buildLoadPlan';
import { tagsText } from '../practice/practiceProperties';

/** Where `kg curation export` writes the curators' work, relative to the seeds folder. */
export const CURATED_FILE = path.join('curated', 'curation.yaml');

const time = z.iso.datetime();
const who = { createdBy: z.string().nullable(), createdAt: time.nullable(), updatedBy: z.string().nullable(), updatedAt: time.nullable() };

/** The file's schema: what curation/exportPractices, exportLinks and exportTombstones read. */
export const curatedSeed = z.object({
  format: z.literal(1),
  practices: z.array(
    z.object({
      id: z.string().min(1),
      /** A curator created it (else a seed practice a curator changed). */
      created: z.boolean(),
      version: z.number().int().min(1),
      fields: z
        .object({ title: z.string(), summary: z.string(), webLinks: z.array(z.string()), tags: z.array(z.string()), thematicAreas: z.string() })
        .nullable(),
      evidence: z.string().nullable(),
      curationEvidence: z.string().nullable(),
      curatedAt: time.nullable(),
      ...who,
    }),
  ),
  links: z.array(z.object({ practice: z.string(), type: z.enum(CURATION_LINK_TYPES), target: z.string(), evidence: z.string(), curatedAt: time, ...who })),
  removed: z.array(
    z.object({
      kind: z.enum(['Practice', 'Edge']),
      practice: z.string(),
      type: z.enum(CURATION_LINK_TYPES).nullable(),
      target: z.string().nullable(),
      title: z.string().nullable(),
      version: z.number().int().nullable(),
      deletedBy: z.string().nullable(),
      curatedAt: time,
    }),
  ),
});

/** The curators' work as the file holds it. */
export type CuratedSeed = z.infer<typeof curatedSeed>;

/** What the load applies after the paper's seeds (see loadGraph). */
export interface CuratedRows {
  file: string;
  /** The version each practice the file speaks of is at in the file: rows apply only to a store behind it. */
  versions: Map<string, number>;
  tombstones: Rows;
  practices: Rows;
  links: Rows;
}

/**
 * Reads seeds/curated/curation.yaml when there is one (a project without curation has none):
 * checked whole, errors with file and line; each row carries its practice's version.
 */
export function readCuratedSeed(seedsDir: string): CuratedRows | undefined {
  const file = path.join(seedsDir, CURATED_FILE);
  if (!fs.existsSync(file)) return undefined;
  const shown = `seeds/${CURATED_FILE.split(path.sep).join('/')}`;
  const seed = readDataFile(file, curatedSeed, shown, checkVersions);
  const versions = practiceVersions(seed);
  return {
    file: shown,
    versions,
    tombstones: seed.removed.map((r) => ({ ...r })),
    practices: seed.practices.map((p) => ({ ...p, fields: p.fields && { ...p.fields, tags_text: tagsText(p.fields.tags) } })),
    links: seed.links.map((l) => ({ ...l })),
  };
}

/** The version of every practice the file speaks of: its own, or the one its deletion reached. */
export function practiceVersions(seed: CuratedSeed): Map<string, number> {
  const versions = new Map<string, number>();
  for (const r of seed.removed) if (r.kind === 'Practice' && r.version !== null) versions.set(r.practice, r.version);
  for (const p of seed.practices) versions.set(p.id, p.version);
  return versions;
}

// Every row must belong to a practice whose version the file states, or the load could not tell
// whether the store is behind it.
function checkVersions(seed: CuratedSeed): DataIssue[] {
  const versions = practiceVersions(seed);
  const issues: DataIssue[] = [];
  seed.links.forEach((l, i) => {
    if (!versions.has(l.practice))
      issues.push({ path: ['links', i, 'practice'], message: 'no entry under practices or removed gives this practice’s version' });
  });
  seed.removed.forEach((r, i) => {
    if (r.kind === 'Edge' && (!r.type || !r.target)) issues.push({ path: ['removed', i], message: 'a removed edge needs its type and target' });
    else if (!versions.has(r.practice))
      issues.push({ path: ['removed', i, 'practice'], message: 'no entry under practices or removed gives this practice’s version' });
  });
  return issues;
}
