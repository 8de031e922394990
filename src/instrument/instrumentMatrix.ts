import type { PracticeRow } from '../practice/practiceRow';

/** The parent of InstrumentPracticeMatrix. */
export interface InstrumentMatrixRow {
  instrumentIds: string[];
  rows: InstrumentMatrixPracticeRow[];
}

/** One practice and the instruments that back it. */
export interface InstrumentMatrixPracticeRow {
  practice: PracticeRow;
  instrumentIds: string[];
}
