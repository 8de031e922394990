import DataLoader from 'dataloader';
import type { Executor, Params } from '../db/executor';
import type { QueryName } from '../db/queryNames';

/**
 * A DataLoader whose batch is one statement run with `{ids}` (an `UNWIND $ids` query returning
 * a row per id with an `id` column). Values come back in key order; an id with no row gets
 * `missing` (the DataLoader contract: same length, same order).
 */
export function keyedLoader<V, R extends { id: string }>(
  executor: Executor,
  name: QueryName,
  pick: (row: R) => V,
  missing: V,
  extraParams: Params = {},
): DataLoader<string, V> {
  return new DataLoader<string, V>(async (ids) => {
    const rows = await executor.read<R>(name, { ...extraParams, ids: [...ids] });
    const byId = new Map(rows.map((r) => [r.id, pick(r)]));
    return ids.map((id) => (byId.has(id) ? byId.get(id)! : missing));
  });
}
