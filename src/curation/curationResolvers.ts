import crypto from 'node:crypto';
import type { CurationLinkType, CurationOperation, Resolvers } from '../generated/graphql';
import { NotFoundError } from '../errors/domainErrors';
import type { RequestContext } from '../context/requestContext';
import { slugify } from '../util/slugify';
import { requireCurator } from './curatorAuth';
import { createPracticeSchema, linkSchema, parseInput, updatePracticeSchema } from './curationInput';
import type { AppliedChange } from './curationRepository';
import type { CurationOp } from './journalEntry';
import { checkLinkTarget } from './linkTargets';

type CheckedLink = { type: CurationLinkType; target: string; evidence: string };

async function checkedLinks(ctx: RequestContext, links: Array<{ type: string; target: string; evidence: string }>, argument: string): Promise<CheckedLink[]> {
  const ref = await ctx.reference();
  const partnerExists = async (id: string) => (await ctx.loaders.partner.load(id)) !== null;
  for (const [i, l] of links.entries()) await checkLinkTarget(l.type as CurationLinkType, l.target, ref, partnerExists, `${argument}[${i}]`);
  return links.map((l) => ({ type: l.type as CurationLinkType, target: l.target, evidence: l.evidence }));
}

async function reload(ctx: RequestContext, id: string) {
  ctx.loaders.practice.clear(id);
  const practice = await ctx.loaders.practice.load(id);
  if (!practice) throw new NotFoundError('practice', id);
  return practice;
}

/**
 * Runs a curation write: refused without a curator's token; the change gets its id, time and
 * curator here, once. After it succeeds, the cached reference data and aggregate answers
 * (coverage, gaps) are forgotten, since any change to a practice (a field the text filter reads,
 * a link a matrix counts) can change them. Every mutation goes through here, so none can forget.
 */
async function curate(ctx: RequestContext, change: () => CurationOp | Promise<CurationOp>, expectedVersion: number | null | undefined): Promise<AppliedChange> {
  const curator = requireCurator(ctx.curator, ctx.curationEnabled);
  const op = await change();
  const result = await ctx.curation.apply(op, { id: crypto.randomUUID(), at: new Date().toISOString(), curator }, expectedVersion ?? null);
  ctx.invalidateReference();
  return result;
}

const OPERATIONS: Record<CurationOp['op'], CurationOperation> = {
  createPractice: 'CREATE_PRACTICE',
  updatePractice: 'UPDATE_PRACTICE',
  deletePractice: 'DELETE_PRACTICE',
  linkPractice: 'LINK_PRACTICE',
  unlinkPractice: 'UNLINK_PRACTICE',
};

/** createPractice, updatePractice, deletePractice, linkPractice, unlinkPractice, and Practice.history. */
export const curationResolvers: Resolvers = {
  Mutation: {
    createPractice: async (_root, args, ctx) => {
      let id = '';
      await curate(
        ctx,
        async () => {
          const input = parseInput(createPracticeSchema, args.input, 'input');
          id = slugify(input.title);
          const links = await checkedLinks(ctx, input.links ?? [], 'input.links');
          const { evidence, links: _links, ...fields } = input;
          return { op: 'createPractice', practiceId: id, fields: stripNull(fields), evidence, links };
        },
        null,
      );
      return reload(ctx, id);
    },
    updatePractice: async (_root, args, ctx) => {
      await curate(
        ctx,
        () => {
          const { evidence, ...fields } = parseInput(updatePracticeSchema, args.input, 'input');
          return { op: 'updatePractice', practiceId: args.id, fields: stripNull(fields), evidence };
        },
        args.expectedVersion,
      );
      return reload(ctx, args.id);
    },
    deletePractice: async (_root, args, ctx) => {
      const { relationshipsDeleted } = await curate(ctx, () => ({ op: 'deletePractice', practiceId: args.id }), args.expectedVersion);
      return { id: args.id, relationshipsDeleted };
    },
    linkPractice: async (_root, args, ctx) => {
      await curate(
        ctx,
        async () => {
          const link = parseInput(linkSchema, args.link, 'link');
          const [checked] = await checkedLinks(ctx, [link], 'link');
          return { op: 'linkPractice', practiceId: args.id, link: checked! };
        },
        args.expectedVersion,
      );
      return reload(ctx, args.id);
    },
    unlinkPractice: async (_root, args, ctx) => {
      await curate(ctx, () => ({ op: 'unlinkPractice', practiceId: args.id, link: { type: args.link.type, target: args.link.target } }), args.expectedVersion);
      return reload(ctx, args.id);
    },
  },
  Practice: {
    history: async (p, _args, ctx) =>
      (await ctx.loaders.practiceHistory.load(p.id)).map((c) => ({
        id: c.id,
        at: c.at,
        curator: c.curator,
        operation: OPERATIONS[c.op],
        version: c.version,
        summary: c.summary,
        before: c.before === null ? null : (JSON.parse(c.before) as unknown),
        after: c.after === null ? null : (JSON.parse(c.after) as unknown),
      })),
  },
};

function stripNull<T extends Record<string, unknown>>(o: T): { [K in keyof T]?: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as { [K in keyof T]?: Exclude<T[K], null> };
}
