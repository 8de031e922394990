import { GraphQLError, type GraphQLFormattedError } from 'graphql';
import { unwrapResolverError } from '@apollo/server/errors';
import type { Logger } from '../logging/logger';
import { CodedError } from './domainErrors';
import { ErrorCode } from './errorCodes';

// Codes Apollo itself assigns to request errors; their messages are written for clients.
const APOLLO_CLIENT_CODES = new Set([
  'GRAPHQL_PARSE_FAILED',
  'GRAPHQL_VALIDATION_FAILED',
  'BAD_USER_INPUT',
  'BAD_REQUEST',
  'PERSISTED_QUERY_NOT_FOUND',
  'PERSISTED_QUERY_NOT_SUPPORTED',
  'OPERATION_RESOLUTION_FAILURE',
]);

/**
 * Apollo's `formatError`: coded errors go out as they are; anything else is logged whole and
 * replaced by a generic INTERNAL_SERVER_ERROR, so no stack trace or Cypher reaches the client.
 */
export function createFormatError(logger: Logger) {
  return (formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError => {
    const original = unwrapResolverError(error);
    const code = formatted.extensions?.code;
    if (
      original instanceof CodedError ||
      (typeof code === 'string' && (APOLLO_CLIENT_CODES.has(code) || isOwnCode(code)) && code !== (ErrorCode.INTERNAL_SERVER_ERROR as string))
    ) {
      const { stacktrace: _omit, ...extensions } = formatted.extensions ?? {};
      return { ...formatted, extensions };
    }
    // graphql-js's own complaints about the request itself ("Schema is not configured to execute
    // subscription operation") are GraphQLErrors with nothing underneath: the client's to fix.
    if (original instanceof GraphQLError && original.originalError === undefined && !formatted.path) {
      return { message: formatted.message, locations: formatted.locations, extensions: { code: ErrorCode.BAD_REQUEST } };
    }
    logger.error({ err: original, path: formatted.path }, 'unexpected error in a GraphQL request');
    return {
      message: 'Internal server error; it has been logged.',
      locations: formatted.locations,
      path: formatted.path,
      extensions: { code: ErrorCode.INTERNAL_SERVER_ERROR },
    };
  };
}

function isOwnCode(code: string): boolean {
  return (Object.values(ErrorCode) as string[]).includes(code);
}
