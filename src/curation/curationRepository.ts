import { rederiveBackings } from '../backing/rederiveBackings';
import type { Executor, TxRunner } from '../db/executor';
import { BadUserInputError, ConflictError, NotFoundError } from '../errors/domainErrors';
import type { CurationJournal } from './curationJournal';
import type { CurationOp, JournalChange } from './journalEntry';
import { NEW_PRACTICE_DEFAULTS, tagsText } from '../practice/practiceProperties';

/** Fields of a practice a curator sets. */
export interface PracticeFields {
  title?: string;
  summary?: string;
  webLinks?: string[];
  tags?: string[];
  thematicAreas?: string;
}

/** Who makes a change, when, and under which id (the journal's and the database's). */
export interface ChangeStamp {
  id: string;
  /** ISO 8601; stored as the change's time on every node and edge it writes. */
  at: string;
  curator: string;
}

/** What a change did. */
export interface AppliedChange {
  /** The practice's version after the change. */
  version: number;
  /** For a deletion: the relationships deleted with the practice. */
  relationshipsDeleted: number;
}

/** One change of a practice, as Practice.history lists it. */
export interface PracticeChangeRow {
  id: string;
  at: string;
  curator: string;
  op: CurationOp['op'];
  version: number;
  summary: string;
  before: string | null;
  after: string | null;
}

// What a change leaves for the record besides the write itself.
interface Outcome extends AppliedChange {
  summary: string;
  before: unknown;
  after: unknown;
}

/**
 * Curation writes. Each change is one transaction that also writes the change's mark
 * (curation/recordChange) and, before it commits, the change's line in the journal; its commit
 * line follows the commit. So a change the database holds is always in the journal, and a
 * change line without an outcome is settled by whether the mark exists (reconcileJournal.ts).
 */
export class CurationRepository {
  constructor(
    private readonly executor: Executor,
    private readonly journal: CurationJournal,
  ) {}

  /**
   * Applies a curator's change. With `expectedVersion`, a practice at another version is a
   * CONFLICT and nothing changes.
   */
  async apply(change: CurationOp, stamp: ChangeStamp, expectedVersion: number | null): Promise<AppliedChange> {
    let journaled = false;
    let outcome: Outcome;
    try {
      outcome = await this.executor.writeTransaction(async (tx) => {
        const done = await applyChange(tx, change, stamp, expectedVersion);
        await record(tx, change, stamp, done);
        // Last, so that a failure of any statement above leaves no line at all.
        this.journal.appendChange({ ...lineOf(change, stamp, done), expectedVersion });
        journaled = true;
        return done;
      });
    } catch (err) {
      if (journaled) await this.settle(stamp.id, err);
      throw err;
    }
    try {
      this.journal.appendOutcome(stamp.id, 'commit');
    } catch {
      // The change is committed and its line is in the journal: the next start settles it as
      // committed (its mark is in the database), so the curator's request still succeeded.
    }
    return outcome;
  }

  /**
   * Applies a committed journal change again, with its own id, time and curator, and no version
   * check and no new journal line: the journal already holds it (see replayJournal.ts).
   */
  async replay(line: JournalChange): Promise<void> {
    const stamp = { id: line.id, at: line.at, curator: line.curator };
    await this.executor.writeTransaction(async (tx) => record(tx, line.change, stamp, await applyChange(tx, line.change, stamp, null)));
  }

  /** The ids among `ids` whose changes the database holds. */
  async changesPresent(ids: string[]): Promise<Set<string>> {
    const present = new Set<string>();
    // In slices: a journal of years holds more ids than one parameter list should.
    for (let i = 0; i < ids.length; i += 10_000) {
      for (const r of await this.executor.read<{ id: string }>('curation/changesPresent', { ids: ids.slice(i, i + 10_000) })) present.add(r.id);
    }
    return present;
  }

