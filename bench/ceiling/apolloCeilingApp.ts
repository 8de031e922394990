import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import { makeExecutableSchema } from '@graphql-tools/schema';
import cors from 'cors';
import express, { type Express } from 'express';
import type { ServerOptions } from '../../src/config/serverOptions';
import { createFormatError } from '../../src/errors/formatError';
import type { Logger } from '../../src/logging/logger';
import { jitGateway } from '../../src/server/jitGateway';
import { JSONScalar } from '../../src/server/jsonScalar';
import { metricsPlugin } from '../../src/server/metricsPlugin';
import { queryArmor } from '../../src/server/queryArmor';

/** Root resolvers (the GraphQL floor's) and whether to execute with graphql-jit, as our API does. */
export interface CeilingAppOptions {
  queryResolvers?: Record<string, () => Promise<unknown>>;
  jit?: boolean;
}

/**
 * Apollo Server 5 on Express with the options and the /graphql middleware of
 * src/server/createApolloServer.ts and createApp.ts (armor, error masking, metrics, CSRF
 * prevention, no cache-control hints; CORS and the JSON body parser), but no resolver of ours:
 * the root value holds the recorded answers (or `queryResolvers` fetch them) and default
 * resolvers do the rest. What it costs is what Apollo, Express and graphql-js (or graphql-jit)
 * cost for this answer. Returns the app once Apollo started.
 */
export async function apolloCeilingApp(
  typeDefs: string,
  root: Record<string, unknown>,
  options: ServerOptions,
  logger: Logger,
  { queryResolvers, jit = false }: CeilingAppOptions = {},
): Promise<Express> {
  const armor = queryArmor(options);
  const resolvers = { JSON: JSONScalar, ...(queryResolvers ? { Query: queryResolvers } : {}) };
  const apollo = new ApolloServer({
    ...(jit ? { gateway: jitGateway(makeExecutableSchema({ typeDefs, resolvers })) } : { typeDefs, resolvers, rootValue: root }),
    introspection: options.introspection,
    formatError: createFormatError(logger),
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: options.maxTokens },
    plugins: [...armor.plugins, metricsPlugin(), ApolloServerPluginLandingPageDisabled(), ApolloServerPluginCacheControlDisabled()],
  });
  await apollo.start();
  const app = express();
  app.disable('x-powered-by');
  app.use(
    '/graphql',
    cors({ origin: options.corsOrigins.length ? options.corsOrigins : false }),
    express.json({ limit: options.maxBody }),
    expressMiddleware(apollo, { context: () => Promise.resolve({}) }),
  );
  return app;
}
