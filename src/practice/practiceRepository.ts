import type { Executor } from '../db/executor';
import type { QueryName } from '../db/queryNames';
import { BadUserInputError } from '../errors/domainErrors';
import type { PracticeOrder } from '../generated/graphql';
import { decodeCursor, encodeCursor } from '../util/cursor';
import { isEmptyFilter, type PracticeFilterParams } from './practiceFilter';
import type { PracticeCountries, PracticeFacets } from '../loaders/createLoaders';
import type { PartnerRow } from '../partner/partnerRow';
import type { PracticeRow } from './practiceRow';
import { practiceFacetCounts, type PracticeFacetCounts } from './practiceFacetCounts';

/** Related data a page can bring along, when the selection asks for it. */
export interface PracticePrefetch {
  countries: boolean;
  partners: boolean;
  facets: boolean;
}

/** A page row: the practice, and whatever related data was prefetched with it. */
export interface PracticePageRow {
  cursor: string;
  practice: PracticeRow;
  countries: PracticeCountries | null;
  partners: PartnerRow[] | null;
  facets: PracticeFacets | null;
}

/** A page of practices and what is needed to answer totalCount later, only if asked. */
export interface PracticePage {
  rows: PracticePageRow[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  filter: PracticeFilterParams;
}

const NO_PREFETCH: PracticePrefetch = { countries: false, partners: false, facets: false };

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
    const rows = await this.executor.read<{
      sortKey: string | number;
      practice: PracticeRow;
      countries: PracticeCountries | null;
      partners: PartnerRow[] | null;
      facets: PracticeFacets | null;
    }>(query, {
      ...filter,
      after: cursor,
      limit: first + 1,
      withCountries: prefetch.countries,
      withPartners: prefetch.partners,
      withFacets: prefetch.facets,
    });
    return {
      rows: rows.slice(0, first).map((r) => ({
        cursor: encodeCursor({ key: r.sortKey, id: r.practice.id }),
        practice: r.practice,
        countries: r.countries,
        partners: r.partners,
        facets: r.facets,
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