  /** The version each practice is at (see cypher/curation/versions.cypher). */
  async versions(ids: string[]): Promise<Map<string, number>> {
    return new Map((await this.executor.read<{ id: string; version: number }>('curation/versions', { ids })).map((r) => [r.id, r.version]));
  }

  // After a failed transaction whose line was written: commit or abort it now if the database
  // can say which; if it cannot, the line stays pending for the next start.
  private async settle(id: string, err: unknown): Promise<void> {
    try {
      const present = await this.changesPresent([id]);
      this.journal.appendOutcome(id, present.has(id) ? 'commit' : 'abort', present.has(id) ? undefined : `did not commit: ${(err as Error).message}`);
    } catch {
      // Left pending: reconcileJournal settles it at the next start.
    }
  }
}

function lineOf(change: CurationOp, stamp: ChangeStamp, done: Outcome): Omit<JournalChange, 'format' | 'type' | 'expectedVersion'> {
  return { id: stamp.id, at: stamp.at, curator: stamp.curator, change, version: done.version, summary: done.summary, before: done.before, after: done.after };
}

async function record(tx: TxRunner, change: CurationOp, stamp: ChangeStamp, done: Outcome): Promise<void> {
  await tx.run('curation/recordChange', {
    changeId: stamp.id,
    at: stamp.at,
    curator: stamp.curator,
    op: change.op,
    practiceId: change.practiceId,
    version: done.version,
    summary: done.summary,
    before: done.before === null ? null : JSON.stringify(done.before),
    after: done.after === null ? null : JSON.stringify(done.after),
  });
}

// The edges a country × theme cell is made of (cypher/load/countryThemeCells.cypher).
const CELL_EDGES: ReadonlySet<string> = new Set(['IMPLEMENTED_BY', 'ADDRESSES', 'PARTNERS_WITH']);

/** Whether `change` can change a country × theme cell: a field update or another edge cannot. */
function movesCells(change: CurationOp): boolean {
  if (change.op === 'createPractice' || change.op === 'deletePractice') return true;
  if (change.op === 'linkPractice' || change.op === 'unlinkPractice') return CELL_EDGES.has(change.link.type);
  return false;
}

/**
 * Applies the change, then computes again the country × theme cells the practice was or is in
 * (cypher/curation/refreshCells.cypher), in the same transaction: no reader sees the cells
 * disagree with the edges.
 */
async function applyChange(tx: TxRunner, change: CurationOp, stamp: ChangeStamp, expectedVersion: number | null): Promise<Outcome> {
  const done = await applyOp(tx, change, stamp, expectedVersion);
  if (movesCells(change)) await tx.run('curation/refreshCells', { id: change.practiceId, at: stamp.at, asOf: null });
  return done;
}

