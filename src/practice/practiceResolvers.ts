import { NotFoundError } from '../errors/domainErrors';
import type { Resolvers } from '../generated/graphql';
import { intInRange } from '../util/argument';
import { pageInfo, pickAll } from '../util/connection';
import { selects } from '../util/selects';
import { pagePrefetch, primeLoaders } from './pagePrefetch';
import { practiceFilterParams } from './practiceFilter';
import { sourceLines } from './sourceText';
import { withRef } from '../util/withRef';

/** Query.practices, Query.practice and the fields of Practice and its connection. */
export const practiceResolvers: Resolvers = {
  Query: {
    practices: async (_root, args, ctx, info) => {
      const filter = practiceFilterParams(args.filter, await ctx.reference());
      const first = intInRange(args.first, 'first', 0, ctx.limits.maxPageSize, 20);
      const page = await ctx.practices.page(filter, first, args.after, args.orderBy ?? 'TITLE_ASC', pagePrefetch(info));
      primeLoaders(page, ctx.loaders);
      return page;
    },
    practice: async (_root, args, ctx, info) => {
      // The backings' statement brings the practice along (it primes the practice loader).
      if (selects(info, 'backedBy')) await ctx.loaders.practiceBackedBy.load(args.id);
      return ctx.loaders.practice.load(args.id);
    },
  },
  PracticeConnection: {
    edges: (page) => page.rows.map((r) => ({ cursor: r.cursor, node: r.practice })),
    pageInfo: (page) => pageInfo(page),
    totalCount: (page, _args, ctx) => ('total' in page ? page.total : ctx.practices.count(page.filter)),
  },
  Practice: {
    source: (p) => (p.sourceDocument && p.sourceLines ? { document: p.sourceDocument, lines: p.sourceLines } : null),
    countries: async (p, _args, ctx) => pickAll((await ctx.loaders.practiceCountries.load(p.id)).implementedBy, (await ctx.reference()).country),
    concerns: async (p, _args, ctx) => pickAll((await ctx.loaders.practiceCountries.load(p.id)).concerns, (await ctx.reference()).country),
    mentions: async (p, _args, ctx) => pickAll((await ctx.loaders.practiceCountries.load(p.id)).mentions, (await ctx.reference()).country),
    partners: (p, _args, ctx) => ctx.loaders.practicePartners.load(p.id),
    themes: async (p, _args, ctx) => pickAll((await ctx.loaders.practiceFacets.load(p.id)).themes, (await ctx.reference()).theme),
    groups: async (p, _args, ctx) => pickAll((await ctx.loaders.practiceFacets.load(p.id)).groups, (await ctx.reference()).group),
    stages: async (p, _args, ctx) => pickAll((await ctx.loaders.practiceFacets.load(p.id)).stages, (await ctx.reference()).stage),
    links: (p, _args, ctx) => ctx.loaders.practiceLinks.load(p.id),
    backedBy: (p, _args, ctx) => ctx.loaders.practiceBackedBy.load(p.id),
  },
  PracticeLink: {
    provenance: (l) => ({ basis: l.basis, evidence: l.evidence, rule: l.rule, footnote: l.footnote }),
  },
  SourceCitation: {
    document: async (s, _args, ctx) => {
      const doc = (await ctx.reference()).document.get(s.document);
      if (!doc) throw new NotFoundError('document', s.document);
      return doc;
    },
    text: async (s, _args, ctx) => {
      const doc = (await ctx.reference()).document.get(s.document);
      if (!doc) throw new NotFoundError('document', s.document);
      return sourceLines(doc.file, s.lines[0] ?? 1, s.lines[1] ?? s.lines[0] ?? 1);
    },
  },
  Backing: {
    instrument: (b, _args, ctx) =>
      withRef(ctx, (ref) => {
        const i = ref.instrument.get(b.instrument);
        if (!i) throw new NotFoundError('instrument', b.instrument);
        return i;
      }),
    provision: (b, _args, ctx) => withRef(ctx, (ref) => (b.provision ? ref.provision.get(b.provision) ?? null : null)),
    theme: (b, _args, ctx) => withRef(ctx, (ref) => (b.theme ? ref.theme.get(b.theme) ?? null : null)),
  },
  BackingStep: {
    provenance: (s) => ({ basis: s.basis, evidence: s.evidence, rule: s.rule, footnote: s.footnote }),
  },
};
