import type { Executor } from '../db/executor';
import { createLoaders, type Loaders } from '../loaders/createLoaders';

/** What every resolver receives: the request's own executor and loaders. */
export interface RequestContext {
  executor: Executor;
  loaders: Loaders;
  /** Statements sent to the database while serving this request. */
  roundTrips: { count: number };
}

/** Builds a fresh context per request, so DataLoader caches never outlive a request. */
export function createRequestContext(base: Executor): RequestContext {
  const roundTrips = { count: 0 };
  const executor = base.withObserver(() => {
    roundTrips.count += 1;
  });
  return { executor, loaders: createLoaders(executor), roundTrips };
}
