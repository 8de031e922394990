import type { Resolvers } from '../generated/graphql';
import { practiceFilterParams } from './practiceFilter';

/** Query.practiceFacets: the facet counts of a filter, and its totalCount from the practices' own count. */
export const practiceFacetResolvers: Resolvers = {
  Query: {
    practiceFacets: async (_root, args, ctx) => {
      const filter = practiceFilterParams(args.filter, await ctx.reference());
      return { filter, counts: await ctx.practices.facets(filter) };
    },
  },
  PracticeFacets: {
    totalCount: (f, _args, ctx) => ctx.practices.count(f.filter),
    countries: (f) => f.counts.countries,
    themes: (f) => f.counts.themes,
    partnerKinds: (f) => f.counts.partnerKinds,
    partners: (f) => f.counts.partners,
    groups: (f) => f.counts.groups,
    stages: (f) => f.counts.stages,
    instruments: (f) => f.counts.instruments,
    objectives: (f) => f.counts.objectives,
    targets: (f) => f.counts.targets,
  },
  FacetCount: {
    label: (c, args) => (args.lang === 'FR' ? (c.nameFr ?? c.name) : c.name) ?? c.value,
  },
};
