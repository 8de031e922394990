import type { GraphQLResolveInfo } from 'graphql';
import { BadUserInputError, NotFoundError } from '../errors/domainErrors';
import type { Resolvers } from '../generated/graphql';
import type { RequestContext } from '../context/requestContext';
import { refOf } from '../reference/refOf';
import { intInRange } from '../util/argument';
import { fieldsAt } from '../util/selects';
import { checkNames, NODE_TYPES, parseGlobalId, RELATIONSHIP_TYPES, toGlobalId } from './globalId';

/** search, neighborhood and shortestPath. */
export const exploreResolvers: Resolvers = {
  Query: {
    search: (_root, args, ctx) => {
      const text = args.text.trim();
      if (!text) throw new BadUserInputError('text must not be empty', 'text');
      if (text.length > 500) throw new BadUserInputError('text is longer than 500 characters', 'text');
      return ctx.explore.search(text, intInRange(args.first, 'first', 1, ctx.limits.maxSearchResults, 10));
    },
    neighborhood: (_root, args, ctx, info) =>
      ctx.explore.neighborhood(parseGlobalId(args.id, 'id'), {
        ...nodeFieldsAsked(info),
        depth: intInRange(args.depth, 'depth', 1, ctx.limits.maxNeighborhoodDepth, 1),
        limit: intInRange(args.limit, 'limit', 1, ctx.limits.maxNeighborhoodNodes, 100),
        types: checkNames(args.types, NODE_TYPES, 'types'),
        relationshipTypes: checkNames(args.relationshipTypes, RELATIONSHIP_TYPES, 'relationshipTypes'),
      }),
    shortestPath: (_root, args, ctx) =>
      ctx.explore.shortestPath(
        parseGlobalId(args.from, 'from'),
        parseGlobalId(args.to, 'to'),
        intInRange(args.maxLength, 'maxLength', 1, ctx.limits.maxPathLength, 6),
        checkNames(args.relationshipTypes, RELATIONSHIP_TYPES, 'relationshipTypes'),
      ),
  },
  SearchHit: {
    id: (h) => toGlobalId(h.type, h.id),
    label: async (h, _args, ctx) => {
      const node = await searchNode(h, ctx);
      return 'title' in node ? node.title : node.name;
    },
    node: (h, _args, ctx) => searchNode(h, ctx),
  },
  SearchNode: {
    __resolveType: (node) => {
      if ('title' in node) return 'Practice';
      if ('kind' in node && 'generic' in node) return 'Partner';
      if ('adopted' in node) return 'Instrument';
      return 'Country';
    },
  },
};

/** Whether a subgraph's selection asks for node properties and hidden-neighbour counts. */
function nodeFieldsAsked(info: GraphQLResolveInfo): { withProperties: boolean; withDegree: boolean } {
  const asked = fieldsAt(info, 'Subgraph', 'nodes', 'GraphNode');
  return { withProperties: asked.has('properties'), withDegree: asked.has('hiddenNeighbors') };
}

async function searchNode(h: { type: string; id: string }, ctx: RequestContext) {
  if (h.type === 'Instrument') return refOf(await ctx.reference(), 'instrument', h.id);
  if (h.type === 'Country') return refOf(await ctx.reference(), 'country', h.id);
  const node = h.type === 'Practice' ? await ctx.loaders.practice.load(h.id) : await ctx.loaders.partner.load(h.id);
  if (!node) throw new NotFoundError(h.type, h.id);
  return node;
}
