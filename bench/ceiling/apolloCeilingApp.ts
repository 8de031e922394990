import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import cors from 'cors';
import express, { type Express } from 'express';
import type { ServerOptions } from '../../src/config/serverOptions';
import { createFormatError } from '../../src/errors/formatError';
import type { Logger } from '../../src/logging/logger';
import { JSONScalar } from '../../src/server/jsonScalar';
import { metricsPlugin } from '../../src/server/metricsPlugin';
import { queryArmor } from '../../src/server/queryArmor';

/**
 * Apollo Server 5 on Express with the options and the /graphql middleware of
 * src/server/createApolloServer.ts and createApp.ts (armor, error masking, metrics, CSRF
 * prevention, no cache-control hints; CORS and the JSON body parser), but no resolver of ours:
 * the root value holds the recorded answers and default resolvers do the rest. What it costs is
 * what Apollo, Express and graphql-js cost for this answer. Returns the app once Apollo started.
 */
export async function apolloCeilingApp(typeDefs: string, root: Record<string, unknown>, options: ServerOptions, logger: Logger): Promise<Express> {
  const armor = queryArmor(options);
  const apollo = new ApolloServer({
    typeDefs,
    resolvers: { JSON: JSONScalar },
    rootValue: root,
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
