import type { CurationJournal } from './curationJournal';
import type { CurationRepository } from './curationRepository';
import { reconcileJournal } from './reconcileJournal';

/** What {@link replayJournal} did. */
export interface ReplayReport {
  applied: number;
  /** Changes whose mark the database holds already. */
  present: number;
  /** Changes the store already reflects at their version or later (a load of seeds/curated/). */
  reflected: number;
  /** Pending lines settled first (see reconcileJournal). */
  aborted: number;
}

/**
 * Applies the journal's committed changes that the database does not hold, in the order they
 * committed, each with its own id, time and curator: onto a fresh store (seeds loaded) it
 * reproduces the curated state, history included. Idempotent: a change whose mark is in the
 * database, or whose practice the store holds at the change's version or later, is skipped. It
 * stops at the first change that cannot be applied, naming its journal line.
 */
export async function replayJournal(
  journal: CurationJournal,
  repo: CurationRepository,
  progress?: (done: number, total: number) => void,
): Promise<ReplayReport> {
  const { aborted, present } = await reconcileJournal(journal, repo);
  // Read again: settling appended commit lines, which put those changes in commit order.
  const { committed } = journal.read();
  // One read of the versions; each change applied moves its practice to the change's version.
  const versions = await repo.versions([...new Set(committed.filter((r) => !present.has(r.change.id)).map((r) => r.change.change.practiceId))]);
  const report: ReplayReport = { applied: 0, present: 0, reflected: 0, aborted };
  for (const [i, { change, line }] of committed.entries()) {
    progress?.(i, committed.length);
    if (present.has(change.id)) {
      report.present += 1;
      continue;
    }
    const stored = versions.get(change.change.practiceId) ?? 0;
    if (stored >= change.version) {
      report.reflected += 1;
      continue;
    }
    try {
      await repo.replay(change);
    } catch (err) {
      throw new Error(
        `${journal.file}:${line}: change ${change.id} (${change.change.op} ${change.change.practiceId}) could not be applied (${report.applied} applied before it): ${(err as Error).message}`,
      );
    }
    versions.set(change.change.practiceId, change.version);
    report.applied += 1;
  }
  return report;
}
