import type { Executor } from '../db/executor';
import type { PracticeFilterParams } from '../practice/practiceFilter';
import { publicProperties } from '../util/publicProperties';
import type { ExportGraph, PracticeExportRow } from './exportRows';

/** Reads what the exports write: a table of practices, or the graph around them. */
export class ExportRepository {
  constructor(private readonly executor: Executor) {}

  practices(filter: PracticeFilterParams): Promise<PracticeExportRow[]> {
    return this.executor.read<PracticeExportRow>('export/practices', { ...filter });
  }

  async graph(filter: PracticeFilterParams): Promise<ExportGraph> {
    const [row] = await this.executor.read<ExportGraph>('export/subgraph', { ...filter });
    return {
      nodes: (row?.nodes ?? []).map((n) => ({ ...n, properties: publicProperties(n.properties) })),
      edges: (row?.edges ?? []).map((e) => ({ ...e, properties: publicProperties(e.properties) })),
    };
  }
}
