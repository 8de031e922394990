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

/** Produces one export as text, for the HTTP routes and the command line alike. */
export async function renderExport(format: ExportFormat, executor: Executor, filter: PracticeFilterParams): Promise<string> {
  const repo = new ExportRepository(executor);
  switch (format) {
    case 'csv':
      return practicesCsv(await repo.practices(filter));
    case 'graphml':
      return graphml(await repo.graph(filter));
    case 'gexf':
      return gexf(await repo.graph(filter));
    case 'jsonld':
      return `${JSON.stringify(jsonld(await repo.graph(filter)), null, 2)}\n`;
  }
}
