import type { PracticeFilterParams } from './practiceFilter';
import type { PracticePageRow } from './practiceRepository';

/** The parent of PracticeConnection: a page, plus the filter for a lazy totalCount. */
export interface PracticeConnectionRow {
  rows: Array<Pick<PracticePageRow, 'cursor' | 'practice'>>;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  filter: PracticeFilterParams;
}

/** The parent of SourceCitation. */
export interface SourceCitationRow {
  document: string;
  lines: number[];
}
