import DataLoader from 'dataloader';
import type { Executor } from '../db/executor';
import type { QueryName } from '../db/queryNames';
import type { CursorValue } from '../util/cursor';

/** One page of a parent's list (Theme.practices, Country.partners, ...): `first` rows after `after`. */
export interface RelatedPageKey {
  id: string;
  first: number;
  after: CursorValue | null;
}

/** What the statement read for one key: up to `first + 1` rows (one more tells a next page), and the list's length. */
export interface RelatedPage<R> {
  rows: R[];
  total: number;
}

/**
 * A DataLoader of pages of a list under each parent. A batch is one statement per distinct
 * `first` (LIMIT takes a parameter, not a per-row value; a selection level has one), run with
 * `{keys: [{i, id, after}], limit}`; the statement returns `i`, `rows` and `total` per key it
 * finds. A parent the graph does not hold gets an empty page.
 */
export function relatedPageLoader<R>(executor: Executor, name: QueryName): DataLoader<RelatedPageKey, RelatedPage<R>, string> {
  return new DataLoader<RelatedPageKey, RelatedPage<R>, string>(
    async (keys) => {
      const byFirst = new Map<number, number[]>();
      keys.forEach((k, i) => byFirst.set(k.first, [...(byFirst.get(k.first) ?? []), i]));
      const pages: Array<RelatedPage<R>> = keys.map(() => ({ rows: [], total: 0 }));
      await Promise.all(
        [...byFirst].map(async ([first, indexes]) => {
          const rows = await executor.read<{ i: number; rows: R[]; total: number }>(name, {
            keys: indexes.map((i) => ({ i, id: keys[i]!.id, after: keys[i]!.after })),
            limit: first + 1,
          });
          for (const row of rows) pages[row.i] = { rows: row.rows, total: row.total };
        }),
      );
      return pages;
    },
    { cacheKeyFn: (k) => JSON.stringify([k.id, k.first, k.after?.key ?? null, k.after?.id ?? null]) },
  );
}
