import crypto from 'node:crypto';
import type { Executor, TxRunner } from '../db/executor';
import type { QueryName } from '../db/queryNames';
import { readBackingRule, rederiveBackings } from '../backing/rederiveBackings';
import { applyCurated } from './applyCurated';
import { inParallel } from './inParallel';
import type { LoadPlan, Rows } from './buildLoadPlan';

/** Counts of what a load wrote. */
export interface LoadReport {
  skipped: boolean;
  rows: number;
  seconds: number;
}

/** Options for {@link loadGraph}. */
export interface LoadOptions {
  /** Load even when the seeds' fingerprint matches the last load. */
  force?: boolean;
  /** Rows per UNWIND batch. */
  batchSize?: number;
  /** Called after each batch with the rows done and the total. */
  onProgress?: (done: number, total: number, step: string) => void;
  timeoutMs?: number;
  /**
   * Commit each batch in its own transaction instead of one for the whole load. Only for
   * generated benchmark graphs too large for one transaction's memory: a failure then leaves
   * the batches before it.
   */
  transactionPerBatch?: boolean;
  /** Practices per derivation transaction of a `transactionPerBatch` load. */
  deriveBatchSize?: number;
  /** Called when a batch of a `transactionPerBatch` load is rolled back by a transient error (a deadlock) and run again. */
  onRetry?: (err: unknown) => void;
}

// Nodes before the relationships that need them; the order is the dependency order.
const STEPS: Array<[keyof LoadPlan['rows'], QueryName]> = [
  ['documents', 'load/documents'],
  ['countries', 'load/countries'],
  ['themes', 'load/themes'],
  ['groups', 'load/groups'],
  ['stages', 'load/stages'],
  ['objectives', 'load/objectives'],
  ['guidingPrinciples', 'load/guidingPrinciples'],
  ['targets', 'load/targets'],
  ['relatesTo', 'load/relatesTo'],
  ['instruments', 'load/instruments'],
  ['provisions', 'load/provisions'],
  ['interprets', 'load/interprets'],
  ['supplements', 'load/supplements'],
  ['partners', 'load/partners'],
  ['practices', 'load/practices'],
  ['implementedBy', 'load/implementedBy'],
  ['concerns', 'load/concerns'],
  ['mentions', 'load/mentions'],
  ['partnersWith', 'load/partnersWith'],
  ['addresses', 'load/addresses'],
  ['benefits', 'load/benefits'],
  ['atStage', 'load/atStage'],
  ['supports', 'load/supports'],
  ['contributesTo', 'load/contributesTo'],
  ['statements', 'load/statements'],
  ['speaksOf', 'load/speaksOf'],
  ['grounds', 'load/grounds'],
  ['cites', 'load/cites'],
  ['contributors', 'load/contributors'],
  ['ratifications', 'load/ratifications'],
];

async function runBatched(tx: TxRunner, name: QueryName, rows: Rows, batchSize: number, stamp: string, after: (n: number) => void): Promise<void> {
  for (let i = 0; i < rows.length; i += batchSize) {
    const batch = rows.slice(i, i + batchSize);
    await tx.run(name, { rows: batch, stamp });
    after(batch.length);
  }
}

/**
 * Loads a plan in one write transaction: UNWIND-batched MERGEs, each write stamped, then a sweep
 * of what the previous load of the same seed files made and this one did not. Either all of it commits or none of it does, so a failure
 * leaves the database as it was. A plan whose fingerprint matches the last load is skipped.
 */
