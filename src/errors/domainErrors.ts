import { GraphQLError } from 'graphql';
import { ErrorCode } from './errorCodes';

/** An error whose message is safe to show to the client, with a code it can switch on. */
export class CodedError extends GraphQLError {
  constructor(code: ErrorCode, message: string, extra: Record<string, unknown> = {}) {
    super(message, { extensions: { code, ...extra } });
  }
}

/** The request asked for something malformed; the message quotes the bad value and its place. */
export class BadUserInputError extends CodedError {
  constructor(message: string, argumentPath?: string) {
    super(ErrorCode.BAD_USER_INPUT, message, argumentPath ? { argument: argumentPath } : {});
  }
}

/** The request named an id that the graph does not hold. */
export class NotFoundError extends CodedError {
  constructor(kind: string, id: string) {
    super(ErrorCode.NOT_FOUND, `No ${kind} with id ${JSON.stringify(id)}.`, { id });
  }
}

/**
 * The database could not be reached or did not answer; the request may be retried. The driver's
 * error, kept as `cause`, is for the log: the client gets the generic message.
 */
export class DatabaseUnavailableError extends CodedError {
  constructor(detail = 'The graph database is not reachable; try again shortly.', cause?: unknown) {
    super(ErrorCode.DATABASE_UNAVAILABLE, detail);
    if (cause !== undefined) this.cause = cause;
  }
}

/** A query ran longer than the transaction timeout. */
export class QueryTimeoutError extends CodedError {
  constructor() {
    super(ErrorCode.QUERY_TIMEOUT, 'The query took too long and was stopped; narrow it (a smaller `first`, a filter, a lower depth).');
  }
}

/**
 * A curation edit was made against a version of the practice that another edit has since
 * replaced. Nothing was changed; the client reads the practice again and decides.
 */
export class ConflictError extends CodedError {
  constructor(id: string, expectedVersion: number, currentVersion: number | null) {
    super(
      ErrorCode.CONFLICT,
      currentVersion === null
        ? `Practice ${JSON.stringify(id)} was expected at version ${expectedVersion} but no longer exists: someone deleted it.`
        : `Practice ${JSON.stringify(id)} is at version ${currentVersion}, not ${expectedVersion}: someone changed it since you read it. Read it again, then reapply your change.`,
      { id, expectedVersion, currentVersion },
    );
  }
}
