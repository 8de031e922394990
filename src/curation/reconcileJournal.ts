import type { CurationJournal } from './curationJournal';
import type { CurationRepository } from './curationRepository';

/** What {@link reconcileJournal} found and did. */
export interface ReconcileReport {
  /** Pending changes the database holds: their commit line is now written. */
  committed: number;
  /** Pending changes the database does not hold: their abort line is now written. */
  aborted: number;
  /** Committed changes the database does not hold (a lost or replaced store): `kg curation replay` applies them. */
  missing: number;
  /** Lines of the journal cut short by a crash, ignored. */
  tornLines: number[];
  /** The ids of the committed changes (including those just settled as committed) whose mark the database holds. */
  present: Set<string>;
}

/**
 * Makes the journal and the database agree after a crash; `npm start` runs it before it serves.
 * A change line is written before its transaction commits and its commit line after, so a crash
 * between them leaves a pending line whose change may or may not have committed. The change's
 * mark in the database (curation/recordChange, same transaction) decides: present, the change
 * committed and gets its commit line; absent, it never committed (its curator got no answer)
 * and gets an abort line. It is not re-applied: nobody was told it succeeded.
 */
export async function reconcileJournal(journal: CurationJournal, repo: CurationRepository): Promise<ReconcileReport> {
  const contents = journal.read();
  const present = await repo.changesPresent(contents.pending.map((r) => r.change.id));
  let committed = 0;
  for (const r of contents.pending) {
    if (present.has(r.change.id)) {
      journal.appendOutcome(r.change.id, 'commit');
      committed += 1;
    } else journal.appendOutcome(r.change.id, 'abort', 'not in the database after a restart: its transaction never committed');
  }
  const done = await repo.changesPresent(contents.committed.map((r) => r.change.id));
  return {
    committed,
    aborted: contents.pending.length - committed,
    missing: contents.committed.filter((r) => !done.has(r.change.id)).length,
    tornLines: contents.tornLines,
    present: new Set([...done, ...present]),
  };
}