export async function loadGraph(executor: Executor, plan: LoadPlan, opts: LoadOptions = {}): Promise<LoadReport> {
  const started = Date.now();
  if (!opts.force) {
    const [state] = await executor.read<{ fingerprint: string | null }>('load/readState');
    if (state?.fingerprint === plan.fingerprint) return { skipped: true, rows: 0, seconds: 0 };
  }
  // The backings step counts one per practice.
  const total = STEPS.reduce((n, [key]) => n + plan.rows[key].length, 0) + plan.rows.practices.length;
  const stamp = crypto.randomUUID();
  let done = 0;
  if (opts.transactionPerBatch) {
    for (const [key, name] of STEPS) {
      await inParallel(
        batchesOf(plan.rows[key], opts.batchSize ?? 5_000),
        (batch) => executor.writeTransaction((tx) => tx.run(name, { rows: batch, stamp }), opts.timeoutMs ?? 600_000),
        (batch) => {
          done += batch.length;
          opts.onProgress?.(done, total, key);
        },
        opts.onRetry,
      );
    }
    await executor.writeTransaction(async (tx) => {
      if (plan.curated) await applyCurated(tx, plan.curated);
      await tx.run('load/sweepStale', { files: plan.files, stamp });
    }, opts.timeoutMs ?? 600_000);
    // No rows of its own, but reported so a benchmark can tell the sweep's time from the backings'.
    opts.onProgress?.(done, total, 'sweep');
    await deriveBackingsInBatches(executor, opts, (n, step) => {
      done += n;
      opts.onProgress?.(done, total, step);
    });
    await executor.writeTransaction((tx) => tx.run('load/countryThemeCells', { asOf: null }), opts.timeoutMs ?? 600_000);
    await executor.writeTransaction((tx) => tx.run('load/writeState', { fingerprint: plan.fingerprint, files: plan.files }), opts.timeoutMs ?? 600_000);
    return { skipped: false, rows: total, seconds: (Date.now() - started) / 1000 };
  }
  await executor.writeTransaction(async (tx) => {
    for (const [key, name] of STEPS) {
      await runBatched(tx, name, plan.rows[key], opts.batchSize ?? 5_000, stamp, (n) => {
        done += n;
        opts.onProgress?.(done, total, key);
      });
    }
    // The curators' exported work after the paper's seeds, before the sweep (which keeps what they touched).
    if (plan.curated) await applyCurated(tx, plan.curated);
    await tx.run('load/sweepStale', { files: plan.files, stamp });
    // The derived facts last, from the edges as they now stand (see src/backing/backingRule.ts).
    await rederiveBackings(tx, { practiceIds: null, withThemes: true });
    done += plan.rows.practices.length;
    opts.onProgress?.(done, total, 'backings');
    await tx.run('load/countryThemeCells', { asOf: null });
    await tx.run('load/writeState', { fingerprint: plan.fingerprint, files: plan.files });
  }, opts.timeoutMs ?? 600_000);
  return { skipped: false, rows: total, seconds: (Date.now() - started) / 1000 };
}

/** Practices per derivation transaction: small enough that both sessions stay busy to the end. */
const DERIVE_BATCH = 1_000;

/**
 * A step's rows in batches of about `size`, a batch ending only where the next row's `from`
 * differs: all of one node's rows are in one batch, so two sessions never MERGE the same
 * relationship (which could make it twice).
 */
function batchesOf(rows: Rows, size: number): Rows[] {
  const from = (row: Rows[number] | undefined) => (row as { from?: unknown } | undefined)?.from;
  const batches: Rows[] = [];
  let start = 0;
  while (start < rows.length) {
    let end = Math.min(start + size, rows.length);
    while (end < rows.length && from(rows[end]) !== undefined && from(rows[end]) === from(rows[end - 1])) end += 1;
    batches.push(rows.slice(start, end));
    start = end;
  }
  return batches;
}

/**
 * The backings of a graph too large for one transaction: themes and every practice of the
 * database (curated ones included), a batch of practices per transaction, in parallel. Only for
 * `transactionPerBatch` loads.
 */
async function deriveBackingsInBatches(executor: Executor, opts: LoadOptions, after: (n: number, step: string) => void): Promise<void> {
  const timeout = opts.timeoutMs ?? 600_000;
  const ids = (await executor.read<{ id: string }>('practice/allIds')).map((r) => r.id);
  // The reference side is read once: nothing else writes while the load runs.
  const rule = await executor.writeTransaction(async (tx) => {
    const read = await readBackingRule(tx);
    await rederiveBackings(tx, { practiceIds: [], withThemes: true }, read);
    return read;
  }, timeout);
  after(0, 'themeBackings');
  const size = opts.deriveBatchSize ?? DERIVE_BATCH;
  const batches: string[][] = [];
  for (let i = 0; i < ids.length; i += size) batches.push(ids.slice(i, i + size));
  await inParallel(
    batches,
    (batch) => executor.writeTransaction((tx) => rederiveBackings(tx, { practiceIds: batch, withThemes: false }, rule), timeout),
    (batch) => after(batch.length, 'backings'),
    opts.onRetry,
  );
}
