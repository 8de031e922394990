import type { RequestContext } from '../context/requestContext';
import { readStatements } from '../document/statementRepository';
import { BadUserInputError } from '../errors/domainErrors';
import { globalKeyOf, toGlobalId, type NodeKey, type NodeType } from '../explore/globalId';
import type { ResolversInterfaceTypes } from '../generated/graphql';
import type { ReferenceSnapshot } from '../reference/referenceCache';

/** The row of any entity type (the parent its own resolvers take). */
type NodeRow = ResolversInterfaceTypes<Record<string, unknown>>['Node'];

/** A row of any entity type, tagged with its GraphQL type for `Node.__resolveType`. */
export type TypedNode = NodeRow & { __typename: NodeType };

// The types the reference cache holds in a map by id (the rest are read from the database).
const REF_MAPS = {
  Country: 'country',
  Theme: 'theme',
  Group: 'group',
  Stage: 'stage',
  Objective: 'objective',
  Target: 'target',
  Instrument: 'instrument',
  Provision: 'provision',
  Document: 'document',
} as const satisfies Partial<Record<NodeType, keyof ReferenceSnapshot>>;

const isRefMapped = (type: NodeType): type is keyof typeof REF_MAPS => type in REF_MAPS;

/**
 * The entities named by `ids` (global `<Type>:<id>` or bare), in their order, null where none
 * has the id. Ids are unique across types (src/load/entityIds.ts); should a store hold one twice
 * all the same, a bare id is BAD_USER_INPUT naming the global ids to use, never a guess. Costs at
 * most one statement for the bare ids, plus the loaders' batches.
 */
export async function findNodes(ctx: RequestContext, ids: readonly string[], argument: string): Promise<Array<TypedNode | null>> {
  if (ids.length > ctx.limits.maxPageSize) {
    throw new BadUserInputError(`${argument}: ${ids.length} ids asked, at most ${ctx.limits.maxPageSize} per call (KG_MAX_PAGE_SIZE)`, argument);
  }
  const ref = await ctx.reference();
  const bare = ids.filter((id) => globalKeyOf(id) === null);
  const dbTypes = new Map<string, NodeType[]>();
  if (bare.length > 0) {
    for (const row of await ctx.executor.read<{ id: string; type: NodeType }>('node/typesOf', { ids: [...new Set(bare)] })) {
      dbTypes.set(row.id, [...(dbTypes.get(row.id) ?? []), row.type]);
    }
  }
  const keys = ids.map((id, i): NodeKey | null => {
    const key = globalKeyOf(id);
    if (key) return key;
    const types = dbTypes.get(id) ?? [];
    if (types.length > 1) {
      const place = ids.length === 1 && argument === 'id' ? argument : `${argument}[${i}]`;
      throw new BadUserInputError(
        `${place}: ${JSON.stringify(id)} names ${types.length} entities; ask for one of ${types.map((t) => toGlobalId(t, id)).join(', ')}`,
        place,
      );
    }
    return types.length === 1 ? { type: types[0] as NodeType, id } : null;
  });
  const statements = new Map<NodeType, Promise<Map<string, NodeRow>>>();
  const statementsOf = (type: 'Recommendation' | 'GuidingQuestion') => {
    let rows = statements.get(type);
    if (!rows) {
      rows = readStatements(ctx.executor, type === 'Recommendation' ? 'RECOMMENDATION' : 'GUIDING_QUESTION', null, null).then(
        (list) => new Map(list.map((s) => [s.id, s])),
      );
      statements.set(type, rows);
    }
    return rows;
  };
  return Promise.all(
    keys.map(async (key): Promise<TypedNode | null> => {
      if (!key) return null;
      const row = await rowOf(key, ref, ctx, statementsOf);
      return row ? { ...row, __typename: key.type } : null;
    }),
  );
}

async function rowOf(
  { type, id }: NodeKey,
  ref: ReferenceSnapshot,
  ctx: RequestContext,
  statementsOf: (type: 'Recommendation' | 'GuidingQuestion') => Promise<Map<string, NodeRow>>,
): Promise<NodeRow | null> {
  if (isRefMapped(type)) return ref[REF_MAPS[type]].get(id) ?? null;
  switch (type) {
    case 'GuidingPrinciple':
      return ref.guidingPrinciples.find((p) => p.id === id) ?? null;
    case 'Practice':
      return ctx.loaders.practice.load(id);
    case 'Partner':
      return ctx.loaders.partner.load(id);
    case 'Recommendation':
    case 'GuidingQuestion':
      return (await statementsOf(type)).get(id) ?? null;
  }
}
