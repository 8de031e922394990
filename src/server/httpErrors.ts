import type { ErrorRequestHandler } from 'express';
import { ErrorCode } from '../errors/errorCodes';
import type { Logger } from '../logging/logger';

/**
 * Errors that happen before GraphQL sees the request (a body too large, malformed JSON) get a
 * GraphQL-shaped JSON answer with a code, not Express's HTML error page. Anything else is a 500
 * with a generic message, logged whole.
 */
export function httpErrorHandler(logger: Logger): ErrorRequestHandler {
  return (err: { status?: number; type?: string; message?: string }, _req, res, _next) => {
    const status = err.status && err.status >= 400 && err.status < 500 ? err.status : 500;
    const code =
      err.type === 'entity.too.large'
        ? ErrorCode.PAYLOAD_TOO_LARGE
        : err.type === 'entity.parse.failed'
          ? ErrorCode.BAD_REQUEST
          : status < 500
            ? ErrorCode.BAD_REQUEST
            : ErrorCode.INTERNAL_SERVER_ERROR;
    if (status >= 500) logger.error({ err }, 'unexpected HTTP error');
    const message =
      code === ErrorCode.PAYLOAD_TOO_LARGE
        ? 'The request body is larger than the server accepts (KG_MAX_BODY).'
        : code === ErrorCode.BAD_REQUEST
          ? `The request could not be read: ${err.message ?? 'bad request'}`
          : 'Internal server error; it has been logged.';
    res.status(status).json({ errors: [{ message, extensions: { code } }] });
  };
}
