import type { Resolvers } from '../generated/graphql';
import { relatedPractices } from '../practice/relatedPractices';
import { refOf, refOrNull } from '../reference/refOf';
import { localized } from '../util/lang';
import { withRef } from '../util/withRef';

/** Themes, groups and stages (reference data) and the practices under each. */
export const taxonomyResolvers: Resolvers = {
  Query: {
    themes: (_root, _args, ctx) => withRef(ctx, (ref) => ref.themes),
    groups: (_root, _args, ctx) => withRef(ctx, (ref) => ref.groups),
    stages: (_root, _args, ctx) => withRef(ctx, (ref) => ref.stages),
  },
  Theme: {
    name: (t, args) => localized(t, args.lang),
    practices: (t, args, ctx) => relatedPractices(ctx.loaders.practicesByTheme, t.id, args, ctx),
    groundedBy: (t, _args, ctx) => withRef(ctx, (ref) => ref.groundings.filter((g) => g.theme === t.id)),
  },
  Grounding: {
    instrument: (g, _args, ctx) => withRef(ctx, (ref) => refOf(ref, 'instrument', g.instrument)),
    provision: (g, _args, ctx) => withRef(ctx, (ref) => refOrNull(ref, 'provision', g.provision)),
    provenance: (g) => ({ basis: g.basis, evidence: g.evidence, rule: g.rule, footnote: g.footnote }),
  },
  Group: {
    name: (g, args) => localized(g, args.lang),
    practices: (g, args, ctx) => relatedPractices(ctx.loaders.practicesByGroup, g.id, args, ctx),
  },
  Stage: {
    name: (s, args) => localized(s, args.lang),
    practices: (s, args, ctx) => relatedPractices(ctx.loaders.practicesByStage, s.id, args, ctx),
  },
};
