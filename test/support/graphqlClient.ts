import assert from 'node:assert';
import type { ApolloServer } from '@apollo/server';
import type { RequestContext } from '../../src/context/requestContext';

/** A GraphQL result as the tests read it. */
export interface GqlResult<T> {
  data?: T | null;
  errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
}

/** Runs an operation in-process and returns its single result with the context it ran in. */
export async function executeOp<T = Record<string, unknown>>(
  server: ApolloServer<RequestContext>,
  context: RequestContext,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<GqlResult<T> & { context: RequestContext }> {
  const res = await server.executeOperation<T>({ query, variables }, { contextValue: context });
  assert(res.body.kind === 'single', 'expected a single result');
  return { data: res.body.singleResult.data, errors: res.body.singleResult.errors as GqlResult<T>['errors'], context };
}

/** Posts an operation to a running server and returns the HTTP status and the parsed body. */
export async function postGraphql<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ status: number; body: GqlResult<T> }> {
  const res = await fetch(`${url}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query, variables }),
  });
  return { status: res.status, body: (await res.json()) as GqlResult<T> };
}

/** The data of a result that must have no errors. */
export function dataOf<T>(result: GqlResult<T>): T {
  if (result.errors?.length) throw new Error(`unexpected GraphQL errors: ${JSON.stringify(result.errors)}`);
  assert(result.data, 'no data');
  return result.data;
}
