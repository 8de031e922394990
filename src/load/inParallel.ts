import { isTransientFailure } from '../db/executor';

/**
 * Transactions of a batched load at once. Two sessions let the derivation's batches overlap its
 * reading, deriving and committing; for the catalogue's steps they measured no gain over one
 * (README "Load"), and on two cores a third would only queue.
 */
export const LOAD_SESSIONS = 2;
const DEADLOCK_RETRIES = 5;

/**
 * Runs `write` on every batch, `sessions` at a time, each batch its own transaction, and `after`
 * once a batch is written. Batches that write relationships onto the same shared node (a theme,
 * an instrument) may deadlock; Neo4j then rolls one back, and it is run again (`onRetry`): a
 * write must be safe to repeat (a MERGE, a CREATE rolled back, a derivation that clears first).
 * On a failure the other sessions stop after their current batch, and the failure is thrown.
 */
export async function inParallel<T>(
  batches: T[],
  write: (batch: T) => Promise<unknown>,
  after: (batch: T) => void,
  onRetry?: (err: unknown) => void,
  sessions = LOAD_SESSIONS,
): Promise<void> {
  const queue = [...batches];
  const attempt = async (batch: T): Promise<void> => {
    for (let tries = 0; ; tries += 1) {
      try {
        await write(batch);
        return;
      } catch (err) {
        if (!isTransientFailure(err) || tries >= DEADLOCK_RETRIES) throw err;
        onRetry?.(err);
      }
    }
  };
  const worker = async (): Promise<void> => {
    for (let batch = queue.shift(); batch; batch = queue.shift()) {
      try {
        await attempt(batch);
      } catch (err) {
        queue.length = 0;
        throw err;
      }
      after(batch);
    }
  };
  const outcomes = await Promise.allSettled(Array.from({ length: sessions }, worker));
  const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (failed) throw failed.reason;
}
