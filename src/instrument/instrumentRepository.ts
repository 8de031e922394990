import type { Executor } from '../db/executor';
import type { PracticeFilterParams } from '../practice/practiceFilter';
import type { PracticeRow } from '../practice/practiceRow';
import type { InstrumentMatrixRow } from './instrumentMatrix';

/** Reads the practice × instrument table. */
export class InstrumentRepository {
  constructor(private readonly executor: Executor) {}

  async matrix(filter: PracticeFilterParams): Promise<InstrumentMatrixRow> {
    const rows = await this.executor.read<{ practice: PracticeRow; instrumentIds: string[] }>('instrument/matrix', { ...filter });
    const instrumentIds = [...new Set(rows.flatMap((r) => r.instrumentIds))].sort();
    return { instrumentIds, rows };
  }
}
