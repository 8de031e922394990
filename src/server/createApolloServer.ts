import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import type { Logger } from '../logging/logger';
import { createFormatError } from '../errors/formatError';
import { loadTypeDefs } from '../schema/loadTypeDefs';
import type { RequestContext } from './context';
import { resolvers } from './resolvers';

/** Options that differ between production and development. */
export interface ApolloOptions {
  logger: Logger;
  introspection?: boolean;
}

/** The Apollo server with the project's schema, resolvers and error masking. */
export function createApolloServer({ logger, introspection = true }: ApolloOptions): ApolloServer<RequestContext> {
  return new ApolloServer<RequestContext>({
    typeDefs: loadTypeDefs(),
    resolvers,
    introspection,
    formatError: createFormatError(logger),
    includeStacktraceInErrorResponses: false,
    // The landing page would load from a CDN; GraphiQL is served offline instead (graphiql.ts).
    plugins: [ApolloServerPluginLandingPageDisabled()],
    logger: {
      debug: (m) => logger.debug(m),
      info: (m) => logger.info(m),
      warn: (m) => logger.warn(m),
      error: (m) => logger.error(m),
    },
  });
}
