import type DataLoader from 'dataloader';
import type { Limits } from '../config/limits';
import { keysetPage, textKeyPageArgs } from '../util/connection';
import type { CursorValue } from '../util/cursor';
import type { RelatedPage, RelatedPageKey } from './relatedPageLoader';

/**
 * One page of the rows under a parent (Theme.practices, Country.partners, ...) by a text key:
 * `first` (at most the page size) after `after`, read by the loader that batches every parent
 * of a selection level into one statement. Each row is handed to `prime` (the per-request
 * cache of its type), so a later lookup by id costs nothing.
 */
export async function relatedPage<R, F extends string>(
  loader: DataLoader<RelatedPageKey, RelatedPage<R>, string>,
  parentId: string,
  args: { first?: number | null; after?: string | null },
  limits: Pick<Limits, 'maxPageSize'>,
  field: F,
  keyOf: (row: R) => CursorValue,
  prime: (row: R) => void,
) {
  const { first, after } = textKeyPageArgs(args, limits);
  const { rows, total } = await loader.load({ id: parentId, first, after });
  const page = keysetPage(rows, first, after, field, keyOf);
  for (const row of rows.slice(0, first)) prime(row);
  return { ...page, total };
}
