import type DataLoader from 'dataloader';
import type { RelatedPage, RelatedPageKey } from '../loaders/relatedPageLoader';
import type { RequestContext } from '../context/requestContext';
import { relatedPage } from '../loaders/relatedPage';
import type { PracticeConnectionRow } from './practiceConnection';
import type { PracticeRow } from './practiceRow';

/** The loaders of the practice lists under a parent (Theme.practices, Country.practices, ...). */
export type RelatedPracticesLoader = DataLoader<RelatedPageKey, RelatedPage<PracticeRow>, string>;

/**
 * One page of the practices under a parent, by title: `first` (at most the page size) after
 * `after`, read by the parent type's loader, which batches every parent of a selection level
 * into one statement. The practices prime the practice loader.
 */
export async function relatedPractices(
  loader: RelatedPracticesLoader,
  parentId: string,
  args: { first?: number | null; after?: string | null },
  ctx: Pick<RequestContext, 'limits' | 'loaders'>,
): Promise<PracticeConnectionRow> {
  return relatedPage(
    loader,
    parentId,
    args,
    ctx.limits,
    'practice',
    (p) => ({ key: p.title, id: p.id }),
    (p) => ctx.loaders.practice.prime(p.id, p),
  );
}
