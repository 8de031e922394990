import type { Executor } from '../db/executor';
import type { PracticeFilterParams } from '../practice/practiceFilter';
import { ExportRepository } from './exportRepository';
import { gexf } from './gexf';
import { graphml } from './graphml';
import { jsonld } from './jsonld';
import { practicesCsv } from './practicesCsv';

/** The export formats, with their file name and media type. */
export const EXPORT_FORMATS = {
  csv: { file: 'practices.csv', type: 'text/csv; charset=utf-8' },
  graphml: { file: 'graph.graphml', type: 'application/graphml+xml; charset=utf-8' },
  gexf: { file: 'graph.gexf', type: 'application/gexf+xml; charset=utf-8' },
  jsonld: { file: 'graph.jsonld', type: 'application/ld+json; charset=utf-8' },
} as const;

export type ExportFormat = keyof typeof EXPORT_FORMATS;

/**
 * Produces one export as a stream of text pieces, written while the database streams the rows,
 * for the HTTP routes and the command line alike. The first piece comes once the database has
 * answered, so a failing statement fails before anything is written.
 */
export function exportChunks(format: ExportFormat, executor: Executor, filter: PracticeFilterParams): AsyncGenerator<string, void, undefined> {
  const repo = new ExportRepository(executor);
  switch (format) {
    case 'csv':
      return practicesCsv(repo.practices(filter));
    case 'graphml':
      return graphml(repo.graph(filter, false));
    case 'gexf':
      return gexf(repo.graph(filter, false));
    case 'jsonld':
      return jsonld(repo.graph(filter, true));
  }
}
