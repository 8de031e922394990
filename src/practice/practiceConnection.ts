import type { PracticeFilterParams } from './practiceFilter';
import type { PracticeRow } from './practiceRow';

/**
 * The parent of PracticeConnection: a page, and either its total (a nested list's statement
 * counts it with the page) or the filter to count it by, only if totalCount is asked.
 */
export type PracticeConnectionRow = {
  rows: Array<{ cursor: string; practice: PracticeRow }>;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
} & ({ total: number } | { filter: PracticeFilterParams });

/** The parent of SourceCitation. */
export interface SourceCitationRow {
  document: string;
  lines: number[];
}
