import { Neo4jError } from 'neo4j-driver';
import { GraphQLError } from 'graphql';
import { BadUserInputError, DatabaseUnavailableError, QueryTimeoutError } from '../errors/domainErrors';

const UNAVAILABLE_CODES = new Set(['ServiceUnavailable', 'SessionExpired', 'Neo.TransientError.General.DatabaseUnavailable']);
const TIMEOUT_CODES = new Set(['Neo.ClientError.Transaction.TransactionTimedOut', 'Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration']);

/**
 * Turns a driver error into a domain error a client can act on. Errors it does not know are
 * returned unchanged, to be masked by `formatError` and logged whole.
 */
export function mapNeo4jError(err: unknown): unknown {
  if (err instanceof GraphQLError) return err;
  if (!(err instanceof Neo4jError)) {
    if (err instanceof Error && /ECONNREFUSED|connect ECONN|Connection was closed|socket hang up/i.test(err.message)) {
      return new DatabaseUnavailableError(undefined, err);
    }
    return err;
  }
  if (UNAVAILABLE_CODES.has(err.code) || (err.retriable && /unavailable|connection/i.test(err.message))) {
    return new DatabaseUnavailableError(undefined, err);
  }
  if (TIMEOUT_CODES.has(err.code) || /terminated.*timeout|timed out/i.test(err.message)) {
    return new QueryTimeoutError();
  }
  // A full-text query is Lucene syntax, and the search text is the only input of that
  // procedure that comes from the user: any failure of it is the user's to fix.
  if (
    /queryparser|ParseException|Cannot parse/i.test(err.message) ||
    (err.code === 'Neo.ClientError.Procedure.ProcedureCallFailed' && err.message.includes('db.index.fulltext.queryNodes'))
  ) {
    const detail = /Caused by: [\w.$]+: ([^\n]{0,160})/.exec(err.message)?.[1];
    return new BadUserInputError(
      `The search text is not a valid full-text query${detail ? ` (${detail.trim()})` : ''}: check quotes, brackets, slashes and operators, or escape them with a backslash.`,
      'text',
    );
  }
  return err;
}
