import {
  buildSchema,
  getNamedType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  isUnionType,
  isInterfaceType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from 'graphql';
import { loadTypeDefs } from '../../src/schema/loadTypeDefs';

/** One request body to send: a query and variables, or raw text that is not JSON at all. */
export type FuzzRequest = { kind: 'json'; body: unknown } | { kind: 'raw'; body: string };

const HOSTILE_STRINGS = [
  '',
  ' ',
  'x'.repeat(20_000),
  '🧭'.repeat(500),
  '\u0000',
  '\uD800',
  'Practice:',
  ':',
  'Practice:beta-groups',
  'Country:MEX',
  'MEX',
  'health',
  'NOPE',
  '"',
  "'",
  '\\',
  '(',
  '*',
  'AND',
  'null',
  'undefined',
  '{}',
  '[]',
  'eyJ9',
  'WyJ4IiwxXQ',
  '%00',
  '../../etc/passwd',
];
const HOSTILE_NUMBERS = [0, -1, 1, 2, 3, 5, 100, 101, 2147483647, -2147483648, 1e20, Number.MAX_SAFE_INTEGER + 2, 0.5, Number.NaN];

/**
 * Generates malformed and hostile operations from the schema itself: random fields and
 * selections (deep, aliased, wrong fields), arguments of the right and the wrong type, huge and
 * negative integers, long and odd strings, nulls, invalid cursors, and bodies that are not
 * GraphQL or not JSON.
 */
export class FuzzOperations {
  private readonly schema: GraphQLSchema = buildSchema(loadTypeDefs());

  constructor(private readonly random: () => number) {}

  private pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  private chance(p: number): boolean {
    return this.random() < p;
  }

  private literal(type: GraphQLInputType, depth = 0): string {
    if (this.chance(0.08)) return this.pick(['null', '123', '"x"', 'true', '[1, 2]', '{ a: 1 }', 'NOPE']);
    if (isNonNullType(type)) return this.literal(type.ofType, depth);
    if (isListType(type)) return `[${Array.from({ length: Math.floor(this.random() * 3) }, () => this.literal(type.ofType, depth + 1)).join(', ')}]`;
    if (isEnumType(type)) return this.pick(type.getValues()).name;
    if (isInputObjectType(type)) {
      if (depth > 3) return '{}';
      const fields = Object.values(type.getFields()).filter(() => this.chance(0.4));
      return `{ ${fields.map((f) => `${f.name}: ${this.literal(f.type, depth + 1)}`).join(', ')} }`;
    }
    if (isScalarType(type)) {
      switch (type.name) {
        case 'Int':
          return String(Math.trunc(this.pick(HOSTILE_NUMBERS.filter(Number.isFinite))));
        case 'Float':
          return String(this.pick(HOSTILE_NUMBERS.filter(Number.isFinite)));
        case 'Boolean':
          return this.pick(['true', 'false']);
        default:
          return JSON.stringify(this.pick(HOSTILE_STRINGS).slice(0, 2_000));
      }
    }
    return 'null';
  }

  private args(args: readonly GraphQLArgument[]): string {
    const chosen = args.filter((a) => isNonNullType(a.type) || this.chance(0.5));
    if (this.chance(0.05)) chosen.push({ name: 'bogus', type: args[0]?.type } as GraphQLArgument);
    if (chosen.length === 0) return '';
    return `(${chosen.map((a) => `${a.name}: ${a.type ? this.literal(a.type) : '1'}`).join(', ')})`;
  }

  private selection(type: GraphQLObjectType, depth: number, maxDepth: number): string {
    const fields = Object.values(type.getFields());
    const count = 1 + Math.floor(this.random() * 3);
    const parts: string[] = [];
    for (let i = 0; i < count; i++) {
      const field: GraphQLField<unknown, unknown> = this.pick(fields);
      const alias = this.chance(0.15) ? `a${Math.floor(this.random() * 1000)}: ` : '';
      parts.push(`${alias}${field.name}${this.args(field.args)}${this.sub(getNamedType(field.type), depth + 1, maxDepth)}`);
    }
    if (this.chance(0.05)) parts.push('notAField');
    if (this.chance(0.05)) parts.push('__typename @include(if: true)');
    return parts.join(' ');
  }

  private sub(named: ReturnType<typeof getNamedType>, depth: number, maxDepth: number): string {
    if (isObjectType(named)) {
      if (depth >= maxDepth) return ' { __typename }';
      return ` { ${this.selection(named, depth, maxDepth)} }`;
    }
    if (isUnionType(named) || isInterfaceType(named)) {
      const member = this.pick(isUnionType(named) ? named.getTypes() : this.schema.getPossibleTypes(named));
      return ` { __typename ... on ${member.name} { ${depth >= maxDepth ? '__typename' : this.selection(member, depth + 1, maxDepth)} } }`;
    }
    return this.chance(0.03) ? ' { x }' : '';
  }

  /** A random query from the root, up to `maxDepth` levels. */
  query(maxDepth: number): string {
    return `{ ${this.selection(this.schema.getQueryType()!, 0, maxDepth)} }`;
  }

  /** The next request to send. */
  next(): FuzzRequest {
    const r = this.random();
    if (r < 0.6) return { kind: 'json', body: { query: this.query(1 + Math.floor(this.random() * 5)) } };
    if (r < 0.7) return { kind: 'json', body: { query: this.query(12 + Math.floor(this.random() * 6)) } };
    if (r < 0.8) {
      // Variables of the wrong type or shape for a well-formed operation.
      const query = this.pick([
        'query ($first: Int, $after: String) { practices(first: $first, after: $after) { totalCount } }',
        'query ($id: ID!, $depth: Int, $limit: Int) { neighborhood(id: $id, depth: $depth, limit: $limit) { truncated } }',
        'query ($f: PracticeFilter) { practices(filter: $f) { totalCount } }',
        'query ($t: String!, $n: Int) { search(text: $t, first: $n) { id } }',
        'query ($r: Dimension!, $c: Dimension!) { coverage(rows: $r, columns: $c) { emptyCells } }',
      ]);
      const value = () =>
        this.pick<unknown>([
          null,
          1e20,
          -5,
          'x',
          '🧭'.repeat(50),
          true,
          [],
          {},
          { countries: 'MEX' },
          { themes: [null] },
          Number.MAX_SAFE_INTEGER + 2,
          'WyJ4Il0',
          this.pick(HOSTILE_STRINGS),
        ]);
      return {
        kind: 'json',
        body: {
          query,
          variables: {
            first: value(),
            after: value(),
            id: value(),
            depth: value(),
            limit: value(),
            f: value(),
            t: value(),
            n: value(),
            r: value(),
            c: value(),
          },
        },
      };
    }
    if (r < 0.88) {
      return {
        kind: 'json',
        body: this.pick<unknown>([
          {},
          { query: null },
          { query: 42 },
          { query: '{' },
          { query: '{ practices { edges { node { id } } }' },
          { query: 'mutation { nope }' },
          { query: 'subscription { nope }' },
          { query: '{ apiVersion }', operationName: 'Missing' },
          { query: 'query A { apiVersion } query B { apiVersion }' },
          { query: '{ apiVersion }', variables: 'not an object' },
          { query: '{ ...F } fragment F on Query { ...F }' },
          { query: `{ ${'practices { edges { node { partners { practices { edges { node { '.repeat(8)} id ${'} } } } } } } '.repeat(8)} }` },
          [],
          'a string',
          null,
        ]),
      };
    }
    return { kind: 'raw', body: this.pick(['{', 'not json', '\u0000\u0001', '{"query": "{ apiVersion }"', '[1,2', '"x"']) };
  }
}
