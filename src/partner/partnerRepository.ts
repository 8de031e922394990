import type { Executor } from '../db/executor';
import { keysetPage } from '../util/connection';
import { decodeCursor } from '../util/cursor';
import type { PartnerFilterParams, PartnerPage, PartnerRow } from './partnerRow';

/** Reads partners by page; lookups by id go through the loaders. */
export class PartnerRepository {
  constructor(private readonly executor: Executor) {}

  async page(filter: PartnerFilterParams, first: number, after: string | null | undefined): Promise<PartnerPage & { filter: PartnerFilterParams }> {
    const cursor = decodeCursor(after);
    const rows = await this.executor.read<{ sortKey: string; partner: PartnerRow }>('partner/page', { ...filter, after: cursor, limit: first + 1 });
    // The page is by name (the statement's sortKey), as in every partner list.
    return {
      ...keysetPage(
        rows.map((r) => r.partner),
        first,
        cursor,
        'partner',
        (p) => ({ key: p.name, id: p.id }),
      ),
      filter,
    };
  }

  async count(filter: PartnerFilterParams): Promise<number> {
    const [row] = await this.executor.read<{ total: number }>('partner/count', { ...filter });
    return row?.total ?? 0;
  }
}
