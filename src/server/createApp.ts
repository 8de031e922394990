import express, { type Express, type RequestHandler } from 'express';
import cors from 'cors';
import helmet from 'helmet';
import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import type { ServerOptions } from '../config/serverOptions';
import type { Logger } from '../logging/logger';
import { createRequestContext } from '../context/createRequestContext';
import type { RequestContext, ServerServices } from '../context/requestContext';
import { graphiqlHandler } from './graphiql';
import { healthHandler } from './healthHandler';
import { metricsHandler } from './metricsHandler';
import { reenterRequestScope, requestScopeMiddleware } from './requestScopeMiddleware';
import { httpErrorHandler } from './httpErrors';
import { exportRoutes } from './exportRoutes';
import { webRoutes } from './webRoutes';

/** What the HTTP app needs: a started Apollo server, the shared services and the options. */
export interface AppParts {
  apollo: ApolloServer<RequestContext>;
  services: ServerServices;
  options: ServerOptions;
  logger: Logger;
}

/**
 * The Express app: `/` (the explorer), `/graphql` (API and GraphiQL), `/export/*`, `/health` and
 * `/metrics`. Every request gets an id first (x-request-id, on each of its log lines).
 */
export function createApp({ apollo, services, options, logger }: AppParts): Express {
  const app = express();
  app.disable('x-powered-by');
  app.use(requestScopeMiddleware(logger));
  // GraphiQL inlines its scripts and runs its editor in blob workers; its page gets a policy that allows that.
  if (options.graphiql) {
    app.get(
      '/graphql',
      helmet({
        contentSecurityPolicy: {
          directives: {
            'default-src': ["'self'"],
            'script-src': ["'self'", "'unsafe-inline'", "'unsafe-eval'", 'blob:'],
            'worker-src': ["'self'", 'blob:'],
            'style-src': ["'self'", "'unsafe-inline'"],
            'img-src': ["'self'", 'data:'],
            'font-src': ["'self'", 'data:'],
          },
        },
      }),
      graphiqlHandler('/graphql'),
    );
  }
  // The API first: a query then runs no page or export route and no helmet (about 13 % of the
  // server's CPU on small answers when they ran); its JSON needs none of the page's policies.
  app.use(
    '/graphql',
    ...graphqlPreamble(options),
    reenterRequestScope,
    expressMiddleware(apollo, { context: ({ req }) => Promise.resolve(createRequestContext(services, { authorization: req.headers.authorization })) }),
  );
  app.get('/health', healthHandler(services.executor, logger));
  app.get('/metrics', metricsHandler(logger));
  app.use(exportRoutes(services, logger));
  // The explorer's own scripts only: no inline script, nothing from another origin.
  app.use(
    '/',
    helmet({
      contentSecurityPolicy: {
        directives: { 'default-src': ["'self'"], 'img-src': ["'self'", 'data:', 'blob:'], 'connect-src': ["'self'"], 'style-src': ["'self'"] },
      },
    }),
    webRoutes(),
  );
  app.use(httpErrorHandler(logger));
  return app;
}

/**
 * What runs on `/graphql` before Apollo: CORS only when origins are configured (with none, the
 * cors middleware would do nothing but cost a call), the body limit, and nosniff, the one
 * helmet header that matters for a JSON answer.
 */
function graphqlPreamble(options: ServerOptions): RequestHandler[] {
  const nosniff: RequestHandler = (_req, res, next) => {
    res.setHeader('x-content-type-options', 'nosniff');
    next();
  };
  return [...(options.corsOrigins.length ? [cors({ origin: options.corsOrigins })] : []), nosniff, express.json({ limit: options.maxBody })];
}
