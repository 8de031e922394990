import fs from 'node:fs';
import path from 'node:path';
import { loadCypherCatalog } from '../src/db/cypherCatalog';
import { createDriver } from '../src/db/connect';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from '../src/db/embeddedNeo4j';
import { Executor } from '../src/db/executor';
import { loadReferenceData } from '../src/ingest/referenceData';
import { buildLoadPlan } from '../src/load/buildLoadPlan';
import { loadGraph } from '../src/load/loadGraph';
import { createLogger } from '../src/logging/logger';
import { freePort } from './serverProcess';
import { syntheticGraph } from './syntheticGraph';

/** A benchmark database: an embedded Neo4j with its own store per scale, and an executor. */
export interface BenchDatabase {
  uri: string;
  executor: Executor;
  neo4j?: EmbeddedNeo4j;
  stop(): Promise<void>;
}

/** Practices per scale name. */
export const SCALES: Record<string, number> = { '1k': 1_000, '10k': 10_000, '100k': 100_000 };

/** The store of a scale, kept between runs under bench/tmp (git-ignored). */
export function storeOf(scale: string): string {
  return path.join(__dirname, 'tmp', `neo4j-${scale}`);
}

/**
 * Starts the scale's embedded Neo4j (sized for 100k practices) on its store, or on `store`, or
 * connects to NEO4J_URI.
 */
export async function openBenchDatabase(scale: string, log: (m: string) => void, store = storeOf(scale)): Promise<BenchDatabase> {
  const logger = createLogger('warn', false, process.stderr);
  let neo4j: EmbeddedNeo4j | undefined;
  let uri = process.env.NEO4J_URI;
  if (!uri) {
    fs.mkdirSync(store, { recursive: true });
    neo4j = await startEmbeddedNeo4j({
      storeDir: store,
      port: await freePort(),
      heap: process.env.NEO4J_HEAP ?? '4g',
      pagecache: process.env.NEO4J_PAGECACHE ?? '2g',
      startTimeoutMs: 300_000,
      txTimeoutMs: 600_000,
      log,
    });
    uri = neo4j.uri;
  }
  const executor = new Executor(
    createDriver(uri, process.env.NEO4J_USERNAME ?? 'neo4j', process.env.NEO4J_PASSWORD ?? ''),
    process.env.NEO4J_DATABASE ?? 'neo4j',
    loadCypherCatalog(),
    logger,
    600_000,
  );
  return {
    uri,
    executor,
    neo4j,
    async stop() {
      await executor.close();
      await neo4j?.stop();
    },
  };
}

/** What loading a scale took. */
export interface LoadFigures {
  practices: number;
  nodes: number;
  relationships: number;
  seconds: number;
  nodesPerSecond: number;
  relationshipsPerSecond: number;
  skipped: boolean;
  /** Seconds per load step (nodes, each relationship type, backings), to see where the time goes. */
  stepSeconds: Record<string, number>;
  /** Batches rolled back by a deadlock and run again (parallel sessions, see loadGraph). */
  deadlockRetries?: number;
}

/**
 * Loads the seed graph plus a synthetic catalogue of the scale through the project's loader
 * (skipped when the store already holds exactly that), reporting progress and throughput.
 */
export async function loadScale(db: BenchDatabase, scale: string, progress: (line: string) => void): Promise<LoadFigures> {
  const practices = SCALES[scale];
  if (!practices) throw new Error(`unknown scale ${scale}; one of ${Object.keys(SCALES).join(', ')}`);
  await db.executor.runSchema('schema/constraints');
  const seed = syntheticGraph(practices, loadReferenceData());
  const plan = buildLoadPlan({ extraSeeds: [seed] });
  plan.fingerprint = `${plan.fingerprint}:synthetic-${practices}`;
  const started = Date.now();
  let last = 0;
  const stepSeconds: Record<string, number> = {};
  let retries = 0;
  let stepStarted = started;
  const report = await loadGraph(db.executor, plan, {
    transactionPerBatch: true,
    batchSize: 10_000,
    onRetry: () => (retries += 1),
    onProgress: (done, total, step) => {
      const now = Date.now();
      stepSeconds[step] = Math.round((stepSeconds[step] ?? 0) * 1000 + now - stepStarted) / 1000;
      stepStarted = now;
      if (Date.now() - last < 250 && done < total) return;
      last = Date.now();
      const width = 30;
      const filled = Math.round((done / total) * width);
      progress(`[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${((100 * done) / total).toFixed(0)}% ${done}/${total} rows (${step})`);
    },
  });
  const [counts] = await db.executor.read<{ nodes: number; relationships: number }>('health/counts');
  const seconds = report.skipped ? 0 : (Date.now() - started) / 1000;
  return {
    practices,
    nodes: counts?.nodes ?? 0,
    relationships: counts?.relationships ?? 0,
    seconds,
    nodesPerSecond: seconds ? Math.round((counts?.nodes ?? 0) / seconds) : 0,
    relationshipsPerSecond: seconds ? Math.round((counts?.relationships ?? 0) / seconds) : 0,
    skipped: report.skipped,
    stepSeconds,
    deadlockRetries: retries,
  };
}
