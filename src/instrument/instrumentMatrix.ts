import type { PracticeFilterParams } from '../practice/practiceFilter';
import type { PracticeRow } from '../practice/practiceRow';

/** The parent of InstrumentPracticeMatrix: one page of rows, and the filter for a lazy totalCount. */
export interface InstrumentMatrixRow {
  /** The instruments backing at least one practice of the page, in id order. */
  instrumentIds: string[];
  rows: Array<InstrumentMatrixPracticeRow & { cursor: string }>;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  filter: PracticeFilterParams;
}

/** One practice and the instruments that back it. */
export interface InstrumentMatrixPracticeRow {
  practice: PracticeRow;
  instrumentIds: string[];
}
