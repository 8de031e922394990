import type { Executor, Params } from '../db/executor';
import type { QueryName } from '../db/queryNames';
import { resultCacheLookups } from '../metrics/metrics';

/**
 * Answers of whole-graph aggregations (coverage matrices, gap tables) change only when the graph
 * does: at a seed load or a curator's write. The server keeps them for `ttlMs` (0 turns the cache
 * off) and forgets them all at every write it serves; another server's writes show after at most
 * `ttlMs`.
 */
export class ResultCache {
  private readonly entries = new Map<string, { at: number; rows: Promise<unknown[]> }>();

  constructor(private readonly ttlMs: number) {}

  /** The rows of `name` with `params`, from the cache when fresh, else read through `executor`. */
  read<T>(executor: Executor, name: QueryName, params: Params = {}): Promise<T[]> {
    if (this.ttlMs <= 0) return executor.read<T>(name, params);
    const key = `${name}\u0000${JSON.stringify(params)}`;
    const hit = this.entries.get(key);
    if (hit && Date.now() - hit.at <= this.ttlMs) {
      resultCacheLookups.inc({ result: 'hit' });
      return hit.rows as Promise<T[]>;
    }
    resultCacheLookups.inc({ result: 'miss' });
    const rows = executor.read<T>(name, params);
    this.entries.set(key, { at: Date.now(), rows });
    // A failed read is not kept: the next request tries again.
    rows.catch(() => {
      if (this.entries.get(key)?.rows === rows) this.entries.delete(key);
    });
    if (this.entries.size > 500) this.entries.delete(this.entries.keys().next().value as string);
    return rows;
  }

  /** Forgets every answer; call after any write. */
  clear(): void {
    this.entries.clear();
  }
}
