import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import type { Server } from 'node:http';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { ApolloServerPluginDrainHttpServer } from '@apollo/server/plugin/drainHttpServer';
import { makeExecutableSchema } from '@graphql-tools/schema';
import type { ServerOptions } from '../config/serverOptions';
import type { Logger } from '../logging/logger';
import { createFormatError } from '../errors/formatError';
import { loadTypeDefs } from '../schema/loadTypeDefs';
import type { RequestContext } from '../context/requestContext';
import { jitGateway } from './jitGateway';
import { metricsPlugin } from './metricsPlugin';
import { queryArmor } from './queryArmor';
import { resolvers } from './resolvers';

/** Reports how many database statements a request cost, in a response header (benchmarks). */
const dbStatementsHeader: ApolloServerPlugin<RequestContext> = {
  requestDidStart() {
    return Promise.resolve({
      willSendResponse({ response, contextValue }) {
        response.http.headers.set('x-kg-db-statements', String(contextValue.roundTrips.count));
        return Promise.resolve();
      },
    });
  },
};

/** What the Apollo server needs. */
export interface ApolloOptions {
  logger: Logger;
  options: ServerOptions;
  /**
   * The HTTP server it answers on, if any: stop() then drains it, refusing new connections and
   * giving requests in flight `drainMs` (default 10 s) before their connections are cut.
   */
  httpServer?: Server;
  drainMs?: number;
}

/**
 * The Apollo server with the project's schema, resolvers, error masking and query limits
 * (graphql-armor: depth, cost, aliases, directives; graphql-js: tokens; each refusal a coded 400).
 */
export function createApolloServer({ logger, options, httpServer, drainMs = 10_000 }: ApolloOptions): ApolloServer<RequestContext> {
  const armor = queryArmor(options);
  return new ApolloServer<RequestContext>({
    gateway: jitGateway(makeExecutableSchema({ typeDefs: loadTypeDefs(), resolvers })),
    introspection: options.introspection,
    formatError: createFormatError(logger),
    includeStacktraceInErrorResponses: false,
    allowBatchedHttpRequests: false,
    csrfPrevention: true,
    validationRules: armor.validationRules,
    parseOptions: { maxTokens: options.maxTokens },
    // The landing page would load from a CDN; GraphiQL is served offline instead (graphiql.ts).
    plugins: [
      ...armor.plugins,
      metricsPlugin(),
      ApolloServerPluginLandingPageDisabled(),
      // No field carries a cache hint; the default cache-control plugin would still wrap every
      // resolver to compute one (a per-field hook, about 2 % of the CPU on a practices page).
      ApolloServerPluginCacheControlDisabled(),
      ...(httpServer ? [ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: drainMs })] : []),
      ...(options.exposeDbStatements ? [dbStatementsHeader] : []),
    ],
    logger: {
      debug: (m) => logger.debug(m),
      info: (m) => logger.info(m),
      warn: (m) => logger.warn(m),
      error: (m) => logger.error(m),
    },
  });
}
