import type DataLoader from 'dataloader';
import type { RelatedPage, RelatedPageKey } from '../loaders/relatedPageLoader';
import type { RequestContext } from '../context/requestContext';
import { keysetPage, textKeyPageArgs } from '../util/connection';
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
  const { first, after } = textKeyPageArgs(args, ctx.limits);
  const { rows, total } = await loader.load({ id: parentId, first, after });
  const page = keysetPage(rows, first, after, 'partner', (x) => ({ key: x.name, id: x.id }));
  for (const { partner } of page.rows) ctx.loaders.partner.prime(partner.id, partner);
  return { ...page, total };
}
