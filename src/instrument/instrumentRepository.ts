import type { Executor } from '../db/executor';
import type { PracticeFilterParams } from '../practice/practiceFilter';
import type { PracticeRow } from '../practice/practiceRow';
import { keysetPage } from '../util/connection';
import type { CursorValue } from '../util/cursor';
import type { InstrumentMatrixCell, InstrumentMatrixRow } from './instrumentRows';

/** Reads the practice × instrument table. */
export class InstrumentRepository {
  constructor(private readonly executor: Executor) {}

  /** One page of the table: `first` practices by title after `after` (one more is read to know if more follow). */
  async matrix(filter: PracticeFilterParams, first: number, after: CursorValue | null): Promise<InstrumentMatrixRow> {
    const cells = await this.executor.read<{ practice: PracticeRow; cells: InstrumentMatrixCell[] }>('instrument/matrix', {
      ...filter,
      after,
      limit: first + 1,
    });
    const read = cells.map((r) => ({ ...r, instrumentIds: r.cells.map((c) => c.instrumentId) }));
    const page = keysetPage(read, first, after, 'row', (r) => ({ key: r.practice.title, id: r.practice.id }));
    const rows = page.rows.map(({ cursor, row }) => ({ cursor, ...row }));
    const instrumentIds = [...new Set(rows.flatMap((r) => r.instrumentIds))].sort();
    return { instrumentIds, rows, hasNextPage: page.hasNextPage, hasPreviousPage: page.hasPreviousPage, filter };
  }
}
