import { GraphQLError } from 'graphql';
import { Neo4jError } from 'neo4j-driver';
import { mapNeo4jError } from '../mapNeo4jError';

// A server error as the driver builds it (the GQL status is irrelevant to the mapping).
const neo4jError = (message: string, code: string) => new Neo4jError(message, code, '50N42', 'error: general processing exception');
const codeOf = (err: unknown) => (err instanceof GraphQLError ? err.extensions.code : undefined);

describe('mapNeo4jError', () => {
  it('maps an unreachable server to DATABASE_UNAVAILABLE', () => {
    expect(codeOf(mapNeo4jError(neo4jError('Could not perform discovery', 'ServiceUnavailable')))).toBe('DATABASE_UNAVAILABLE');
    expect(codeOf(mapNeo4jError(new Error('connect ECONNREFUSED 127.0.0.1:7687')))).toBe('DATABASE_UNAVAILABLE');
  });

  it('maps a transaction timeout to QUERY_TIMEOUT', () => {
    expect(codeOf(mapNeo4jError(neo4jError('The transaction has been terminated', 'Neo.ClientError.Transaction.TransactionTimedOut')))).toBe('QUERY_TIMEOUT');
  });

  it('turns a Lucene syntax error into BAD_USER_INPUT on `text`, quoting the parser', () => {
    const err = mapNeo4jError(
      neo4jError(
        "Failed to invoke procedure `db.index.fulltext.queryNodes`: Caused by: org.apache.lucene.queryparser.classic.ParseException: Cannot parse '\"open': Lexical error",
        'Neo.ClientError.Procedure.ProcedureCallFailed',
      ),
    ) as GraphQLError;
    expect(err.extensions).toMatchObject({ code: 'BAD_USER_INPUT', argument: 'text' });
    expect(err.message).toContain('Cannot parse');
  });

  it('leaves coded errors and unknown errors as they are, for formatError to mask', () => {
    const coded = new GraphQLError('x', { extensions: { code: 'NOT_FOUND' } });
    expect(mapNeo4jError(coded)).toBe(coded);
    const unknown = neo4jError('Variable `x` not defined', 'Neo.ClientError.Statement.SyntaxError');
    expect(mapNeo4jError(unknown)).toBe(unknown);
    const plain = new TypeError('boom');
    expect(mapNeo4jError(plain)).toBe(plain);
  });
});
