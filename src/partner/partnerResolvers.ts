import type { Resolvers } from '../generated/graphql';
import { refOrNull } from '../reference/refOf';
import { intInRange, listOrNull } from '../util/argument';
import { relatedPractices } from '../practice/relatedPractices';
import { pageInfo } from '../util/connection';
import { withRef } from '../util/withRef';

/** Query.partners, Query.partner and the fields of Partner. */
export const partnerResolvers: Resolvers = {
  Query: {
    partners: (_root, args, ctx) => {
      const first = intInRange(args.first, 'first', 0, ctx.limits.maxPageSize, 20);
      const text = args.filter?.text?.trim() ? args.filter.text : null;
      return ctx.partners.page({ text, kinds: listOrNull(args.filter?.kinds), includeUnnamed: args.filter?.includeUnnamed === true }, first, args.after);
    },
    partner: (_root, args, ctx) => ctx.loaders.partner.load(args.id),
  },
  PartnerConnection: {
    edges: (page) => page.rows.map((r) => ({ cursor: r.cursor, node: r.partner })),
    pageInfo: (page) => pageInfo(page),
    totalCount: (page, _args, ctx) => ('total' in page ? page.total : ctx.partners.count(page.filter)),
  },
  Partner: {
    basedIn: (p, _args, ctx) => withRef(ctx, (ref) => refOrNull(ref, 'country', p.basedIn)),
    practices: (p, args, ctx) => relatedPractices(ctx.loaders.practicesByPartner, p.id, args, ctx),
    provenance: (p) => ({ basis: p.basis, evidence: p.evidence, rule: null, footnote: null }),
  },
};
