import type { Resolvers } from '../generated/graphql';
import { localized } from '../util/lang';

/** Themes, groups and stages (reference data) and the practices under each. */
export const themeResolvers: Resolvers = {
  Query: {
    themes: async (_root, _args, ctx) => (await ctx.reference()).themes,
    groups: async (_root, _args, ctx) => (await ctx.reference()).groups,
    stages: async (_root, _args, ctx) => (await ctx.reference()).stages,
  },
  Theme: {
    name: (t, args) => localized(t, args.lang),
    practices: (t, _args, ctx) => ctx.loaders.practicesByTheme.load(t.id),
    groundedBy: async (t, _args, ctx) => (await ctx.reference()).groundings.filter((g) => g.theme === t.id),
  },
  Grounding: {
    instrument: async (g, _args, ctx) => (await ctx.reference()).instrument.get(g.instrument)!,
    provision: async (g, _args, ctx) => (g.provision ? (await ctx.reference()).provision.get(g.provision) ?? null : null),
    provenance: (g) => ({ basis: g.basis, evidence: g.evidence, rule: null, footnote: g.footnote }),
  },
  Group: {
    name: (g, args) => localized(g, args.lang),
    practices: (g, _args, ctx) => ctx.loaders.practicesByGroup.load(g.id),
  },
  Stage: {
    name: (s, args) => localized(s, args.lang),
    practices: (s, _args, ctx) => ctx.loaders.practicesByStage.load(s.id),
  },
};
