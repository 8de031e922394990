import type { Resolvers } from '../generated/graphql';
import { relatedPartners } from '../partner/relatedPartners';
import { relatedPractices } from '../practice/relatedPractices';
import { refOf } from '../reference/refOf';
import { localized } from '../util/lang';
import { treatyStatus } from './treatyStatus';
import { yearOrNull } from '../util/argument';
import { withRef } from '../util/withRef';

/** Countries (reference data), their practices, partners and treaty status. */
export const countryResolvers: Resolvers = {
  Query: {
    country: (_root, args, ctx) => withRef(ctx, (ref) => ref.country.get(args.id.toUpperCase()) ?? null),
    countries: async (_root, args, ctx) => {
      const all = (await ctx.reference()).countries;
      return args.unMembersOnly ? all.filter((c) => c.unMember) : all;
    },
  },
  Country: {
    name: (c, args) => localized(c, args.lang),
    practices: (c, args, ctx) => relatedPractices(ctx.loaders.practicesByCountry, c.id, args, ctx),
    partners: (c, args, ctx) => relatedPartners(ctx.loaders.partnersByCountry, c.id, args, ctx),
    ratifications: (c, args, ctx) => ctx.loaders.ratificationsByCountry(yearOrNull(args.asOf, 'asOf')).load(c.id),
    treatyStatus: async (c, args, ctx) => {
      const instrument = refOf(await ctx.reference(), 'instrument', args.instrument);
      return treatyStatus(await ctx.loaders.ratificationsByCountry(yearOrNull(args.asOf, 'asOf')).load(c.id), instrument);
    },
  },
  Ratification: {
    instrument: (r, _args, ctx) => withRef(ctx, (ref) => refOf(ref, 'instrument', r.instrument)),
    provenance: (r) => ({ basis: r.basis, evidence: r.evidence, rule: null, footnote: null }),
  },
};
