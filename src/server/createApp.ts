import express, { type Express } from 'express';
import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import { createRequestContext, type RequestContext, type ServerServices } from './context';
import { graphiqlHandler } from './graphiql';
import { healthHandler } from './healthHandler';
import { webRoutes } from './webRoutes';

/** What the HTTP app needs: a started Apollo server and the shared services. */
export interface AppParts {
  apollo: ApolloServer<RequestContext>;
  services: ServerServices;
  graphiql?: boolean;
}

/** The Express app: `/` (the explorer), `/graphql` (API and GraphiQL) and `/health`. */
export function createApp({ apollo, services, graphiql = true }: AppParts): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', healthHandler(services.executor));
  app.use(webRoutes());
  if (graphiql) app.get('/graphql', graphiqlHandler('/graphql'));
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, { context: async () => createRequestContext(services) }),
  );
  return app;
}
