import { BadUserInputError } from '../errors/domainErrors';
import type { Resolvers } from '../generated/graphql';
import { pagePrefetch, primeLoaders } from '../practice/pagePrefetch';
import { practiceFilterParams } from '../practice/practiceFilter';
import type { ReferenceSnapshot } from '../reference/referenceCache';
import { refOf, refOrNull, refsOf } from '../reference/refOf';
import { intInRange } from '../util/argument';
import { pageInfo, textKeyPageArgs } from '../util/connection';
import { localized } from '../util/lang';
import { withRef } from '../util/withRef';

function themesGroundedBy(ref: ReferenceSnapshot, instrumentId: string, provisionId?: string) {
  const ids = new Set(ref.groundings.filter((g) => (provisionId ? g.provision === provisionId : g.instrument === instrumentId)).map((g) => g.theme));
  return refsOf(ref, 'theme', [...ids].sort());
}

/** Instruments, provisions and the instrument × practice table. */
export const instrumentResolvers: Resolvers = {
  Query: {
    instruments: (_root, _args, ctx) => withRef(ctx, (ref) => ref.instruments),
    instrument: (_root, args, ctx) => withRef(ctx, (ref) => ref.instrument.get(args.id) ?? null),
    instrumentPracticeMatrix: async (_root, args, ctx) => {
      const filter = practiceFilterParams(args.filter, await ctx.reference());
      const { first, after } = textKeyPageArgs(args, ctx.limits);
      return ctx.instruments.matrix(filter, first, after);
    },
  },
  Instrument: {
    name: (i, args) => localized(i, args.lang),
    provisions: (i, _args, ctx) => withRef(ctx, (ref) => ref.provisions.filter((p) => p.instrument === i.id)),
    interprets: (i, _args, ctx) => withRef(ctx, (ref) => refOrNull(ref, 'instrument', i.interprets)),
    supplements: (i, _args, ctx) => withRef(ctx, (ref) => refOrNull(ref, 'instrument', i.supplements)),
    grounds: (i, _args, ctx) => withRef(ctx, (ref) => themesGroundedBy(ref, i.id)),
    backedPractices: async (i, args, ctx, info) => {
      if (args.filter?.instruments?.length) {
        throw new BadUserInputError('filter.instruments cannot be used in backedPractices: the instrument is already given', 'filter.instruments');
      }
      const filter = practiceFilterParams({ ...args.filter, instruments: [i.id] }, await ctx.reference());
      const first = intInRange(args.first, 'first', 0, ctx.limits.maxPageSize, 20);
      const page = await ctx.practices.page(filter, first, args.after, 'TITLE_ASC', pagePrefetch(info));
      primeLoaders(page, ctx.loaders);
      return page;
    },
  },
  Provision: {
    instrument: (p, _args, ctx) => withRef(ctx, (ref) => refOf(ref, 'instrument', p.instrument)),
    grounds: (p, _args, ctx) => withRef(ctx, (ref) => themesGroundedBy(ref, p.instrument, p.id)),
  },
  InstrumentPracticeMatrix: {
    instruments: (m, _args, ctx) => withRef(ctx, (ref) => refsOf(ref, 'instrument', m.instrumentIds)),
    pageInfo: (m) => pageInfo(m),
    totalCount: (m, _args, ctx) => ctx.practices.count(m.filter),
  },
};
