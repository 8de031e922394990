import type { Resolvers } from '../generated/graphql';
import { findNodes, type TypedNode } from './findNodes';

/** Relay object identification: `node`, `nodes` and the type of a Node. */
export const nodeResolvers: Resolvers = {
  Query: {
    node: async (_root, args, ctx) => {
      const [node] = await findNodes(ctx, [args.id], 'id');
      return node ?? null;
    },
    nodes: (_root, args, ctx) => findNodes(ctx, args.ids, 'ids'),
  },
  Node: {
    __resolveType: (node) => (node as TypedNode).__typename,
  },
};
