import { FACET_FIELDS, type FacetField } from './api';

export const PRACTICE_ORDERS = ['TITLE_ASC', 'TITLE_DESC', 'RELEVANCE'] as const;
export type PracticeOrder = (typeof PRACTICE_ORDERS)[number];

/** What the practice list shows, as its URL says (`#practices?themes=detention&sort=TITLE_DESC&page=2`). */
export interface PracticeListState {
  facets: Record<FacetField, string[]>;
  text: string;
  sort: PracticeOrder;
  /** 1-based. */
  page: number;
}

/**
 * Reads the list's state from its route's parameters. The facet parameters are named and written
 * as the HTTP exports read them (comma-separated PracticeFilter fields), so the same query string
 * serves both.
 */
export function readListState(params: URLSearchParams): PracticeListState {
  const facets = Object.fromEntries(FACET_FIELDS.map((f) => [f, (params.get(f) ?? '').split(',').filter(Boolean)])) as Record<FacetField, string[]>;
  const text = params.get('text') ?? '';
  const sort = params.get('sort') as PracticeOrder;
  const page = Number.parseInt(params.get('page') ?? '1', 10);
  return {
    facets,
    text,
    // Relevance is a full-text score: without text the list falls back to titles.
    sort: PRACTICE_ORDERS.includes(sort) && (sort !== 'RELEVANCE' || text) ? sort : 'TITLE_ASC',
    page: Number.isFinite(page) && page > 1 ? page : 1,
  };
}

/** The filter part of the state, as a query string for the export routes (and the start of the list's route). */
export function filterParams(s: PracticeListState): URLSearchParams {
  const p = new URLSearchParams();
  for (const f of FACET_FIELDS) if (s.facets[f].length) p.set(f, s.facets[f].join(','));
  if (s.text) p.set('text', s.text);
  return p;
}

/** The whole state as the route's parameters: the filter, then order and page when not the defaults. */
export function listParams(s: PracticeListState): URLSearchParams {
  const p = filterParams(s);
  if (s.sort !== 'TITLE_ASC') p.set('sort', s.sort);
  if (s.page > 1) p.set('page', String(s.page));
  return p;
}

/** The PracticeFilter of the state, for the API. */
export function practiceFilter(s: PracticeListState): Record<string, unknown> {
  const f: Record<string, unknown> = {};
  for (const field of FACET_FIELDS) if (s.facets[field].length) f[field] = s.facets[field];
  if (s.text) f.text = s.text;
  return f;
}
