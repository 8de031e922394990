import path from 'node:path';
import { CurationRepository } from '../curation/curationRepository';
import { exportCuration } from '../curation/exportCuration';
import { reconcileJournal } from '../curation/reconcileJournal';
import { replayJournal } from '../curation/replayJournal';
import { SEEDS_DIR } from '../ingest/referenceData';
import { CURATED_FILE } from '../load/curatedSeed';
import { openCliSession } from './cliDatabase';
import type { CliOutput } from './graphCommands';

/** `kg curation export`: the curated practices, links and removals as seeds/curated/curation.yaml. */
export async function curationExportCommand(opts: { out?: string }, io: CliOutput): Promise<void> {
  const session = await openCliSession(io.err);
  try {
    const file = opts.out ?? path.join(SEEDS_DIR, CURATED_FILE);
    const done = await exportCuration(session.db.executor, file);
    io.out(`Wrote ${path.relative(process.cwd(), done.file) || done.file}: ${done.practices} practices, ${done.links} links, ${done.removed} removals.`);
  } finally {
    await session.close();
  }
}

/** `kg curation replay`: applies the journal's committed changes the database lacks. */
export async function curationReplayCommand(io: CliOutput): Promise<void> {
  const session = await openCliSession(io.err);
  try {
    const { journal, executor } = { journal: session.services.journal, executor: session.db.executor };
    io.err(`journal ${journal.file}`);
    const report = await replayJournal(journal, new CurationRepository(executor, journal), (done, total) => io.progress(`replaying ${done}/${total}`));
    io.out(
      `Applied ${report.applied} changes; ${report.present} were in the database already, ${report.reflected} reflected in it by a load of seeds/curated/` +
        (report.aborted ? `; ${report.aborted} changes a crash left open were marked aborted` : '') +
        '.',
    );
  } finally {
    await session.close();
  }
}

/** `kg curation status`: settles what a crash left open and counts the journal's changes. */
export async function curationStatusCommand(opts: { json?: boolean }, io: CliOutput): Promise<void> {
  const session = await openCliSession(io.err);
  try {
    const journal = session.services.journal;
    const settled = await reconcileJournal(journal, new CurationRepository(session.db.executor, journal));
    const contents = journal.read();
    const status = {
      journal: journal.file,
      committed: contents.committed.length,
      aborted: contents.aborted.length,
      missingFromDatabase: settled.missing,
      tornLines: contents.tornLines,
    };
    if (opts.json) return io.out(JSON.stringify(status, null, 2));
    io.out(`journal ${status.journal}: ${status.committed} committed changes, ${status.aborted} aborted`);
    io.out(
      status.missingFromDatabase
        ? `the database lacks ${status.missingFromDatabase} of them: run \`npm run kg -- curation replay\``
        : 'the database holds every committed change',
    );
    if (status.tornLines.length) io.out(`lines cut short by a crash (ignored): ${status.tornLines.join(', ')}`);
  } finally {
    await session.close();
  }
}
