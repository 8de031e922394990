import type { Executor } from '../db/executor';

/** Options for {@link prepareGraph}. */
export interface PrepareOptions {
  loadSeed: boolean;
  log?: (msg: string) => void;
}

/** Makes the database ready to serve: constraints and indexes first, then the seed graph. */
export async function prepareGraph(executor: Executor, opts: PrepareOptions): Promise<void> {
  await executor.runSchema('schema/constraints');
  opts.log?.('schema applied');
}