async function applyOp(tx: TxRunner, change: CurationOp, stamp: ChangeStamp, expectedVersion: number | null): Promise<Outcome> {
  const id = change.practiceId;
  const who = { at: stamp.at, curator: stamp.curator };
  switch (change.op) {
    case 'createPractice': {
      // An id names one entity across all types (src/load/entityIds.ts), so a title whose slug is a
      // partner's or a theme's id is refused like one that is a practice's.
      const [holder] = await tx.run<{ type: string }>('node/typesOf', { ids: [id] });
      if (holder?.type === 'Practice')
        throw new BadUserInputError(
          `input.title: a practice with id ${JSON.stringify(id)} already exists; choose another title or update that one`,
          'input.title',
        );
      if (holder)
        throw new BadUserInputError(
          `input.title: the id ${JSON.stringify(id)} is already taken by ${holder.type}:${id}; an id names one entity across the graph, so choose another title`,
          'input.title',
        );
      const props = { ...NEW_PRACTICE_DEFAULTS, ...withTagsText(change.fields) };
      const [row] = await tx.run<{ version: number }>('curation/createPractice', { id, props, evidence: change.evidence, ...who });
      for (const link of change.links) await tx.run('curation/link', { id, ...link, ...who });
      await deriveBackings(tx, id);
      const n = change.links.length;
      return {
        version: row!.version,
        relationshipsDeleted: 0,
        summary: `created ${JSON.stringify(change.fields.title)} with ${n} link${n === 1 ? '' : 's'}`,
        before: null,
        after: { ...(await lock(tx, id, null)), links: change.links },
      };
    }
    case 'updatePractice': {
      const before = await lock(tx, id, expectedVersion);
      const version = before.version + 1;
      await tx.run('curation/updatePractice', { id, props: withTagsText(change.fields), evidence: change.evidence, version, ...who });
      // The backing rule reads the title and summary (an instrument the text names), so a new text re-derives.
      await deriveBackings(tx, id);
      return {
        version,
        relationshipsDeleted: 0,
        summary: `changed ${Object.keys(change.fields).join(', ') || 'nothing'}`,
        before,
        after: await lock(tx, id, null),
      };
    }
    case 'deletePractice': {
      const before = await lock(tx, id, expectedVersion);
      const version = before.version + 1;
      const [row] = await tx.run<{ relationships: number }>('curation/deletePractice', { id, version, ...who });
      const n = row!.relationships;
      return { version, relationshipsDeleted: n, summary: `deleted with ${n} relationship${n === 1 ? '' : 's'}`, before, after: null };
    }
    case 'linkPractice': {
      const { type, target } = change.link;
      const current = await lock(tx, id, expectedVersion);
      const version = current.version + 1;
      const before = await edge(tx, id, type, target);
      const [row] = await tx.run<{ linked: number }>('curation/link', { id, ...change.link, ...who });
      if (!row || row.linked === 0) throw new NotFoundError(`${type} target of practice ${id} with id`, target);
      await tx.run('curation/touchPractice', { id, version, ...who });
      await deriveBackings(tx, id);
      return { version, relationshipsDeleted: 0, summary: `linked ${type} ${target}`, before, after: await edge(tx, id, type, target) };
    }
    case 'unlinkPractice': {
      const { type, target } = change.link;
      const current = await lock(tx, id, expectedVersion);
      const version = current.version + 1;
      const before = await edge(tx, id, type, target);
      if (!before) throw new NotFoundError(`${type} link of practice ${id} to`, target);
      await tx.run('curation/unlink', { id, type, target, ...who });
      await tx.run('curation/touchPractice', { id, version, ...who });
      await deriveBackings(tx, id);
      return { version, relationshipsDeleted: 1, summary: `unlinked ${type} ${target}`, before, after: null };
    }
  }
}

/**
 * Locks the practice for the rest of the transaction and returns its fields and version; a
 * missing practice is NOT_FOUND, another version than `expectedVersion` a CONFLICT.
 */
async function lock(tx: TxRunner, id: string, expectedVersion: number | null): Promise<PracticeFields & { version: number }> {
  const [row] = await tx.run<{ version: number; fields: PracticeFields }>('curation/lockPractice', { id });
  if (!row) throw new NotFoundError('practice', id);
  if (expectedVersion !== null && row.version !== expectedVersion) throw new ConflictError(id, expectedVersion, row.version);
  return { ...row.fields, version: row.version };
}

async function edge(tx: TxRunner, id: string, type: string, target: string): Promise<Record<string, unknown> | null> {
  const [row] = await tx.run<{ edge: Record<string, unknown> }>('curation/linkSnapshot', { id, type, target });
  return row ? row.edge : null;
}

/**
 * Re-derives the practice's backings in the write's own transaction (the rule is in
 * src/backing/backingRule.ts), so no reader ever sees a link without its backings.
 */
async function deriveBackings(tx: TxRunner, id: string): Promise<void> {
  await rederiveBackings(tx, { practiceIds: [id], withThemes: false });
}

function withTagsText(fields: PracticeFields): Record<string, unknown> {
  const out: Record<string, unknown> = Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== undefined && v !== null));
  if (fields.tags) out.tags_text = tagsText(fields.tags);
  return out;
}
