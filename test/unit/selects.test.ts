import { buildSchema, execute, parse, type GraphQLResolveInfo } from 'graphql';
import { loadTypeDefs } from '../../src/schema/loadTypeDefs';
import { pagePrefetch } from '../../src/practice/pagePrefetch';
import { fieldsAt, selects } from '../../src/util/selects';

// The project's own schema, so that the type and field names the walk follows are the real ones.
const schema = buildSchema(loadTypeDefs());

/** The resolve info of Query.practices for this document and these variables. */
function infoOf(document: string, variables: Record<string, unknown> = {}): GraphQLResolveInfo {
  let seen: GraphQLResolveInfo | undefined;
  const result = execute({
    schema,
    document: parse(document),
    variableValues: variables,
    fieldResolver: (_source, _args, _ctx, info) => {
      if (info.fieldName === 'practices' && info.parentType.name === 'Query') seen = info;
      return null;
    },
  });
  if ('then' in result) throw new Error('expected a synchronous execution');
  if (!seen) throw new Error(`Query.practices was not resolved: ${JSON.stringify(result.errors)}`);
  return seen;
}

describe('reading a selection', () => {
  it('finds the fields under a path through named and inline fragments, honouring @skip and @include', () => {
    const info = infoOf(
      `query ($more: Boolean!) {
        practices { edges { node { id ...F ... on Practice { themes { id } } summary @include(if: $more) groups @skip(if: true) { id } } } }
      }
      fragment F on Practice { partners { name } }`,
      { more: false },
    );
    expect([...fieldsAt(info, 'PracticeConnection', 'edges', 'PracticeEdge', 'node', 'Practice')].sort()).toEqual(['id', 'partners', 'themes']);
    expect([...fieldsAt(info, 'PracticeConnection', 'edges', 'PracticeEdge', 'node', 'Practice', 'partners', 'Partner')]).toEqual(['name']);
    expect(fieldsAt(info, 'PracticeConnection', 'pageInfo', 'PageInfo').size).toBe(0);
    expect(selects(info, 'name')).toBe(true);
    expect(selects(info, 'summary')).toBe(false);
    expect(selects(info, 'groups')).toBe(false);
  });

  it('includes a fragment on an interface the type implements, not one on another type', () => {
    const info = infoOf('{ practices { edges { node { ... on Node { id } ... on Country { name } } } } }');
    expect([...fieldsAt(info, 'PracticeConnection', 'edges', 'PracticeEdge', 'node', 'Practice')]).toEqual(['id']);
  });
});

describe('what a practices page fetches along', () => {
  it('asks for the row only when a field of it is selected, and each list only when selected', () => {
    const slim = pagePrefetch(infoOf('{ practices { edges { node { id countries { id } partners { id } themes { id } } } } }'));
    expect(slim.row).toBe(false);
    expect(Object.entries(slim.with).flatMap(([k, v]) => (v ? [k] : []))).toEqual(['implementedBy', 'partnerIds', 'themes']);

    const full = pagePrefetch(infoOf('{ practices { edges { node { summary partners { id name } mentions { id } } } } }'));
    expect(full.row).toBe(true);
    expect(Object.entries(full.with).flatMap(([k, v]) => (v ? [k] : []))).toEqual(['mentions', 'partners']);
  });
});
