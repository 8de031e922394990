import path from 'node:path';
import { ingestDocument } from '../../src/ingest/ingestDocument';
import { loadReferenceData, SEEDS_DIR } from '../../src/ingest/referenceData';
import type { GraphSeed } from '../../src/ingest/graphSeedSchema';

/** The project's seed document. */
export const GFMD_FILE = path.join(SEEDS_DIR, 'sources', 'gfmd-2015-rt1.1-background-paper.txt');

/** Ingests the GFMD background paper as `npm run ingest` does. */
export function ingestGfmd(): { seed: GraphSeed; warnings: string[] } {
  return ingestDocument(
    GFMD_FILE,
    'seeds/sources/gfmd-2015-rt1.1-background-paper.txt',
    {
      id: 'gfmd-2015-rt1.1',
      title: 'GFMD 2015 RT 1.1 background paper',
      year: 2015,
      publisher: null,
      languages: ['fr', 'en'],
      framework: { path: path.join(SEEDS_DIR, 'framework', 'gfmd-2015-rt1.1.yaml'), shown: 'seeds/framework/gfmd-2015-rt1.1.yaml' },
    },
    loadReferenceData(),
  );
}

/** Ingests any GFMD-format file without framework citations. */
export function ingestFile(file: string, shown = path.basename(file), id = 'test-doc'): { seed: GraphSeed; warnings: string[] } {
  return ingestDocument(file, shown, { id, title: id, year: null, publisher: null, languages: ['en'] }, loadReferenceData());
}
