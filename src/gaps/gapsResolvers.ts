import { NotFoundError } from '../errors/domainErrors';
import type { PartnerKind, Resolvers } from '../generated/graphql';
import { practiceFilterParams } from '../practice/practiceFilter';
import type { RequestContext } from '../context/requestContext';
import { knownId, knownIds } from '../reference/knownIds';
import { refOf, refOrNull } from '../reference/refOf';
import { intInRange, yearOrNull } from '../util/argument';
import { candidateReason, instrumentGapReason, objectiveGapReason, partnerKindGapReason, ratificationGapReason, themeGroupGapReason } from './gapReasons';
import type { CandidatePartnerRow } from './gapRows';
import { withRef } from '../util/withRef';
import { selects } from '../util/selects';

function candidates(ctx: RequestContext, theme: string, country: string | null, kind: PartnerKind | null, first: number | null | undefined) {
  return ctx.candidates.load({ theme, country, kind, limit: intInRange(first, 'first', 1, ctx.limits.maxPageSize, 5) });
}

/** coverage and partnershipGaps (a)-(e). */
export const gapsResolvers: Resolvers = {
  Query: {
    coverage: async (_root, args, ctx) => {
      const ref = await ctx.reference();
      const filter = practiceFilterParams(args.filter, ref, 'filter', yearOrNull(args.asOf, 'asOf'));
      const maxIds = intInRange(args.practiceIdsPerCell, 'practiceIdsPerCell', 0, 10_000, 1000);
      return ctx.coverage.coverage(args.rows, args.columns, filter, ref, args.countryScope ?? 'ACTIVE', maxIds);
    },
    partnershipGaps: () => ({}),
  },
  DimensionValue: {
    label: (v, args) => (args.lang === 'FR' ? v.labelFr : v.label),
  },
  PartnershipGaps: {
    // Each argument is checked under its own name, as the client wrote it (`country`, `themes[1]`).
    withoutPartnerKind: async (_root, args, ctx) => {
      const ref = await ctx.reference();
      return ctx.gaps.withoutPartnerKind(args.kind, knownIds(ref, 'country', args.countries, 'countries'), knownIds(ref, 'theme', args.themes, 'themes'));
    },
    themeGroupGaps: async (_root, args, ctx) => {
      const ref = await ctx.reference();
      return ctx.gaps.themeGroupGaps(knownIds(ref, 'theme', args.themes, 'themes'), knownIds(ref, 'group', args.groups, 'groups'));
    },
    unbackedInstruments: async (_root, args, ctx) => {
      const ref = await ctx.reference();
      return ctx.gaps.unbackedInstruments(knownId(ref, 'country', args.country, 'country'), knownIds(ref, 'theme', args.themes, 'themes'));
    },
    ratificationGaps: async (_root, args, ctx, info) => {
      const ref = await ctx.reference();
      const countries = knownIds(ref, 'country', args.countries, 'countries');
      const themes = knownIds(ref, 'theme', args.themes, 'themes');
      const instruments = knownIds(ref, 'instrument', args.instruments, 'instruments');
      // The reason quotes the evidence: either field asks for it.
      const withEvidence = selects(info, 'evidence') || selects(info, 'reason');
      const rows = await ctx.gaps.ratificationGaps(countries, themes, instruments, yearOrNull(args.asOf, 'asOf'), selects(info, 'practiceIds'), withEvidence);
      return { notRatified: rows.filter((r) => r.status !== 'UNKNOWN'), unknown: rows.filter((r) => r.status === 'UNKNOWN') };
    },
    objectiveGaps: async (_root, args, ctx) => {
      const ref = await ctx.reference();
      return ctx.gaps.objectiveGaps(args.country ? knownId(ref, 'country', args.country, 'country') : null, args.kind ?? null);
    },
    candidatePartners: async (_root, args, ctx) => {
      const ref = await ctx.reference();
      const theme = knownId(ref, 'theme', args.theme, 'theme');
      const country = args.country ? knownId(ref, 'country', args.country, 'country') : null;
      return candidates(ctx, theme, country, args.kind ?? null, args.first);
    },
  },
  ObjectiveGap: {
    objective: (g, _args, ctx) => withRef(ctx, (ref) => refOf(ref, 'objective', g.objective)),
    country: (g, _args, ctx) => withRef(ctx, (ref) => refOrNull(ref, 'country', g.country)),
    supportedElsewhereBy: async (g, _args, ctx) =>
      (await ctx.loaders.practice.loadMany(g.supportedElsewhereBy)).flatMap((p) => (p && !(p instanceof Error) ? [p] : [])),
    supportedElsewhereByIds: (g) => g.supportedElsewhereBy,
    reason: (g, _args, ctx) => withRef(ctx, (ref) => objectiveGapReason(g, ref)),
  },
  PartnerKindGap: {
    country: (g, _args, ctx) => countryOf(ctx, g.country),
    theme: (g, _args, ctx) => themeOf(ctx, g.theme),
    practices: async (g, _args, ctx) => (await ctx.loaders.practice.loadMany(g.practiceIds)).flatMap((p) => (p && !(p instanceof Error) ? [p] : [])),
    reason: (g, _args, ctx) => withRef(ctx, (ref) => partnerKindGapReason(g, ref)),
    candidates: (g, args, ctx) => candidates(ctx, g.theme, g.country, g.kind, args.first),
  },
  ThemeGroupGap: {
    theme: (g, _args, ctx) => themeOf(ctx, g.theme),
    group: (g, _args, ctx) => withRef(ctx, (ref) => refOf(ref, 'group', g.group)),
    reason: (g, _args, ctx) => withRef(ctx, (ref) => themeGroupGapReason(g, ref)),
    candidates: (g, args, ctx) => candidates(ctx, g.theme, null, null, args.first),
  },
  InstrumentGap: {
    country: (g, _args, ctx) => countryOf(ctx, g.country),
    instrument: (g, _args, ctx) => withRef(ctx, (ref) => refOf(ref, 'instrument', g.instrument)),
    provision: (g, _args, ctx) => withRef(ctx, (ref) => refOrNull(ref, 'provision', g.provision)),
    theme: (g, _args, ctx) => themeOf(ctx, g.theme),
    reason: (g, _args, ctx) => withRef(ctx, (ref) => instrumentGapReason(g, ref)),
    candidates: (g, args, ctx) => candidates(ctx, g.theme, g.country, null, args.first),
  },
  RatificationGap: {
    country: (g, _args, ctx) => countryOf(ctx, g.country),
    theme: (g, _args, ctx) => themeOf(ctx, g.theme),
    instrument: (g, _args, ctx) => withRef(ctx, (ref) => refOf(ref, 'instrument', g.instrument)),
    reason: (g, _args, ctx) => withRef(ctx, (ref) => ratificationGapReason(g, ref)),
  },
  CandidatePartner: {
    partner: async (c, _args, ctx) => {
      const p = await ctx.loaders.partner.load(c.partner);
      if (!p) throw new NotFoundError('partner', c.partner);
      return p;
    },
    reason: async (c: CandidatePartnerRow, _args, ctx) => {
      const p = await ctx.loaders.partner.load(c.partner);
      return candidateReason(c, await ctx.reference(), p?.name ?? c.partner);
    },
  },
};

function countryOf(ctx: RequestContext, id: string) {
  return withRef(ctx, (ref) => refOf(ref, 'country', id));
}

function themeOf(ctx: RequestContext, id: string) {
  return withRef(ctx, (ref) => refOf(ref, 'theme', id));
}
