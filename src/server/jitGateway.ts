import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { GraphQLError, printSchema, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';
import { ErrorCode } from '../errors/errorCodes';

// Distinct operations a server keeps compiled; the explorer and scripts send a few dozen.
const MAX_COMPILED = 500;

/**
 * Apollo's gateway interface used for one thing: executing with graphql-jit instead of
 * graphql-js. Apollo still parses, validates (armor's rules included), runs the plugins and
 * formats the errors; only execution changes. Each operation is compiled once, on its first
 * request, and kept by its query hash and operation name: compiling costs about as much as
 * a few executions, so a server that sees an operation once pays a little more, and one that
 * sees it again and again (the explorer's queries) pays much less per request.
 */
export function jitGateway(schema: GraphQLSchema): GatewayInterface {
  const compiled = new LRUCache<string, CompiledQuery | ExecutionResult>({ max: MAX_COMPILED });
  const executor: GatewayExecutor = async ({ queryHash, document, context, request }) => {
    // The name the client asked for, not the context's `operationName` (the operation Apollo
    // resolved: null for a name the document lacks, which would compile its only operation).
    const operationName = request.operationName ?? undefined;
    const key = `${queryHash}:${operationName ?? ''}`;
    let query = compiled.get(key);
    if (!query) {
      query = compileQuery(schema, document, operationName);
      compiled.set(key, query);
    }
    // Not compiled: the request cannot run (an unknown operation name, a subscription); the
    // answer is the errors, the client's to fix, as graphql-js reports them.
    if (!isCompiledQuery(query)) return { errors: (query.errors ?? []).map((e) => Object.assign(new GraphQLError(e.message), { locations: e.locations })) };
    return asApolloResult(await query.query(undefined, context, request.variables ?? {}));
  };
  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSchema(schema) });
      return () => {};
    },
    load: () => Promise.resolve({ executor }),
    stop: () => Promise.resolve(),
  };
}

/**
 * graphql-jit's errors are graphql-js errors without `extensions` (unless the thrown error had
 * some) and without the nodes Apollo reads to tell a refused variable: Apollo would fail to
 * format them. Each becomes a graphql-js error with the same message, locations, path and
 * original error; a variable refused before execution (no data) is BAD_USER_INPUT, as Apollo
 * makes it under graphql-js. A result without errors is returned as it is.
 */
export function asApolloResult(result: ExecutionResult): ExecutionResult {
  if (!result.errors?.length) return result;
  const refused = result.data === undefined;
  return {
    ...result,
    errors: result.errors.map((e) => {
      const code = e.extensions?.code ?? (refused && e.message.startsWith('Variable "$') ? ErrorCode.BAD_USER_INPUT : undefined);
      const copy = new GraphQLError(e.message, {
        path: e.path,
        originalError: e.originalError ?? undefined,
        extensions: { ...e.extensions, ...(code ? { code } : {}) },
      });
      return Object.assign(copy, { locations: e.locations });
    }),
  };
}
