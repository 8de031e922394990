import type { Executor } from '../db/executor';
import type { QueryName } from '../db/queryNames';
import type { BackupHeader, BackupManifest } from './backupFormat';
import { decodeProperties } from './propertyCodec';
import { readBackup, verifyBackup } from './readBackup';

/** Options for {@link restoreBackup}. */
export interface RestoreOptions {
  /** Delete everything in a non-empty database first (otherwise it is refused). */
  force?: boolean;
  /** Nodes or relationships per transaction (default 1000). */
  batchSize?: number;
  onProgress?: (done: number, total: number, what: string) => void;
}

/** What a restore did. */
export interface RestoreReport {
  header: BackupHeader;
  manifest: BackupManifest;
  /** What --force deleted first. */
  deleted: { nodes: number; relationships: number };
  seconds: number;
}

/** The database holds a graph and the restore was not told to replace it. */
export class DatabaseNotEmptyError extends Error {}

type Counts = { nodes: number; relationships: number };

async function counts(executor: Executor): Promise<Counts> {
  const [row] = await executor.read<Counts>('health/counts');
  return row ?? { nodes: 0, relationships: 0 };
}

async function repeatBatches(executor: Executor, name: QueryName, size: number, column: string): Promise<void> {
  for (;;) {
    const [row] = await executor.writeTransaction((tx) => tx.run<Record<string, number>>(name, { size }));
    if (!row?.[column]) return;
  }
}

/**
 * Loads a backup into an empty database. The whole file is checked first (readBackup), so a
 * damaged or foreign file changes nothing. A database that holds anything is refused unless
 * `force`, which deletes it all first. Then the project's constraints and indexes, the nodes and
 * the relationships, each batch one transaction (memory stays bounded on a large graph; a
 * failure part-way leaves the batches before it, and `--force` starts over). Last, the counts
 * in the database are compared with the manifest's, and the country × theme cells built again.
 */
export async function restoreBackup(executor: Executor, file: string, opts: RestoreOptions = {}): Promise<RestoreReport> {
  const started = Date.now();
  const { header, manifest } = await verifyBackup(file);
  const before = await counts(executor);
  if ((before.nodes > 0 || before.relationships > 0) && !opts.force) {
    throw new DatabaseNotEmptyError(
      `the database ${executor.database} holds ${before.nodes} nodes and ${before.relationships} relationships; a restore loads only into an empty one (--force deletes everything in it first)`,
    );
  }
  if (before.nodes > 0) await repeatBatches(executor, 'backup/wipeBatch', 10_000, 'deleted');
  await executor.runSchema('schema/constraints');
  await executor.runSchema('backup/restoreKeyIndex');

  const size = opts.batchSize ?? 1_000;
  const total = manifest.nodes + manifest.relationships;
  let done = 0;
  let batch: Array<Record<string, unknown>> = [];
  let batchKind: 'node' | 'relationship' = 'node';
  const flush = async () => {
    if (batch.length === 0) return;
    const name: QueryName = batchKind === 'node' ? 'backup/restoreNodes' : 'backup/restoreRelationships';
    const rows = batch;
    batch = [];
    const [row] = await executor.writeTransaction((tx) => tx.run<{ created: number }>(name, { rows }), 600_000);
    if (row?.created !== rows.length) throw new Error(`restoring ${batchKind}s: ${rows.length} in a batch, ${row?.created ?? 0} created`);
    done += rows.length;
    opts.onProgress?.(done, total, `${batchKind}s`);
  };
  for await (const item of readBackup(file)) {
    if (item.kind !== batchKind) {
      await flush();
      batchKind = item.kind;
    }
    if (item.kind === 'node') batch.push({ key: item.line.n, labels: item.line.l, ...decodeProperties(item.line.p) });
    else batch.push({ type: item.line.r, start: item.line.s, end: item.line.e, ...decodeProperties(item.line.p) });
    if (batch.length >= size) await flush();
  }
  await flush();
  await repeatBatches(executor, 'backup/unmarkBatch', 10_000, 'done');
  await executor.runSchema('backup/dropRestoreKeyIndex');

  const after = await counts(executor);
  if (after.nodes !== manifest.nodes || after.relationships !== manifest.relationships) {
    throw new Error(
      `after the restore the database holds ${after.nodes} nodes and ${after.relationships} relationships; the backup has ${manifest.nodes} and ${manifest.relationships}`,
    );
  }
  // A backup holds the cells as they were; built again all the same, for a backup older than them.
  await executor.writeTransaction((tx) => tx.run('load/countryThemeCells', { asOf: null }), 600_000);
  return { header, manifest, deleted: before, seconds: (Date.now() - started) / 1000 };
}
