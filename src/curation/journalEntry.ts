import { z } from 'zod';
import { CURATION_LINK_TYPES } from './linkTargets';

/** The journal's format version, written on every line so a reader can tell old lines from new. */
export const JOURNAL_FORMAT = 1;

const linkType = z.enum(CURATION_LINK_TYPES);
const fields = z.object({
  title: z.string().optional(),
  summary: z.string().optional(),
  webLinks: z.array(z.string()).optional(),
  tags: z.array(z.string()).optional(),
  thematicAreas: z.string().optional(),
});
const link = z.object({ type: linkType, target: z.string(), evidence: z.string() });

/**
 * What a change does, enough to apply it again (a replay): the operation, the practice, and the
 * checked input. The names are the GraphQL mutations'.
 */
export const curationOp = z.discriminatedUnion('op', [
  z.object({ op: z.literal('createPractice'), practiceId: z.string(), fields, evidence: z.string(), links: z.array(link) }),
  z.object({ op: z.literal('updatePractice'), practiceId: z.string(), fields, evidence: z.string() }),
  z.object({ op: z.literal('deletePractice'), practiceId: z.string() }),
  z.object({ op: z.literal('linkPractice'), practiceId: z.string(), link }),
  z.object({ op: z.literal('unlinkPractice'), practiceId: z.string(), link: z.object({ type: linkType, target: z.string() }) }),
]);

/** One curation operation with its input. */
export type CurationOp = z.infer<typeof curationOp>;

/**
 * A change line: written (and fsynced) inside the database transaction, before it commits, so a
 * change the database holds is always in the journal. `before` and `after` are what a reviewer
 * reads: the practice's fields, or the edge, on either side of the change.
 */
export const journalChange = z.object({
  format: z.literal(JOURNAL_FORMAT),
  type: z.literal('change'),
  id: z.uuid(),
  at: z.iso.datetime(),
  curator: z.string(),
  change: curationOp,
  expectedVersion: z.number().int().nullable(),
  /** The practice's version after the change. */
  version: z.number().int(),
  summary: z.string(),
  before: z.unknown().nullable(),
  after: z.unknown().nullable(),
});

/** A change line. */
export type JournalChange = z.infer<typeof journalChange>;

/**
 * The outcome of a change line, appended after the transaction: `commit` once it committed,
 * `abort` when it did not (a failed commit, or a crash before it, found at the next start).
 */
export const journalOutcome = z.object({
  format: z.literal(JOURNAL_FORMAT),
  type: z.enum(['commit', 'abort']),
  id: z.uuid(),
  at: z.iso.datetime(),
  reason: z.string().optional(),
});

/** An outcome line. */
export type JournalOutcome = z.infer<typeof journalOutcome>;

/** Any line of the journal. */
export const journalLine = z.discriminatedUnion('type', [journalChange, journalOutcome]);
