import type { Executor } from '../db/executor';
import type { PracticeFilterParams } from '../practice/practiceFilter';
import type { ExportGraphPart, PracticeExportRow } from './exportRows';
import { subgraphParts, type SubgraphRow } from './subgraphParts';

/** Reads what the exports write, streamed: a table of practices, or the graph around them. */
export class ExportRepository {
  constructor(private readonly executor: Executor) {}

  /** The practices matching the filter, by title, one row at a time. */
  practices(filter: PracticeFilterParams): AsyncGenerator<PracticeExportRow, void, undefined> {
    return this.executor.stream<PracticeExportRow>('export/practices', { ...filter });
  }

  /** The subgraph around them, head first, then nodes (with their links if `withLinks`), then edges. */
  graph(filter: PracticeFilterParams, withLinks: boolean): AsyncGenerator<ExportGraphPart, void, undefined> {
    return subgraphParts(this.executor.stream<SubgraphRow>('export/subgraph', { ...filter, withLinks }));
  }
}
