import fs from 'node:fs';
import path from 'node:path';
import { stringify } from 'yaml';
import type { Executor } from '../db/executor';
import { curatedSeed, type CuratedSeed } from '../load/curatedSeed';

const HEADER = `# The curators' work: practices they created or changed, links they made or took over, and what
# they removed. Written by \`npm run kg -- curation export\` from the database; review the diff and
# commit it like the other seeds. \`kg load\` (and \`npm start\`) apply it after the paper's seeds,
# practice by practice, only where the store is at an older version. Do not edit by hand: curate
# through the API and export again.
`;

/** What an export wrote. */
export interface CurationExport {
  file: string;
  practices: number;
  links: number;
  removed: number;
}

/**
 * Reads the curated state from the database and writes it as one YAML file, sorted (practices
 * by id, links by practice, type and target), so that two exports of the same state are the same
 * bytes and a review diff shows only what changed.
 */
export async function exportCuration(executor: Executor, file: string): Promise<CurationExport> {
  const [practices, links, removed] = await Promise.all([
    executor.read<CuratedSeed['practices'][number]>('curation/exportPractices'),
    executor.read<CuratedSeed['links'][number]>('curation/exportLinks'),
    executor.read<CuratedSeed['removed'][number]>('curation/exportTombstones'),
  ]);
  // Checked against the schema the load reads it with, so an export always loads.
  const seed = curatedSeed.parse({ format: 1, practices, links, removed });
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const text = HEADER + stringify(seed, { lineWidth: 0, aliasDuplicateObjects: false });
  const tmp = `${file}.tmp`;
  fs.writeFileSync(tmp, text);
  fs.renameSync(tmp, file);
  return { file, practices: seed.practices.length, links: seed.links.length, removed: seed.removed.length };
}
