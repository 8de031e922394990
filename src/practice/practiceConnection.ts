import type { PracticeFilterParams } from './practiceFilter';
import type { PracticeRow } from './practiceRow';

/** The parent of PracticeConnection: a page, plus the filter for a lazy totalCount. */
export interface PracticeConnectionRow {
  rows: Array<{ cursor: string; practice: PracticeRow }>;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  filter: PracticeFilterParams;
}

/** The parent of SourceCitation. */
export interface SourceCitationRow {
  document: string;
  lines: number[];
}
