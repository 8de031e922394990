import type { Executor } from '../db/executor';
import type { PracticeFilterParams } from './practiceFilter';

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
 * selection so that a count is what choosing that value alone in the facet would give. The
 * facets the filter does not narrow see the same practices, so they share one statement; each
 * facet it narrows has its own.
 */
export async function practiceFacetCounts(executor: Executor, filter: PracticeFilterParams): Promise<PracticeFacetCounts> {
  const narrowed = PRACTICE_FACETS.filter((facet) => filter[facet] !== null);
  const shared = PRACTICE_FACETS.filter((facet) => filter[facet] === null);
  const statements = [
    ...(shared.length ? [{ params: filter, facets: shared }] : []),
    ...narrowed.map((facet) => {
      const params: PracticeFilterParams = { ...filter, [facet]: null };
      return { params, facets: [facet] };
    }),
  ];
  const rows = (
    await Promise.all(
      statements.map((s) => executor.read<FacetCountRow & { facet: PracticeFacetName }>('practice/facetCounts', { ...s.params, facets: s.facets })),
    )
  ).flat();
  const counts = Object.fromEntries(PRACTICE_FACETS.map((facet) => [facet, [] as FacetCountRow[]])) as PracticeFacetCounts;
  // Each statement's rows come in count order within a facet, and a facet comes from one statement.
  for (const { facet, ...row } of rows) counts[facet].push(row);
  return counts;
}
