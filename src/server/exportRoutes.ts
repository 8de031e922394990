import express, { type Router } from 'express';
import { CodedError } from '../errors/domainErrors';
import { ErrorCode } from '../errors/errorCodes';
import { EXPORT_FORMATS, renderExport, type ExportFormat } from '../export/exportFormats';
import { filterFromQuery } from '../export/filterFromQuery';
import type { Logger } from '../logging/logger';
import { practiceFilterParams } from '../practice/practiceFilter';
import type { ServerServices } from './context';

const ROUTES: Array<[string, ExportFormat]> = [
  ['/export/practices.csv', 'csv'],
  ['/export/graph.graphml', 'graphml'],
  ['/export/graph.gexf', 'gexf'],
  ['/export/graph.jsonld', 'jsonld'],
];

/** GET /export/*: the exports, filtered by the PracticeFilter given as query parameters. */
export function exportRoutes(services: ServerServices, logger: Logger): Router {
  const router = express.Router();
  for (const [route, format] of ROUTES) {
    router.get(route, async (req, res) => {
      try {
        const params = practiceFilterParams(filterFromQuery(req.query as Record<string, unknown>), await services.reference.get(), 'query');
        const body = await renderExport(format, services.executor, params);
        res.type(EXPORT_FORMATS[format].type).attachment(EXPORT_FORMATS[format].file).send(body);
      } catch (err) {
        const code = err instanceof CodedError ? String(err.extensions.code) : ErrorCode.INTERNAL_SERVER_ERROR;
        const status = code === ErrorCode.BAD_USER_INPUT || code === ErrorCode.NOT_FOUND ? 400 : code === ErrorCode.DATABASE_UNAVAILABLE ? 503 : 500;
        if (status === 500) logger.error({ err }, 'export failed');
        // A coded error goes out as GraphQL would send it (its argument path included); others are masked.
        res.status(status).json({ errors: [status === 500 || !(err instanceof CodedError) ? { message: 'Internal server error; it has been logged.', extensions: { code } } : { message: err.message, extensions: { ...err.extensions, code } }] });
      }
    });
  }
  return router;
}
