import type { PartnerKind, PracticeFilter } from '../generated/graphql';

const LIST_KEYS = ['countries', 'involvedCountries', 'themes', 'instruments', 'partners', 'partnerKinds', 'groups', 'stages', 'objectives', 'targets'] as const;

/**
 * A PracticeFilter from query parameters or command-line options: each list as a comma-separated
 * value or repeated (`?themes=health,violence` or `?themes=health&themes=violence`), and `text`.
 * Nothing is checked here, partner kinds included: practiceFilterParams checks every field.
 */
export function filterFromQuery(query: Record<string, unknown>): PracticeFilter {
  const filter: PracticeFilter = {};
  for (const key of LIST_KEYS) {
    const raw = query[key];
    const values = (Array.isArray(raw) ? raw : raw === undefined ? [] : [raw])
      .flatMap((v) => String(v).split(','))
      .map((v) => v.trim())
      .filter(Boolean);
    if (values.length === 0) continue;
    if (key === 'partnerKinds') filter.partnerKinds = values as PartnerKind[];
    else filter[key] = values;
  }
  if (typeof query.text === 'string' && query.text.trim()) filter.text = query.text;
  return filter;
}
