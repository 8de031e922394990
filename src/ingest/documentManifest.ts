import path from 'node:path';
import { z } from 'zod';
import { readDataFile } from './readDataFile';
import { SEEDS_DIR } from './referenceData';

export const documentEntry = z
  .object({
    id: z.string().regex(/^[a-z0-9][a-z0-9.-]*$/),
    file: z.string(),
    title: z.string(),
    year: z.number().int().nullable(),
    publisher: z.string().nullable(),
    languages: z.array(z.string()),
    framework: z.string().optional(),
    graph: z.string().regex(/\.json$/),
  })
  .strict();
export type DocumentEntry = z.infer<typeof documentEntry>;

/** The documents listed in seeds/documents.yaml, with absolute paths resolved. */
export function loadDocumentManifest(seedsDir: string = SEEDS_DIR): DocumentEntry[] {
  return readDataFile(path.join(seedsDir, 'documents.yaml'), z.array(documentEntry), `${path.basename(seedsDir)}/documents.yaml`);
}

/** An absolute path for a path relative to a seeds folder. */
export function seedPath(rel: string, seedsDir: string = SEEDS_DIR): string {
  return path.join(seedsDir, rel);
}
