import type { Resolvers } from '../generated/graphql';
import { refOf, refOrNull, refsOf } from '../reference/refOf';
import { intInRange } from '../util/argument';
import { pageInfo } from '../util/connection';
import { selects } from '../util/selects';
import { atLeast } from './backingSpecificity';
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
    countries: async (p, _args, ctx) => refsOf(await ctx.reference(), 'country', (await ctx.loaders.practiceCountries.load(p.id)).implementedBy),
    concerns: async (p, _args, ctx) => refsOf(await ctx.reference(), 'country', (await ctx.loaders.practiceCountries.load(p.id)).concerns),
    mentions: async (p, _args, ctx) => refsOf(await ctx.reference(), 'country', (await ctx.loaders.practiceCountries.load(p.id)).mentions),
    partners: (p, _args, ctx) => ctx.loaders.practicePartners.load(p.id),
    themes: async (p, _args, ctx) => refsOf(await ctx.reference(), 'theme', (await ctx.loaders.practiceFacets.load(p.id)).themes),
    groups: async (p, _args, ctx) => refsOf(await ctx.reference(), 'group', (await ctx.loaders.practiceFacets.load(p.id)).groups),
    stages: async (p, _args, ctx) => refsOf(await ctx.reference(), 'stage', (await ctx.loaders.practiceFacets.load(p.id)).stages),
    objectives: async (p, _args, ctx) => refsOf(await ctx.reference(), 'objective', (await ctx.loaders.practiceFacets.load(p.id)).objectives),
    targets: async (p, _args, ctx) => refsOf(await ctx.reference(), 'target', (await ctx.loaders.practiceFacets.load(p.id)).targets),
    links: (p, _args, ctx) => ctx.loaders.practiceLinks.load(p.id),
    backedBy: async (p, args, ctx) => (await ctx.loaders.practiceBackedBy.load(p.id)).filter((b) => atLeast(b.specificity, args.minSpecificity)),
  },
  PracticeLink: {
    provenance: (l) => ({ basis: l.basis, evidence: l.evidence, rule: l.rule, footnote: l.footnote }),
  },
  SourceCitation: {
    document: async (s, _args, ctx) => refOf(await ctx.reference(), 'document', s.document),
    text: async (s, _args, ctx) => {
      const doc = refOf(await ctx.reference(), 'document', s.document);
      return sourceLines(doc.file, s.lines[0] ?? 1, s.lines[1] ?? s.lines[0] ?? 1);
    },
  },
  Backing: {
    instrument: (b, _args, ctx) => withRef(ctx, (ref) => refOf(ref, 'instrument', b.instrument)),
    provision: (b, _args, ctx) => withRef(ctx, (ref) => refOrNull(ref, 'provision', b.provision)),
    theme: (b, _args, ctx) => withRef(ctx, (ref) => refOrNull(ref, 'theme', b.theme)),
  },
  BackingStep: {
    provenance: (s) => ({ basis: s.basis, evidence: s.evidence, rule: s.rule, footnote: s.footnote }),
  },
};
