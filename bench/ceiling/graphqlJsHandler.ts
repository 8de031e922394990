import type http from 'node:http';
import { buildSchema, execute, parse, specifiedRules, validate, type ExecutionResult, type ValidationRule } from 'graphql';
import { readGraphqlRequest, sendJson } from './readBody';

/**
 * graphql-js alone behind node:http: each request is parsed, validated (the spec's rules plus
 * ours) and executed over `root`, whose fields hold the recorded answers, so only default
 * resolvers run. No document cache: every request pays parse and validate.
 */
export function graphqlJsHandler(typeDefs: string, root: Record<string, unknown>, rules: ValidationRule[], maxTokens: number): http.RequestListener {
  const schema = buildSchema(typeDefs);
  const allRules = [...specifiedRules, ...rules];
  const answer = async (req: http.IncomingMessage): Promise<ExecutionResult> => {
    const body = await readGraphqlRequest(req);
    const document = parse(body.query, { maxTokens });
    const errors = validate(schema, document, allRules);
    if (errors.length > 0) return { errors };
    return execute({ schema, document, rootValue: root, variableValues: body.variables });
  };
  return (req, res) => {
    answer(req).then(
      (result) => sendJson(res, result.errors?.length ? 400 : 200, JSON.stringify(result)),
      (err: unknown) => sendJson(res, 400, JSON.stringify({ errors: [{ message: err instanceof Error ? err.message : String(err) }] })),
    );
  };
}
