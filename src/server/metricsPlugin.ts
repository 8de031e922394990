import type { ApolloServerPlugin } from '@apollo/server';
import { Kind } from 'graphql';
import { graphqlDuration, graphqlRequests } from '../metrics/metrics';

// Operation names come from clients: only plain GraphQL names are labels, and only so many of
// them, so that a client cannot grow the metrics without bound.
const NAME = /^[_A-Za-z][_0-9A-Za-z]{0,63}$/;
const MAX_NAMES = 200;

/**
 * Counts and times every GraphQL operation by name and outcome: `ok`, `error` (it ran, some
 * field failed) or `rejected` (it did not run: unparsable, invalid, over a limit).
 */
export function metricsPlugin(): ApolloServerPlugin {
  const names = new Set<string>();
  const label = (name: string | null | undefined) => {
    if (!name) return '(anonymous)';
    if (!NAME.test(name)) return '(other)';
    if (!names.has(name) && names.size >= MAX_NAMES) return '(other)';
    names.add(name);
    return name;
  };
  return {
    requestDidStart({ request }) {
      const done = graphqlDuration.startTimer();
      return Promise.resolve({
        willSendResponse({ response, operationName, document }) {
          const result = response.body.kind === 'single' ? response.body.singleResult : response.body.initialResult;
          const outcome = !result.errors?.length ? 'ok' : result.data === undefined ? 'rejected' : 'error';
          // An operation that failed validation was never resolved: its name is read from the parsed document.
          const written = document?.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION)?.name?.value;
          const operation = label(operationName ?? request.operationName ?? written);
          graphqlRequests.inc({ operation, outcome });
          done({ operation, outcome });
          return Promise.resolve();
        },
      });
    },
  };
}
