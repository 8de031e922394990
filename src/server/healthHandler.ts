import type { RequestHandler } from 'express';
import type { Executor } from '../db/executor';

/**
 * `GET /health`: 200 with the database's version and node and relationship counts when it
 * answers, 503 with the reason when it does not. Never throws.
 */
export function healthHandler(executor: Executor): RequestHandler {
  return async (_req, res) => {
    try {
      const facts = await executor.serverFacts();
      const [counts] = await executor.read<{ nodes: number; relationships: number }>('health/counts');
      res.json({
        status: 'ok',
        database: { reachable: true, version: facts.version, edition: facts.edition, name: executor.database, nodes: counts?.nodes ?? 0, relationships: counts?.relationships ?? 0 },
      });
    } catch (err) {
      res.status(503).json({
        status: 'unavailable',
        database: { reachable: false, name: executor.database, error: err instanceof Error ? err.message : String(err) },
      });
    }
  };
}
