import { Neo4jError } from 'neo4j-driver';
import { GraphQLError } from 'graphql';
import { BadUserInputError, DatabaseUnavailableError, QueryTimeoutError } from '../errors/domainErrors';

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
const TIMEOUT_CODES = new Set([
  'Neo.ClientError.Transaction.TransactionTimedOut',
  'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration',
]);

/**
 * Turns a driver error into a domain error a client can act on. Errors it does not know are
 * returned unchanged, to be masked by `formatError` and logged whole.
 */
export function mapNeo4jError(err: unknown): unknown {
  if (err instanceof GraphQLError) return err;
  if (!(err instanceof Neo4jError)) {
    if (err instanceof Error && /ECONNREFUSED|connect ECONN|Connection was closed|socket hang up/i.test(err.message)) {
      return new DatabaseUnavailableError();
    }
    return err;
  }
  if (UNAVAILABLE_CODES.has(err.code) || err.retriable && /unavailable|connection/i.test(err.message)) {
    return new DatabaseUnavailableError();
  }
  if (TIMEOUT_CODES.has(err.code) || /terminated.*timeout|timed out/i.test(err.message)) {
    return new QueryTimeoutError();
  }
  // A full-text query is Lucene syntax; its parse errors are the user's to fix, not ours.
  if (/queryparser|ParseException|Cannot parse/i.test(err.message)) {
    const detail = /Cannot parse '([^']*)'/.exec(err.message)?.[1];
    return new BadUserInputError(
      `The search text is not a valid full-text query${detail !== undefined ? ` (${JSON.stringify(detail)})` : ''}: check quotes, brackets and operators, or escape them with a backslash.`,
      'text',
    );
  }
  return err;
}
