import type { ApolloServer } from '@apollo/server';
import type { RequestContext } from '../../src/context/requestContext';
import { dataOf, executeOp } from './graphqlClient';
import { TestHelper } from './TestHelper';

/**
 * The setup most API tests share, registered as the enclosing `describe`'s beforeAll/afterAll:
 * the seed graph loaded, an in-process Apollo server, and `run` (data, no errors allowed) and
 * `execute` (the whole result) bound to a fresh request context each time.
 */
export function useSeededApollo() {
  let helper: TestHelper | undefined;
  let apollo: ApolloServer<RequestContext> | undefined;
  beforeAll(async () => {
    helper = TestHelper.create();
    await helper.resetToSeed();
    apollo = await helper.apollo();
  });
  afterAll(async () => {
    await apollo?.stop();
    await helper?.close();
  });
  const started = () => {
    if (!helper || !apollo) throw new Error('useSeededApollo: used outside a test (its beforeAll has not run)');
    return { helper, apollo };
  };
  const execute = <T>(query: string, variables: Record<string, unknown> = {}) => executeOp<T>(started().apollo, started().helper.context(), query, variables);
  return {
    get helper(): TestHelper {
      return started().helper;
    },
    execute,
    run: async <T>(query: string, variables: Record<string, unknown> = {}) => dataOf(await execute<T>(query, variables)),
  };
}
