import type { GatewayExecutor, GatewayInterface } from '@apollo/server-gateway-interface';
import { printSchema, type ExecutionResult, type GraphQLSchema } from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';
import { LRUCache } from 'lru-cache';

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
  const executor: GatewayExecutor = async ({ queryHash, operationName, document, context, request }) => {
    const key = `${queryHash}:${operationName ?? ''}`;
    let query = compiled.get(key);
    if (!query) {
      query = compileQuery(schema, document, operationName ?? undefined);
      compiled.set(key, query);
    }
    // Not compiled: the operation cannot run (e.g. its variables' types); the answer is the errors.
    if (!isCompiledQuery(query)) return query;
    return await query.query(undefined, context, request.variables ?? {});
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
