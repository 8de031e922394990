import type { Resolvers } from '../generated/graphql';
import { relatedPractices } from '../practice/relatedPractices';
import { refOf } from '../reference/refOf';
import { localized } from '../util/lang';
import { withRef } from '../util/withRef';

const provenance = (r: { basis: string; evidence: string }) => ({ basis: r.basis, evidence: r.evidence, rule: null, footnote: null });

/** The Global Compact's objectives and guiding principles, the SDG targets, and the practices filed under them. */
export const frameworkResolvers: Resolvers = {
  Query: {
    objectives: (_root, _args, ctx) => withRef(ctx, (ref) => ref.objectives),
    compactPrinciples: (_root, _args, ctx) => withRef(ctx, (ref) => ref.guidingPrinciples),
    targets: (_root, _args, ctx) => withRef(ctx, (ref) => ref.targets),
  },
  Objective: {
    name: (o, args) => localized(o, args.lang),
    provenance: (o) => provenance(o),
    themes: (o) => o.themes,
    practices: (o, args, ctx) => relatedPractices(ctx.loaders.practicesByObjective, o.id, args, ctx),
  },
  ObjectiveTheme: {
    theme: (t, _args, ctx) => withRef(ctx, (ref) => refOf(ref, 'theme', t.theme)),
    provenance: (t) => provenance(t),
  },
  GuidingPrinciple: {
    name: (g, args) => localized(g, args.lang),
    provenance: (g) => provenance(g),
  },
  Target: {
    name: (t, args) => localized(t, args.lang),
    provenance: (t) => provenance(t),
    practices: (t, args, ctx) => relatedPractices(ctx.loaders.practicesByTarget, t.id, args, ctx),
  },
};
