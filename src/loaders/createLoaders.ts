import type { Executor } from '../db/executor';

/** The per-request DataLoaders, one per batched lookup. */
export interface Loaders {}

/** Creates the loaders for one request; each batch is one `UNWIND $ids` statement. */
export function createLoaders(_executor: Executor): Loaders {
  return {};
}
