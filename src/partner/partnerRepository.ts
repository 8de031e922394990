import type { Executor } from '../db/executor';
import { decodeCursor, encodeCursor } from '../util/cursor';
import type { PartnerFilterParams, PartnerPage, PartnerRow } from './partnerRow';

/** Reads partners by page; lookups by id go through the loaders. */
export class PartnerRepository {
  constructor(private readonly executor: Executor) {}

  async page(filter: PartnerFilterParams, first: number, after: string | null | undefined): Promise<PartnerPage & { filter: PartnerFilterParams }> {
    const cursor = decodeCursor(after);
    const rows = await this.executor.read<{ sortKey: string; partner: PartnerRow }>('partner/page', { ...filter, after: cursor, limit: first + 1 });
    return {
      rows: rows.slice(0, first).map((r) => ({ cursor: encodeCursor({ key: r.sortKey, id: r.partner.id }), partner: r.partner })),
      hasNextPage: rows.length > first,
      hasPreviousPage: cursor !== null,
      filter,
    };
  }

  async count(filter: PartnerFilterParams): Promise<number> {
    const [row] = await this.executor.read<{ total: number }>('partner/count', { ...filter });
    return row?.total ?? 0;
  }
}
