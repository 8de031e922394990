import type DataLoader from 'dataloader';
import type { RelatedPage, RelatedPageKey } from '../loaders/relatedPageLoader';
import type { RequestContext } from '../context/requestContext';
import { relatedPage } from '../loaders/relatedPage';
import type { PartnerPage } from './partnerRow';
import type { PartnerRow } from './partnerRow';

/**
 * One page of the partners under a parent (Country.partners), by name: `first` (at most the
 * page size) after `after`, read by the loader that batches every parent of a selection level.
 */
export async function relatedPartners(
  loader: DataLoader<RelatedPageKey, RelatedPage<PartnerRow>, string>,
  parentId: string,
  args: { first?: number | null; after?: string | null },
  ctx: Pick<RequestContext, 'limits' | 'loaders'>,
): Promise<PartnerPage> {
  return relatedPage(
    loader,
    parentId,
    args,
    ctx.limits,
    'partner',
    (x) => ({ key: x.name, id: x.id }),
    (x) => ctx.loaders.partner.prime(x.id, x),
  );
}
