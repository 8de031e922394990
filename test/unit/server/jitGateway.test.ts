import { ApolloServer } from '@apollo/server';
import { makeExecutableSchema } from '@graphql-tools/schema';
import { GraphQLError } from 'graphql';
import { jitGateway } from '../../../src/server/jitGateway';
import { JSONScalar } from '../../../src/server/jsonScalar';

// The corners where graphql-jit and graphql-js have differed: custom scalars, abstract types,
// @skip/@include, errors with their paths and codes, variables. Each answer here is what
// graphql-js gives for the same operation.
const typeDefs = `
  scalar JSON
  interface Node { id: ID! }
  type Thing implements Node { id: ID! props: JSON count(times: Int = 1): Int! }
  type Other implements Node { id: ID! label: String }
  type Query { node(id: ID!): Node things: [Thing!]! broken: Thing plain: Int calls: Int! }
`;

function server() {
  let calls = 0;
  const things = [
    { __typename: 'Thing', id: 't1', props: { a: [1, 'x'], b: null } },
    { __typename: 'Thing', id: 't2', props: 'plain' },
  ];
  const schema = makeExecutableSchema({
    typeDefs,
    resolvers: {
      JSON: JSONScalar,
      Node: { __resolveType: (n: { __typename: string }) => n.__typename },
      Thing: { count: (_: unknown, args: { times: number }) => args.times * 2 },
      Query: {
        node: (_: unknown, args: { id: string }) => [...things, { __typename: 'Other', id: 'o1', label: 'other' }].find((n) => n.id === args.id) ?? null,
        things: () => {
          calls += 1;
          return things;
        },
        broken: () => {
          throw new GraphQLError('no such thing', { extensions: { code: 'NOT_FOUND' } });
        },
        plain: () => {
          throw new Error('a bug');
        },
        calls: () => calls,
      },
    },
  });
  return new ApolloServer({ gateway: jitGateway(schema) });
}

async function run(apollo: ApolloServer, query: string, variables: Record<string, unknown> = {}) {
  const res = await apollo.executeOperation({ query, variables });
  if (res.body.kind !== 'single') throw new Error('expected a single result');
  return { ...res.body.singleResult, status: res.http.status };
}

describe('jitGateway', () => {
  const apollo = server();
  beforeAll(() => apollo.start());
  afterAll(() => apollo.stop());

  it('serialises custom scalars, resolves abstract types and applies argument defaults', async () => {
    const r = await run(apollo, '{ things { id props count c3: count(times: 3) } node(id: "o1") { __typename id ... on Other { label } } }');
    expect(r.errors).toBeUndefined();
    expect(r.data).toEqual({
      things: [
        { id: 't1', props: { a: [1, 'x'], b: null }, count: 2, c3: 6 },
        { id: 't2', props: 'plain', count: 2, c3: 6 },
      ],
      node: { __typename: 'Other', id: 'o1', label: 'other' },
    });
  });

  it('honours @skip and @include on fields and fragment spreads, from variables', async () => {
    const q = `query ($skip: Boolean!, $with: Boolean!) { things { id props @skip(if: $skip) ...F @include(if: $with) } }
      fragment F on Thing { count }`;
    expect((await run(apollo, q, { skip: true, with: true })).data).toEqual({
      things: [
        { id: 't1', count: 2 },
        { id: 't2', count: 2 },
      ],
    });
    expect((await run(apollo, q, { skip: false, with: false })).data).toEqual({
      things: [
        { id: 't1', props: { a: [1, 'x'], b: null } },
        { id: 't2', props: 'plain' },
      ],
    });
  });

  it('keeps a resolver error, its path and its code, beside the fields that answered', async () => {
    const r = await run(apollo, '{ broken { id } calls }');
    expect(r.data).toEqual({ broken: null, calls: expect.any(Number) });
    expect(r.errors).toEqual([
      expect.objectContaining({
        message: 'no such thing',
        path: ['broken'],
        locations: [{ line: 1, column: 3 }],
        extensions: expect.objectContaining({ code: 'NOT_FOUND' }),
      }),
    ]);
    const plain = await run(apollo, '{ plain }');
    expect(plain.data).toEqual({ plain: null });
    expect(plain.errors).toEqual([
      expect.objectContaining({ message: 'a bug', path: ['plain'], extensions: expect.objectContaining({ code: 'INTERNAL_SERVER_ERROR' }) }),
    ]);
  });

  it('refuses variables of the wrong type before running anything', async () => {
    const r = await run(apollo, 'query ($id: ID!) { node(id: $id) { id } }', { id: { not: 'an id' } });
    expect(r.data).toBeUndefined();
    expect(r.errors?.[0]?.message).toMatch(/\$id/);
    expect(r.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(r.status).toBe(400);
  });

  it('runs the same operation again from its compiled form, with the new variables', async () => {
    const q = 'query ($id: ID!) { node(id: $id) { id } }';
    expect((await run(apollo, q, { id: 't1' })).data).toEqual({ node: { id: 't1' } });
    expect((await run(apollo, q, { id: 't2' })).data).toEqual({ node: { id: 't2' } });
    expect((await run(apollo, q, { id: 'none' })).data).toEqual({ node: null });
  });

  it('runs the operation the client names, and refuses a name the document lacks or a subscription as graphql-js does', async () => {
    const two = 'query First { plain2: calls } query Second { things { id } }';
    const res = await apollo.executeOperation({ query: two, operationName: 'Second' });
    expect(res.body.kind === 'single' && res.body.singleResult.data).toEqual({ things: [{ id: 't1' }, { id: 't2' }] });
    const missing = await apollo.executeOperation({ query: '{ calls }', operationName: 'Missing' });
    expect(missing.http.status).toBe(400);
    expect(missing.body.kind === 'single' && missing.body.singleResult.errors).toEqual([
      { message: 'Unknown operation named "Missing".', extensions: { code: 'OPERATION_RESOLUTION_FAILURE' } },
    ]);
    // No Subscription type: an error of the request, without an underlying error (formatError
    // codes such an error BAD_REQUEST rather than masking it as internal).
    const sub = await apollo.executeOperation({ query: 'subscription { nope }' });
    const [error] = sub.body.kind === 'single' ? (sub.body.singleResult.errors ?? []) : [];
    expect(error?.message).toBe('No root type for operation subscription');
    expect(sub.http.status).toBe(400);
  });
});
