import type { GraphQLResolveInfo } from 'graphql';
import type { Loaders } from '../loaders/createLoaders';
import { fieldsAt } from '../util/selects';
import type { PracticePage, PracticePrefetch } from './practiceRepository';

/**
 * What a practices page's selection asks for under `edges.node` (fragments included), so that
 * the page statement fetches it too instead of a loader round trip per level.
 */
export function pagePrefetch(info: GraphQLResolveInfo): PracticePrefetch {
  const asked = fieldsAt(info, 'PracticeConnection', 'edges', 'PracticeEdge', 'node', 'Practice') ?? new Set<string>();
  return {
    countries: asked.has('countries') || asked.has('concerns') || asked.has('mentions'),
    partners: asked.has('partners'),
    facets: asked.has('themes') || asked.has('groups') || asked.has('stages') || asked.has('objectives') || asked.has('targets'),
  };
}

/** Hands what the page brought along to the request's loaders, which then need no statement. */
export function primeLoaders(page: PracticePage, loaders: Loaders): void {
  for (const row of page.rows) {
    loaders.practice.prime(row.practice.id, row.practice);
    if (row.countries) loaders.practiceCountries.prime(row.practice.id, row.countries);
    if (row.partners) loaders.practicePartners.prime(row.practice.id, row.partners);
    if (row.facets) loaders.practiceFacets.prime(row.practice.id, row.facets);
  }
}
