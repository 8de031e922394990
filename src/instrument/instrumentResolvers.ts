import { BadUserInputError } from '../errors/domainErrors';
import type { Resolvers } from '../generated/graphql';
import { practiceFilterParams } from '../practice/practiceFilter';
import type { ReferenceSnapshot } from '../reference/referenceCache';
import { intInRange } from '../util/argument';
import { pickAll } from '../util/connection';
import { localized } from '../util/lang';
import { InstrumentRepository } from './instrumentRepository';

function themesGroundedBy(ref: ReferenceSnapshot, instrumentId: string, provisionId?: string) {
  const ids = new Set(ref.groundings.filter((g) => (provisionId ? g.provision === provisionId : g.instrument === instrumentId)).map((g) => g.theme));
  return pickAll([...ids].sort(), ref.theme);
}

/** Instruments, provisions and the instrument × practice table. */
export const instrumentResolvers: Resolvers = {
  Query: {
    instruments: async (_root, _args, ctx) => (await ctx.reference()).instruments,
    instrument: async (_root, args, ctx) => (await ctx.reference()).instrument.get(args.id) ?? null,
    instrumentPracticeMatrix: async (_root, args, ctx) =>
      new InstrumentRepository(ctx.executor).matrix(practiceFilterParams(args.filter, await ctx.reference())),
  },
  Instrument: {
    name: (i, args) => localized(i, args.lang),
    provisions: async (i, _args, ctx) => (await ctx.reference()).provisions.filter((p) => p.instrument === i.id),
    interprets: async (i, _args, ctx) => (i.interprets ? (await ctx.reference()).instrument.get(i.interprets) ?? null : null),
    grounds: async (i, _args, ctx) => themesGroundedBy(await ctx.reference(), i.id),
    backedPractices: async (i, args, ctx) => {
      if (args.filter?.instruments?.length) {
        throw new BadUserInputError('filter.instruments cannot be used in backedPractices: the instrument is already given', 'filter.instruments');
      }
      const filter = practiceFilterParams({ ...args.filter, instruments: [i.id] }, await ctx.reference());
      const first = intInRange(args.first, 'first', 0, ctx.limits.maxPageSize, 20);
      return ctx.practices.page(filter, first, args.after, 'TITLE_ASC');
    },
  },
  Provision: {
    instrument: async (p, _args, ctx) => (await ctx.reference()).instrument.get(p.instrument)!,
    grounds: async (p, _args, ctx) => themesGroundedBy(await ctx.reference(), p.instrument, p.id),
  },
  InstrumentPracticeMatrix: {
    instruments: async (m, _args, ctx) => pickAll(m.instrumentIds, (await ctx.reference()).instrument),
  },
};
