import { randomUUID } from 'node:crypto';
import type { RequestHandler, Response } from 'express';
import type { Logger } from '../logging/logger';
import { runInRequestScope, type RequestScope } from '../logging/requestScope';
import { httpDuration } from '../metrics/metrics';

/** The header that carries a request's id, in and out. */
export const REQUEST_ID_HEADER = 'x-request-id';

// An id a proxy or client sent is kept, so its logs and ours join up; anything else is replaced.
const ACCEPTED_ID = /^[\w.:-]{1,128}$/;

function routeOf(path: string): string {
  if (path === '/graphql') return 'graphql';
  if (path.startsWith('/export/')) return 'export';
  if (path === '/health' || path === '/metrics') return path.slice(1);
  if (path === '/' || /^\/[\w.-]+\.(js|css|map)$/.test(path)) return 'web';
  return 'other';
}

const scopeOf = (res: Response): RequestScope | undefined => (res.locals as { scope?: RequestScope }).scope;

/**
 * First in the app: gives the request an id (the client's x-request-id when it is a plain
 * token, else a new UUID), returns it in the same header, runs the rest of the request in a scope
 * that puts it on every log line, and when the response is sent, logs one line for it and
 * times it by route and status (kg_http_request_duration_seconds).
 */
export function requestScopeMiddleware(logger: Logger): RequestHandler {
  return (req, res, next) => {
    const sent = req.get(REQUEST_ID_HEADER);
    const scope: RequestScope = { requestId: sent && ACCEPTED_ID.test(sent) ? sent : randomUUID() };
    (res.locals as { scope?: RequestScope }).scope = scope;
    res.setHeader(REQUEST_ID_HEADER, scope.requestId);
    // Taken now: inside a mounted router (such as /graphql) req.path is the rest of the path, '/'.
    const path = req.path;
    const route = routeOf(path);
    const done = httpDuration.startTimer({ method: req.method, route });
    const started = Date.now();
    // Below the info level the line would be built and dropped: neither is done.
    const logs = logger.isLevelEnabled('info');
    res.once('finish', () => {
      done({ status: String(res.statusCode) });
      if (logs) runInRequestScope(scope, () => logger.info({ method: req.method, path, status: res.statusCode, ms: Date.now() - started }, 'request'));
    });
    runInRequestScope(scope, next);
  };
}

/**
 * Enters the request's scope again. Body parsing resumes in the socket's callbacks, outside the
 * scope, so the middleware after it (the GraphQL handler) is put back inside.
 */
export const reenterRequestScope: RequestHandler = (_req, res, next) => {
  const scope = scopeOf(res);
  if (scope) runInRequestScope(scope, next);
  else next();
};
