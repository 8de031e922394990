import type { BackingSpecificity } from '../generated/graphql';
import type { PracticeFilterParams } from '../practice/practiceFilter';
import type { PracticeRow } from '../practice/practiceRow';

/** An instrument. */
export interface InstrumentRow {
  id: string;
  name: string;
  nameFr: string;
  kind: string;
  adopted: number;
  body: string;
  ratificationStatusKnown: boolean;
  interprets: string | null;
  /** The convention a protocol supplements. */
  supplements: string | null;
  ratificationCount: number | null;
  /** Whether it backs any theme or practice (a BACKS edge, see src/backing/backingRule.ts). */
  backs: boolean;
}

/** A provision of an instrument. */
export interface ProvisionRow {
  id: string;
  article: string;
  label: string;
  instrument: string;
}

/** The parent of InstrumentPracticeMatrix: one page of rows, and the filter for a lazy totalCount. */
export interface InstrumentMatrixRow {
  /** The instruments backing at least one practice of the page, in id order. */
  instrumentIds: string[];
  rows: Array<InstrumentMatrixPracticeRow & { cursor: string }>;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  filter: PracticeFilterParams;
}

/** One filled cell: an instrument backing the row's practice, at its most specific. */
export interface InstrumentMatrixCell {
  instrumentId: string;
  specificity: BackingSpecificity;
}

/** One practice and the instruments that back it. */
export interface InstrumentMatrixPracticeRow {
  practice: PracticeRow;
  instrumentIds: string[];
  cells: InstrumentMatrixCell[];
}
