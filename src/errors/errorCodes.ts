/**
 * Every `extensions.code` this API sends. Clients may switch on them; they are public API.
 * Apollo's own codes (GRAPHQL_PARSE_FAILED, GRAPHQL_VALIDATION_FAILED, BAD_USER_INPUT,
 * PERSISTED_QUERY_NOT_FOUND, ...) pass through unchanged.
 */
export enum ErrorCode {
  BAD_USER_INPUT = 'BAD_USER_INPUT',
  NOT_FOUND = 'NOT_FOUND',
  UNAUTHENTICATED = 'UNAUTHENTICATED',
  DATABASE_UNAVAILABLE = 'DATABASE_UNAVAILABLE',
  QUERY_TIMEOUT = 'QUERY_TIMEOUT',
  /** A curation edit named an `expectedVersion` the practice is no longer at: nothing was changed. */
  CONFLICT = 'CONFLICT',
  /** The HTTP body is larger than KG_MAX_BODY (413). */
  PAYLOAD_TOO_LARGE = 'PAYLOAD_TOO_LARGE',
  /** The HTTP request could not be read (malformed JSON), or asked for what no schema serves. */
  BAD_REQUEST = 'BAD_REQUEST',
  INTERNAL_SERVER_ERROR = 'INTERNAL_SERVER_ERROR',
}
