import type { Executor } from '../db/executor';
import type { PracticeFilterParams } from '../practice/practiceFilter';
import { cleanProperties, type ExportGraph, type PracticeExportRow } from './exportRows';

/** Reads what the exports write: a table of practices, or the graph around them. */
export class ExportRepository {
  constructor(private readonly executor: Executor) {}

  practices(filter: PracticeFilterParams): Promise<PracticeExportRow[]> {
    return this.executor.read<PracticeExportRow>('export/practices', { ...filter });
  }

  async graph(filter: PracticeFilterParams): Promise<ExportGraph> {
    const [row] = await this.executor.read<ExportGraph>('export/subgraph', { ...filter });
    return {
      nodes: (row?.nodes ?? []).map((n) => ({ ...n, properties: cleanProperties(n.properties) })),
      edges: (row?.edges ?? []).map((e) => ({ ...e, properties: cleanProperties(e.properties) })),
    };
  }
}
