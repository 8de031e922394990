import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import express, { type Router } from 'express';
import { CodedError } from '../errors/domainErrors';
import { ErrorCode } from '../errors/errorCodes';
import { EXPORT_FORMATS, exportChunks, type ExportFormat } from '../export/exportFormats';
import { filterFromQuery } from '../export/filterFromQuery';
import type { Logger } from '../logging/logger';
import { practiceFilterParams } from '../practice/practiceFilter';
import type { ServerServices } from '../context/requestContext';

// The HTTP status of an export refused before its body started; any other failure is a 500.
const EXPORT_ERROR_STATUS: Partial<Record<string, number>> = {
  [ErrorCode.BAD_USER_INPUT]: 400,
  [ErrorCode.NOT_FOUND]: 400,
  [ErrorCode.DATABASE_UNAVAILABLE]: 503,
};

const ROUTES: Array<[string, ExportFormat]> = [
  ['/export/practices.csv', 'csv'],
  ['/export/graph.graphml', 'graphml'],
  ['/export/graph.gexf', 'gexf'],
  ['/export/graph.jsonld', 'jsonld'],
];

/** The pieces of `rest` after `first`, the piece already read. */
async function* resume(first: string, rest: AsyncIterator<string>): AsyncGenerator<string, void, undefined> {
  yield first;
  for (let next = await rest.next(); !next.done; next = await rest.next()) yield next.value;
}

/**
 * GET /export/*: the exports, filtered by the PracticeFilter given as query parameters, streamed
 * (chunked) as the database streams the rows. The first piece is read before the headers are
 * sent, so a bad filter or a failing statement still gets a coded JSON error and its status; a
 * failure after that can only cut the response short (the client sees an incomplete transfer).
 */
export function exportRoutes(services: ServerServices, logger: Logger): Router {
  const router = express.Router();
  for (const [route, format] of ROUTES) {
    router.get(route, async (req, res) => {
      let chunks: AsyncGenerator<string, void, undefined> | undefined;
      try {
        const params = practiceFilterParams(filterFromQuery(req.query), await services.reference.get(), 'query');
        chunks = exportChunks(format, services.executor, params);
        const first = await chunks.next();
        res.type(EXPORT_FORMATS[format].type).attachment(EXPORT_FORMATS[format].file);
        if (first.done) return void res.end();
        const body = Readable.from(resume(first.value, chunks));
        chunks = undefined;
        try {
          await pipeline(body, res);
        } catch (err) {
          // The client went away (the rest of the result is cancelled), or the statement failed
          // mid-way (pipeline has destroyed the response, so the transfer shows as incomplete).
          if (res.destroyed && (err as NodeJS.ErrnoException).code === 'ERR_STREAM_PREMATURE_CLOSE') logger.info({ route }, 'export abandoned by the client');
          else logger.error({ err, route }, 'export failed after it started');
        }
      } catch (err) {
        await chunks?.return();
        const code = err instanceof CodedError ? String(err.extensions.code) : ErrorCode.INTERNAL_SERVER_ERROR;
        const status = EXPORT_ERROR_STATUS[code] ?? 500;
        if (status === 500) logger.error({ err }, 'export failed');
        // A coded error goes out as GraphQL would send it (its argument path included); others are masked.
        res.status(status).json({
          errors: [
            status === 500 || !(err instanceof CodedError)
              ? { message: 'Internal server error; it has been logged.', extensions: { code } }
              : { message: err.message, extensions: { ...err.extensions, code } },
          ],
        });
      }
    });
  }
  return router;
}
