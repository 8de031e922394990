import crypto from 'node:crypto';
import fs from 'node:fs';
import type { Executor, TxStreamer } from '../db/executor';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader, type BackupManifest, type NodeLine, type RelationshipLine } from './backupFormat';
import { GzipLineWriter } from './gzipLineWriter';
import { encodeProperties, type PropertyTriple } from './propertyCodec';

/** Options for {@link writeBackup}. */
/** How many times a backup reads the graph, by default, in search of a moment without writes. */
export const DEFAULT_BACKUP_ATTEMPTS = 5;

export interface BackupOptions {
  /** Where the graph comes from, for the header (a URI without credentials). */
  source: string;
  /** How many times to read the graph in search of a moment without writes (default 5). */
  attempts?: number;
  /** The read transaction's timeout (default 10 minutes: a large graph takes a while). */
  timeoutMs?: number;
  onProgress?: (nodes: number, relationships: number) => void;
  /** Told when writes committed during an attempt and another follows. */
  onRetry?: (attempt: number, attempts: number) => void;
}

/** What a backup wrote. */
export interface BackupReport {
  file: string;
  bytes: number;
  manifest: BackupManifest;
  attempts: number;
}

const PROGRESS_EVERY = 5_000;

async function writeGraph(tx: TxStreamer, writer: GzipLineWriter, header: BackupHeader, opts: BackupOptions) {
  const hash = crypto.createHash('sha256');
  const write = (line: string) => {
    hash.update(`${line}\n`);
    return writer.write(line);
  };
  await write(JSON.stringify(header));
  // Element ids are long; the file numbers the nodes instead, in the order they were read.
  const keys = new Map<string, number>();
  const labels: Record<string, number> = {};
  for await (const row of tx.stream<{ key: string; labels: string[]; props: PropertyTriple[] }>('backup/nodes')) {
    const n = keys.size;
    keys.set(row.key, n);
    for (const label of row.labels) labels[label] = (labels[label] ?? 0) + 1;
    const line: NodeLine = { n, l: row.labels, p: encodeProperties(row.props, `node ${row.key} (${row.labels.join(':')})`) };
    await write(JSON.stringify(line));
    if (keys.size % PROGRESS_EVERY === 0) opts.onProgress?.(keys.size, 0);
  }
  const types: Record<string, number> = {};
  let relationships = 0;
  let skipped = 0;
  for await (const row of tx.stream<{ start: string; end: string; type: string; props: PropertyTriple[] }>('backup/relationships')) {
    const s = keys.get(row.start);
    const e = keys.get(row.end);
    // Under read-committed isolation a relationship may join a node created after the nodes were
    // read; the file never names a node it does not hold (such a backup is not a snapshot anyway).
    if (s === undefined || e === undefined) {
      skipped++;
      continue;
    }
    types[row.type] = (types[row.type] ?? 0) + 1;
    relationships++;
    const line: RelationshipLine = { r: row.type, s, e, p: encodeProperties(row.props, `relationship ${row.type} from node ${row.start}`) };
    await write(JSON.stringify(line));
    if (relationships % PROGRESS_EVERY === 0) opts.onProgress?.(keys.size, relationships);
  }
  opts.onProgress?.(keys.size, relationships);
  return { nodes: keys.size, relationships, labels, types, skippedRelationships: skipped, sha256: hash.digest('hex') };
}

/**
 * Writes the whole graph to `file` (see backupFormat.ts), streaming: memory holds the node keys,
 * not the graph. It reads in one read transaction and checks that no write committed meanwhile
 * (Executor.readUnchanged); if one did, it reads again, up to `attempts` times. The manifest's
 * `snapshot` says whether the file is the graph at one moment; if writes never paused, the last
 * attempt is kept, each node and relationship as committed when read. The file appears only
 * when complete (it is written beside, then renamed).
 */
export async function writeBackup(executor: Executor, file: string, opts: BackupOptions): Promise<BackupReport> {
  const attempts = Math.max(1, opts.attempts ?? DEFAULT_BACKUP_ATTEMPTS);
  const facts = await executor.serverFacts();
  const partial = `${file}.partial`;
  for (let attempt = 1; ; attempt++) {
    const header: BackupHeader = {
      format: BACKUP_FORMAT,
      version: BACKUP_VERSION,
      createdAt: new Date().toISOString(),
      database: executor.database,
      neo4jVersion: facts.version,
      source: opts.source,
    };
    const writer = new GzipLineWriter(partial);
    try {
      const { result, unchanged } = await executor.readUnchanged((tx) => writeGraph(tx, writer, header, opts), opts.timeoutMs ?? 600_000);
      if (!unchanged && attempt < attempts) {
        await writer.abort();
        fs.rmSync(partial, { force: true });
        opts.onRetry?.(attempt, attempts);
        await new Promise((resolve) => setTimeout(resolve, 200 * attempt));
        continue;
      }
      const manifest: BackupManifest = { ...result, snapshot: unchanged };
      await writer.write(JSON.stringify({ manifest }));
      await writer.end();
      fs.renameSync(partial, file);
      return { file, bytes: fs.statSync(file).size, manifest, attempts: attempt };
    } catch (err) {
      await writer.abort();
      fs.rmSync(partial, { force: true });
      throw err;
    }
  }
}
