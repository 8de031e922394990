import fs from 'node:fs';
import path from 'node:path';
import { writeBackup } from '../backup/writeBackup';
import { restoreBackup } from '../backup/restoreBackup';
import { openCliSession } from './cliDatabase';
import { UsageError, type CliOutput } from './graphCommands';

/** `kg backup --out <file>`: the whole graph to one file, progress on stderr. */
export async function backupCommand(opts: { out: string; attempts?: string; force?: boolean }, io: CliOutput): Promise<void> {
  const attempts = opts.attempts === undefined ? undefined : Number(opts.attempts);
  if (attempts !== undefined && (!Number.isInteger(attempts) || attempts < 1))
    throw new UsageError(`--attempts must be a positive whole number, not ${JSON.stringify(opts.attempts)}`);
  if (fs.existsSync(opts.out) && !opts.force) throw new UsageError(`${opts.out} exists; choose another name or pass --force to replace it`);
  if (!fs.existsSync(path.dirname(path.resolve(opts.out)))) throw new UsageError(`the folder of ${opts.out} does not exist`);
  const session = await openCliSession(io.err);
  try {
    const report = await writeBackup(session.db.executor, opts.out, {
      source: session.db.uri.replace(/\/\/[^@/]*@/, '//'),
      attempts,
      onProgress: (nodes, relationships) => io.progress(`backup: ${nodes} nodes, ${relationships} relationships`),
      onRetry: (attempt, total) => io.err(`writes committed while attempt ${attempt} of ${total} read the graph; reading it again`),
    });
    const m = report.manifest;
    io.err(`wrote ${report.file} (${report.bytes} bytes): ${m.nodes} nodes, ${m.relationships} relationships`);
    if (!m.snapshot) {
      io.err(
        `warning: writes kept committing during all ${report.attempts} attempts, so this backup is not the graph at one moment: each node and relationship is as it was when read` +
          (m.skippedRelationships ? `, and ${m.skippedRelationships} relationships to nodes created meanwhile were left out` : '') +
          '. Back up again when the graph is quiet, or with more --attempts.',
      );
    }
  } finally {
    await session.close();
  }
}

/** `kg restore <file>`: checks the file whole, then loads it into an empty database (or, with --force, a wiped one). */
export async function restoreCommand(file: string, opts: { force?: boolean }, io: CliOutput): Promise<void> {
  const session = await openCliSession(io.err);
  try {
    const report = await restoreBackup(session.db.executor, file, {
      force: opts.force,
      onProgress: (done, total, what) => io.progress(`restore: ${done}/${total} (${what})`),
    });
    if (report.deleted.nodes > 0) io.err(`deleted ${report.deleted.nodes} nodes and ${report.deleted.relationships} relationships first (--force)`);
    const m = report.manifest;
    io.out(
      `Restored ${m.nodes} nodes and ${m.relationships} relationships from ${file} (backup of ${report.header.createdAt}) in ${report.seconds.toFixed(1)} s.`,
    );
    if (session.db.running) io.err('The running server keeps some reference data in memory: restart it to see the restored graph everywhere.');
  } finally {
    await session.close();
  }
}
