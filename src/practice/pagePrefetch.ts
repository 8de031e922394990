import type { GraphQLResolveInfo } from 'graphql';
import type { Loaders } from '../loaders/createLoaders';
import { fieldsAt } from '../util/selects';
import type { PracticePage, PracticePrefetch } from './practiceRepository';

const NODE = ['PracticeConnection', 'edges', 'PracticeEdge', 'node', 'Practice'] as const;

// Fields of Practice answered without its row: the id, the title (always fetched, the cursor's
// key) and the lists the page fetches or loaders read by id.
const ROW_FREE = new Set([
  '__typename',
  'id',
  'title',
  'countries',
  'concerns',
  'mentions',
  'partners',
  'themes',
  'groups',
  'stages',
  'objectives',
  'targets',
  'links',
  'backedBy',
]);

/** Whether a selection of Practice fields needs the practice's row, not only its id and title. */
export const needsRow = (asked: ReadonlySet<string>): boolean => [...asked].some((f) => !ROW_FREE.has(f));

/**
 * What a practices page's selection asks for under `edges.node` (fragments included), so that
 * the page statement fetches it too, and only it, instead of a loader round trip per level.
 */
export function pagePrefetch(info: GraphQLResolveInfo): PracticePrefetch {
  const asked = fieldsAt(info, ...NODE);
  const partnerFields = asked.has('partners') ? fieldsAt(info, ...NODE, 'partners', 'Partner') : new Set<string>();
  const onlyPartnerIds = [...partnerFields].every((f) => f === 'id' || f === '__typename');
  return {
    row: needsRow(asked),
    with: {
      implementedBy: asked.has('countries'),
      concerns: asked.has('concerns'),
      mentions: asked.has('mentions'),
      partners: asked.has('partners') && !onlyPartnerIds,
      partnerIds: asked.has('partners') && onlyPartnerIds,
      themes: asked.has('themes'),
      groups: asked.has('groups'),
      stages: asked.has('stages'),
      objectives: asked.has('objectives'),
      targets: asked.has('targets'),
    },
  };
}

/**
 * Hands whole rows the page brought along to the request's loaders, which then need no
 * statement; a partial row (only what this selection asked for) stays with its page.
 */
export function primeLoaders(page: PracticePage, loaders: Loaders): void {
  for (const row of page.rows) if (row.complete) loaders.practice.prime(row.practice.id, row.practice);
}
