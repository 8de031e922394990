import type { Config } from './config';

/** The request limits and switches of the HTTP and GraphQL layers. */
export interface ServerOptions {
  maxDepth: number;
  maxAliases: number;
  maxTokens: number;
  maxCost: number;
  maxDirectives: number;
  maxBody: string;
  corsOrigins: string[];
  introspection: boolean;
  graphiql: boolean;
  /** Hide "Did you mean ..." hints, which describe the schema to a client that cannot introspect it. */
  blockFieldSuggestions: boolean;
  /** Send the x-kg-db-statements header (statements per request), for benchmarks. */
  exposeDbStatements: boolean;
}

/**
 * Production turns off introspection and GraphiQL unless KG_ENABLE_INTROSPECTION or
 * KG_ENABLE_GRAPHIQL says otherwise; development has them on.
 */
export function serverOptionsFrom(config: Config): ServerOptions {
  const production = config.NODE_ENV === 'production';
  return {
    maxDepth: config.KG_MAX_DEPTH,
    maxAliases: config.KG_MAX_ALIASES,
    maxTokens: config.KG_MAX_TOKENS,
    maxCost: config.KG_MAX_COST,
    maxDirectives: config.KG_MAX_DIRECTIVES,
    maxBody: config.KG_MAX_BODY,
    corsOrigins: config.KG_CORS_ORIGINS.split(',')
      .map((s) => s.trim())
      .filter(Boolean),
    introspection: config.KG_ENABLE_INTROSPECTION ? config.KG_ENABLE_INTROSPECTION === 'true' : !production,
    graphiql: config.KG_ENABLE_GRAPHIQL ? config.KG_ENABLE_GRAPHIQL === 'true' : !production,
    blockFieldSuggestions: production,
    exposeDbStatements: config.KG_EXPOSE_DB_STATEMENTS === 'true',
  };
}
