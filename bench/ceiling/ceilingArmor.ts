import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ServerOptions } from '../../src/config/serverOptions';

/**
 * graphql-armor's limits set up as src/server/createApolloServer.ts sets them, so that the
 * ceiling validates a query with the same rules as our API.
 */
export function ceilingArmor(options: ServerOptions): ReturnType<ApolloArmor['protect']> {
  return new ApolloArmor({
    maxDepth: { n: options.maxDepth },
    maxAliases: { n: options.maxAliases },
    maxTokens: { enabled: false },
    maxDirectives: { n: options.maxDirectives },
    costLimit: { maxCost: options.maxCost },
    blockFieldSuggestion: { enabled: options.blockFieldSuggestions },
  }).protect();
}
