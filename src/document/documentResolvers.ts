import type { Resolvers } from '../generated/graphql';
import { refOf, refOrNull } from '../reference/refOf';
import { withRef } from '../util/withRef';

/** Documents, what they cite and who contributed to them (reference data, read from the snapshot). */
export const documentResolvers: Resolvers = {
  Query: {
    documents: (_root, _args, ctx) => withRef(ctx, (ref) => ref.documents),
    document: (_root, args, ctx) => withRef(ctx, (ref) => ref.document.get(args.id) ?? null),
  },
  Document: {
    cites: (d, _args, ctx) => withRef(ctx, (ref) => ref.citations.filter((c) => c.document === d.id)),
    contributors: (d, _args, ctx) => withRef(ctx, (ref) => ref.contributions.filter((c) => c.document === d.id)),
  },
  Country: {
    contributedTo: (c, _args, ctx) => withRef(ctx, (ref) => ref.contributions.filter((x) => x.country === c.id)),
  },
  Partner: {
    contributedTo: (p, _args, ctx) => withRef(ctx, (ref) => ref.contributions.filter((x) => x.partner === p.id)),
  },
  Citation: {
    document: (c, _args, ctx) => withRef(ctx, (ref) => refOf(ref, 'document', c.document)),
    instrument: (c, _args, ctx) => withRef(ctx, (ref) => refOf(ref, 'instrument', c.instrument)),
    provision: (c, _args, ctx) => withRef(ctx, (ref) => refOrNull(ref, 'provision', c.provision)),
    provenance: (c) => ({ basis: c.basis, evidence: c.evidence, rule: null, footnote: c.footnote }),
  },
  Contribution: {
    document: (c, _args, ctx) => withRef(ctx, (ref) => refOf(ref, 'document', c.document)),
    country: (c, _args, ctx) => withRef(ctx, (ref) => refOrNull(ref, 'country', c.country)),
    partner: (c, _args, ctx) => (c.partner ? ctx.loaders.partner.load(c.partner) : null),
    provenance: (c) => ({ basis: c.basis, evidence: c.evidence, rule: null, footnote: null }),
  },
};
