import type { Executor } from '../db/executor';
import type { PracticeFilterParams } from './practiceFilter';
import { isEmptyFilter } from './practiceFilter';

/** The facets of the practice list, named after the PracticeFilter fields they narrow. */
export const PRACTICE_FACETS = ['countries', 'themes', 'partnerKinds', 'partners', 'groups', 'stages', 'instruments', 'objectives', 'targets'] as const;
export type PracticeFacetName = (typeof PRACTICE_FACETS)[number];

/** A value of a facet, as cypher/practice/facetCounts.cypher returns it. */
export interface FacetCountRow {
  value: string;
  name: string | null;
  nameFr: string | null;
  count: number;
}

/** Every facet's counts, keyed by facet name. */
export type PracticeFacetCounts = Record<PracticeFacetName, FacetCountRow[]>;

/** Query.practiceFacets' parent row: the checked filter (for totalCount) and the counts. */
export interface PracticeFacetsRow {
  filter: PracticeFilterParams;
  counts: PracticeFacetCounts;
}

/**
 * Counts each facet's values among the practices matching `filter`, leaving out the facet's own
 * selection so that a count is what choosing that value alone in the facet would give.
 */
export async function practiceFacetCounts(executor: Executor, filter: PracticeFilterParams): Promise<PracticeFacetCounts> {
  const counts = await Promise.all(
    PRACTICE_FACETS.map((facet) => {
      const params: PracticeFilterParams = { ...filter, [facet]: null };
      params.unfiltered = isEmptyFilter(params);
      return executor.read<FacetCountRow>('practice/facetCounts', { ...params, facet });
    }),
  );
  return Object.fromEntries(PRACTICE_FACETS.map((facet, i) => [facet, counts[i]!])) as PracticeFacetCounts;
}
