import type { Resolvers } from '../generated/graphql';
import type { RequestContext } from '../context/requestContext';
import { knownId, knownIds } from '../reference/knownIds';
import { refOf } from '../reference/refOf';
import { localized } from '../util/lang';
import { withRef } from '../util/withRef';
import { readStatements, type StatementKind } from './statementRepository';
import type { StatementRow, StatementTopicRow } from './statementRows';

async function statements(
  ctx: RequestContext,
  kind: StatementKind,
  args: { document?: string | null; themes?: readonly string[] | null },
): Promise<StatementRow[]> {
  const ref = await ctx.reference();
  const document = args.document ? knownId(ref, 'document', args.document, 'document') : null;
  return readStatements(ctx.executor, kind, document, knownIds(ref, 'theme', args.themes, 'themes'));
}

const topicRef = (ctx: RequestContext, t: StatementTopicRow) =>
  withRef(ctx, (ref) => (t.type === 'Theme' ? refOf(ref, 'theme', t.id) : t.type === 'Group' ? refOf(ref, 'group', t.id) : refOf(ref, 'stage', t.id)));

const ofType = (s: StatementRow, type: StatementTopicRow['type']) => s.speaksOf.filter((t) => t.type === type);

// Recommendations and guiding questions have the same fields.
const statementFields = {
  source: (s: StatementRow) => ({ document: s.document, lines: s.sourceLines }),
  document: (s: StatementRow, _args: unknown, ctx: RequestContext) => withRef(ctx, (ref) => refOf(ref, 'document', s.document)),
  themes: (s: StatementRow, _args: unknown, ctx: RequestContext) => withRef(ctx, (ref) => ofType(s, 'Theme').map((t) => refOf(ref, 'theme', t.id))),
  groups: (s: StatementRow, _args: unknown, ctx: RequestContext) => withRef(ctx, (ref) => ofType(s, 'Group').map((t) => refOf(ref, 'group', t.id))),
  stages: (s: StatementRow, _args: unknown, ctx: RequestContext) => withRef(ctx, (ref) => ofType(s, 'Stage').map((t) => refOf(ref, 'stage', t.id))),
  speaksOf: (s: StatementRow) => s.speaksOf,
};

/** The paper's recommendations and guiding questions, typed, with what each speaks of. */
export const statementResolvers: Resolvers = {
  Query: {
    recommendations: (_root, args, ctx) => statements(ctx, 'RECOMMENDATION', args),
    guidingQuestions: (_root, args, ctx) => statements(ctx, 'GUIDING_QUESTION', args),
  },
  Recommendation: statementFields,
  GuidingQuestion: statementFields,
  StatementTopic: {
    name: async (t, args, ctx) => localized(await topicRef(ctx, t), args.lang),
    provenance: (t) => ({ basis: t.basis, evidence: t.evidence, rule: t.rule, footnote: null }),
  },
};
