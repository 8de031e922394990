import type { RequestHandler } from 'express';
import type { Logger } from '../logging/logger';
import { metricsRegistry } from '../metrics/metrics';

/** `GET /metrics`: the process's metrics in Prometheus's text format (see the README). */
export function metricsHandler(logger: Logger): RequestHandler {
  return async (_req, res) => {
    try {
      const body = await metricsRegistry.metrics();
      res.type(metricsRegistry.contentType).send(body);
    } catch (err) {
      logger.error({ err }, 'collecting the metrics failed');
      res.status(500).type('text/plain').send('collecting the metrics failed; it has been logged\n');
    }
  };
}
