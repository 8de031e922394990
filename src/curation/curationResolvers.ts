import type { CurationLinkType, Resolvers } from '../generated/graphql';
import { NotFoundError } from '../errors/domainErrors';
import type { RequestContext } from '../context/requestContext';
import { slugify } from '../util/slugify';
import { requireCurator } from './curatorAuth';
import { createPracticeSchema, linkSchema, parseInput, updatePracticeSchema } from './curationInput';
import type { CheckedLink, CurationRepository } from './curationRepository';
import { checkLinkTarget } from './linkTargets';

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
 * Runs a curation write: refused without the curator token; after it succeeds, the cached
 * reference data and aggregate answers (coverage, gaps) are forgotten, since any change to a
 * practice (a field the text filter reads, a link a matrix counts) can change them. Every
 * mutation goes through here, so none can forget.
 */
async function curate<T>(ctx: RequestContext, write: (repo: CurationRepository) => Promise<T>): Promise<T> {
  requireCurator(ctx.curator, ctx.curationEnabled);
  const result = await write(ctx.curation);
  ctx.invalidateReference();
  return result;
}

/** createPractice, updatePractice, deletePractice, linkPractice, unlinkPractice. */
export const curationResolvers: Resolvers = {
  Mutation: {
    createPractice: async (_root, args, ctx) => {
      const id = await curate(ctx, async (repo) => {
        const input = parseInput(createPracticeSchema, args.input, 'input');
        const practiceId = slugify(input.title);
        const links = await checkedLinks(ctx, input.links ?? [], 'input.links');
        const { evidence, links: _links, ...fields } = input;
        await repo.create(practiceId, stripNull(fields), evidence, links);
        return practiceId;
      });
      return reload(ctx, id);
    },
    updatePractice: async (_root, args, ctx) => {
      await curate(ctx, (repo) => {
        const { evidence, ...fields } = parseInput(updatePracticeSchema, args.input, 'input');
        return repo.update(args.id, stripNull(fields), evidence);
      });
      return reload(ctx, args.id);
    },
    deletePractice: async (_root, args, ctx) => {
      const relationshipsDeleted = await curate(ctx, (repo) => repo.delete(args.id));
      return { id: args.id, relationshipsDeleted };
    },
    linkPractice: async (_root, args, ctx) => {
      await curate(ctx, async (repo) => {
        const link = parseInput(linkSchema, args.link, 'link');
        const [checked] = await checkedLinks(ctx, [link], 'link');
        await repo.link(args.id, checked!);
      });
      return reload(ctx, args.id);
    },
    unlinkPractice: async (_root, args, ctx) => {
      await curate(ctx, (repo) => repo.unlink(args.id, args.link.type, args.link.target));
      return reload(ctx, args.id);
    },
  },
};

function stripNull<T extends Record<string, unknown>>(o: T): { [K in keyof T]?: Exclude<T[K], null> } {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as { [K in keyof T]?: Exclude<T[K], null> };
}
