import { ApolloArmor } from '@escape.tech/graphql-armor';
import type { ServerOptions } from '../config/serverOptions';

/**
 * graphql-armor's query limits from the server options (depth, aliases, directives, cost, field
 * suggestions): validation rules and Apollo plugins, each refusal a coded 400.
 */
export function queryArmor(options: ServerOptions): ReturnType<ApolloArmor['protect']> {
  return new ApolloArmor({
    maxDepth: { n: options.maxDepth },
    maxAliases: { n: options.maxAliases },
    // Armor's token plugin throws where Apollo Server 5 no longer stops; graphql-js's own parser limit does it.
    maxTokens: { enabled: false },
    maxDirectives: { n: options.maxDirectives },
    costLimit: { maxCost: options.maxCost },
    blockFieldSuggestion: { enabled: options.blockFieldSuggestions },
  }).protect();
}
