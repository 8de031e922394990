import type { Resolvers } from '../generated/graphql';
import { refOf, refOrNull, refsOf } from '../reference/refOf';
import { intInRange } from '../util/argument';
import { pageInfo } from '../util/connection';
import type { GraphQLResolveInfo } from 'graphql';
import { fieldsAt } from '../util/selects';
import type { BackingFields } from './backingRow';
import { atLeast } from './backingSpecificity';
import { needsRow, pagePrefetch, primeLoaders } from './pagePrefetch';
import { practiceFilterParams } from './practiceFilter';
import { sourceLines } from './sourceText';
import { withRef } from '../util/withRef';
import type { RequestContext } from '../context/requestContext';
import type { PracticeCountries, PracticeFacets } from '../loaders/createLoaders';
import type { RefKind } from '../reference/refOf';
import type { PracticeRow } from './practiceRow';

// A list the page fetched with the practice is read from it, synchronously when the reference
// data is cached; otherwise the practice's loader reads it (one statement per selection level).
function countryRefs(p: PracticeRow, ctx: RequestContext, key: keyof PracticeCountries) {
  const ids = p.prefetched?.[key];
  if (ids) return withRef(ctx, (ref) => refsOf(ref, 'country', ids));
  return ctx.loaders.practiceCountries.load(p.id).then((c) => withRef(ctx, (ref) => refsOf(ref, 'country', c[key])));
}

// graphql-js hands every item of a list the same fieldNodes array, made anew for each execution:
// the selection of a page's backedBy is read once per request (variables of @skip and @include
// included), not once per practice.
const backingFieldsSeen = new WeakMap<object, Omit<BackingFields, 'row'>>();

/** What of the backings under this field (at `path`, see fieldsAt) the selection asks for beyond what every answer reads. */
function backingFields(info: GraphQLResolveInfo, ...path: string[]): Omit<BackingFields, 'row'> {
  const known = path.length === 0 ? backingFieldsSeen.get(info.fieldNodes) : undefined;
  if (known) return known;
  const backing = fieldsAt(info, ...path, 'Backing');
  const step = backing.has('path') ? fieldsAt(info, ...path, 'Backing', 'path', 'BackingStep') : new Set<string>();
  const provenance = step.has('provenance') ? fieldsAt(info, ...path, 'Backing', 'path', 'BackingStep', 'provenance', 'Provenance') : new Set<string>();
  const fields = {
    steps: backing.has('path'),
    rules: provenance.has('rule') || provenance.has('footnote'),
    ends: step.has('from') || step.has('fromLabel') || step.has('to') || step.has('toLabel'),
    reasons: backing.has('reasons'),
  };
  if (path.length === 0) backingFieldsSeen.set(info.fieldNodes, fields);
  return fields;
}

function facetRefs<K extends RefKind>(p: PracticeRow, ctx: RequestContext, key: keyof PracticeFacets, kind: K) {
  const ids = p.prefetched?.[key];
  if (ids) return withRef(ctx, (ref) => refsOf(ref, kind, ids));
  return ctx.loaders.practiceFacets.load(p.id).then((f) => withRef(ctx, (ref) => refsOf(ref, kind, f[key])));
}

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
      const asked = fieldsAt(info, 'Practice');
      if (!asked.has('backedBy')) return ctx.loaders.practice.load(args.id);
      // The backings' statement brings the practice along: its whole row only when the
      // selection needs more of it than its id and title.
      const { practice, backings } = await ctx.loaders.practiceBackedBy({ ...backingFields(info, 'Practice', 'backedBy'), row: needsRow(asked) }).load(args.id);
      return practice && { ...practice, prefetched: { ...practice.prefetched, backedBy: backings } };
    },
  },
  PracticeConnection: {
    edges: (page) => page.rows.map((r) => ({ cursor: r.cursor, node: r.practice })),
    pageInfo: (page) => pageInfo(page),
    totalCount: (page, _args, ctx) => ('total' in page ? page.total : ctx.practices.count(page.filter)),
  },
  Practice: {
    source: (p) => (p.sourceDocument && p.sourceLines ? { document: p.sourceDocument, lines: p.sourceLines } : null),
    countries: (p, _args, ctx) => countryRefs(p, ctx, 'implementedBy'),
    concerns: (p, _args, ctx) => countryRefs(p, ctx, 'concerns'),
    mentions: (p, _args, ctx) => countryRefs(p, ctx, 'mentions'),
    partners: (p, _args, ctx) => p.prefetched?.partners ?? ctx.loaders.practicePartners.load(p.id),
    themes: (p, _args, ctx) => facetRefs(p, ctx, 'themes', 'theme'),
    groups: (p, _args, ctx) => facetRefs(p, ctx, 'groups', 'group'),
    stages: (p, _args, ctx) => facetRefs(p, ctx, 'stages', 'stage'),
    objectives: (p, _args, ctx) => facetRefs(p, ctx, 'objectives', 'objective'),
    targets: (p, _args, ctx) => facetRefs(p, ctx, 'targets', 'target'),
    links: (p, _args, ctx) => ctx.loaders.practiceLinks.load(p.id),
    backedBy: async (p, args, ctx, info) =>
      (p.prefetched?.backedBy ?? (await ctx.loaders.practiceBackedBy({ ...backingFields(info), row: false }).load(p.id)).backings).filter((b) =>
        atLeast(b.specificity, args.minSpecificity),
      ),
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
