import type { Executor } from '../db/executor';
import type { QueryName } from '../db/queryNames';
import { BadUserInputError } from '../errors/domainErrors';
import type { PracticeOrder } from '../generated/graphql';
import { decodeCursor, encodeCursor } from '../util/cursor';
import { isEmptyFilter, type PracticeFilterParams } from './practiceFilter';
import type { PracticePrefetched, PracticeRow } from './practiceRow';
import { practiceFacetCounts, type PracticeFacetCounts } from './practiceFacetCounts';

/** The lists a page statement can bring along (cypher/practice/_related.cypher), one flag each. */
export interface PracticeLists {
  implementedBy: boolean;
  concerns: boolean;
  mentions: boolean;
  /** Whole partner rows. */
  partners: boolean;
  /** Only the partners' ids (when the selection asks for nothing else about them). */
  partnerIds: boolean;
  themes: boolean;
  groups: boolean;
  stages: boolean;
  objectives: boolean;
  targets: boolean;
}

/** What a page brings along with each practice: its whole row or only id and title, and which lists. */
export interface PracticePrefetch {
  row: boolean;
  with: PracticeLists;
}

/** A page row: the practice (whatever lists were fetched with it in `prefetched`), and whether its row is whole. */
export interface PracticePageRow {
  cursor: string;
  practice: PracticeRow;
  complete: boolean;
}

/** A page of practices and what is needed to answer totalCount later, only if asked. */
export interface PracticePage {
  rows: PracticePageRow[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  filter: PracticeFilterParams;
}

/** No related list asked for (the benchmark's statement probe starts from it too). */
export const NO_LISTS: PracticeLists = {
  implementedBy: false,
  concerns: false,
  mentions: false,
  partners: false,
  partnerIds: false,
  themes: false,
  groups: false,
  stages: false,
  objectives: false,
  targets: false,
};
const NO_PREFETCH: PracticePrefetch = { row: true, with: NO_LISTS };

// Without full text, the title orders come from the title index (see the statements); there is
// no relevance without full text.
const PAGE_QUERY: Record<PracticeOrder, { text: QueryName; noText: QueryName | null }> = {
  TITLE_ASC: { text: 'practice/pageOfTextMatches:TITLE_ASC', noText: 'practice/pageByTitle:TITLE_ASC' },
  TITLE_DESC: { text: 'practice/pageOfTextMatches:TITLE_DESC', noText: 'practice/pageByTitle:TITLE_DESC' },
  RELEVANCE: { text: 'practice/pageOfTextMatches:RELEVANCE', noText: null },
};

/** Reads practices: pages by keyset, counts. Lookups by id go through the loaders. */
export class PracticeRepository {
  constructor(private readonly executor: Executor) {}

  /** One page after `after`, in `order`; fetches one row more than asked to know if more follow. */
  async page(
    filter: PracticeFilterParams,
    first: number,
    after: string | null | undefined,
    order: PracticeOrder,
    prefetch: PracticePrefetch = NO_PREFETCH,
  ): Promise<PracticePage> {
    const query = PAGE_QUERY[order][filter.text === null ? 'noText' : 'text'];
    if (query === null) throw new BadUserInputError('orderBy RELEVANCE needs filter.text (relevance is a full-text score)', 'orderBy');
    const cursor = decodeCursor(after);
    if (cursor && (order === 'RELEVANCE') !== (typeof cursor.key === 'number')) {
      throw new BadUserInputError('after: this cursor belongs to a page in another order', 'after');
    }
    const rows = await this.executor.read<{ sortKey: string | number; practice: PracticeRow } & PracticePrefetched>(query, {
      ...filter,
      after: cursor,
      limit: first + 1,
      with: prefetch.with,
      withRow: prefetch.row,
    });
    return {
      rows: rows.slice(0, first).map(({ sortKey, practice, ...prefetched }) => ({
        cursor: encodeCursor({ key: sortKey, id: practice.id }),
        practice: { ...practice, prefetched },
        complete: prefetch.row,
      })),
      hasNextPage: rows.length > first,
      hasPreviousPage: cursor !== null,
      filter,
    };
  }

  /** How many practices match. */
  async count(filter: PracticeFilterParams): Promise<number> {
    const [row] = isEmptyFilter(filter)
      ? await this.executor.read<{ total: number }>('practice/countAll')
      : await this.executor.read<{ total: number }>('practice/count', { ...filter });
    return row?.total ?? 0;
  }

  /** Each facet's values with their counts among the practices that match (see practiceFacetCounts). */
  facets(filter: PracticeFilterParams): Promise<PracticeFacetCounts> {
    return practiceFacetCounts(this.executor, filter);
  }
}
