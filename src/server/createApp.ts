import express, { type Express } from 'express';
import { expressMiddleware } from '@as-integrations/express5';
import type { ApolloServer } from '@apollo/server';
import type { Executor } from '../db/executor';
import { createRequestContext, type RequestContext } from './context';
import { graphiqlHandler } from './graphiql';
import { healthHandler } from './healthHandler';

/** What the HTTP app needs: a started Apollo server and the executor. */
export interface AppParts {
  apollo: ApolloServer<RequestContext>;
  executor: Executor;
  graphiql?: boolean;
}

/** The Express app: `/graphql` (API and GraphiQL) and `/health`. */
export function createApp({ apollo, executor, graphiql = true }: AppParts): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/health', healthHandler(executor));
  if (graphiql) app.get('/graphql', graphiqlHandler('/graphql'));
  app.use(
    '/graphql',
    express.json({ limit: '100kb' }),
    expressMiddleware(apollo, { context: async () => createRequestContext(executor) }),
  );
  return app;
}
