import type { Executor } from '../db/executor';
import { buildLoadPlan } from './buildLoadPlan';
import { loadGraph, type LoadReport } from './loadGraph';

/** Options for {@link prepareGraph}. */
export interface PrepareOptions {
  loadSeed: boolean;
  force?: boolean;
  /** A seeds folder other than the project's (tests use copies). */
  seedsDir?: string;
  log?: (msg: string) => void;
}

/**
 * Makes the database ready to serve: constraints and indexes first, then the seed graph. The
 * seeds are read and checked completely before the database is touched.
 */
export async function prepareGraph(executor: Executor, opts: PrepareOptions): Promise<LoadReport | undefined> {
  await executor.runSchema('schema/constraints');
  opts.log?.('schema applied (constraints, indexes, full-text indexes)');
  if (!opts.loadSeed) return undefined;
  const plan = buildLoadPlan({ seedsDir: opts.seedsDir });
  const report = await loadGraph(executor, plan, { force: opts.force });
  opts.log?.(report.skipped ? 'seed graph already loaded (seed files unchanged)' : `seed graph loaded: ${report.rows} rows in ${report.seconds.toFixed(1)} s`);
  return report;
}
