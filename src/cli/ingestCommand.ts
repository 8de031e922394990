import fs from 'node:fs';
import path from 'node:path';
import { loadDocumentManifest, seedPath } from '../ingest/documentManifest';
import { ingestDocument, type DocumentMeta } from '../ingest/ingestDocument';
import { loadReferenceData } from '../ingest/referenceData';
import { slugify } from '../util/slugify';

/** Options of `kg ingest`. */
export interface IngestOptions {
  out?: string;
  id?: string;
  title?: string;
  year?: string;
  framework?: string | false;
}

/**
 * `kg ingest <file>`: parses a GFMD-format document and writes its graph seed (JSON) for review.
 * A document listed in seeds/documents.yaml takes its metadata and output path from there.
 */
export function runIngest(file: string, opts: IngestOptions, log: (line: string) => void): { out: string; practices: number; warnings: string[] } {
  const abs = path.resolve(file);
  if (!fs.existsSync(abs)) throw new Error(`${file}: no such file`);
  const listed = loadDocumentManifest().find((d) => path.resolve(seedPath(d.file)) === abs);
  const id = opts.id ?? listed?.id ?? slugify(path.basename(file).replace(/\.[^.]+$/, ''));
  const frameworkRel = opts.framework === false ? undefined : (opts.framework ?? (listed?.framework ? seedPath(listed.framework) : undefined));
  const meta: DocumentMeta = {
    id,
    title: opts.title ?? listed?.title ?? path.basename(file),
    year: opts.year ? Number(opts.year) : (listed?.year ?? null),
    publisher: listed?.publisher ?? null,
    languages: listed?.languages ?? ['en'],
    framework: frameworkRel ? { path: path.resolve(frameworkRel), shown: path.relative(process.cwd(), path.resolve(frameworkRel)) } : undefined,
  };
  const out = path.resolve(opts.out ?? (listed ? seedPath(listed.graph) : seedPath(`graph/${id}.json`)));
  log(`Ingesting ${path.relative(process.cwd(), abs)} as document ${id}...`);
  const { seed, warnings } = ingestDocument(abs, path.relative(process.cwd(), abs), meta, loadReferenceData());
  fs.mkdirSync(path.dirname(out), { recursive: true });
  fs.writeFileSync(out, `${JSON.stringify(seed, null, 2)}\n`);
  log(
    `${seed.practices.length} practices, ${seed.partners.length} partners, ${seed.recommendations.length} recommendations, ${seed.guidingQuestions.length} guiding questions, ${seed.grounds.length} GROUNDS and ${seed.cites.length} CITES edges.`,
  );
  for (const w of warnings) log(`warning: ${w}`);
  log(`Wrote ${path.relative(process.cwd(), out)}; review it (git diff) before loading.`);
  return { out, practices: seed.practices.length, warnings };
}
