import type { RequestHandler } from 'express';
import type { Executor } from '../db/executor';
import { DatabaseUnavailableError } from '../errors/domainErrors';
import { ErrorCode } from '../errors/errorCodes';
import type { Logger } from '../logging/logger';

/**
 * `GET /health`: 200 with the database's version and node and relationship counts when it
 * answers; 503 with DATABASE_UNAVAILABLE and a generic message when it does not (anyone may ask,
 * so the driver's own words, which can name hosts and databases, go to the log only). Never throws.
 */
export function healthHandler(executor: Executor, logger: Logger): RequestHandler {
  return async (_req, res) => {
    try {
      const facts = await executor.serverFacts();
      const [counts] = await executor.read<{ nodes: number; relationships: number }>('health/counts');
      res.json({
        status: 'ok',
        database: {
          reachable: true,
          version: facts.version,
          edition: facts.edition,
          name: executor.database,
          nodes: counts?.nodes ?? 0,
          relationships: counts?.relationships ?? 0,
        },
      });
    } catch (err) {
      logger.warn({ err }, 'health check: the database did not answer');
      res.status(503).json({
        status: 'unavailable',
        database: { reachable: false, name: executor.database, code: ErrorCode.DATABASE_UNAVAILABLE, error: new DatabaseUnavailableError().message },
      });
    }
  };
}
