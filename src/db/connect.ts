import { projectPath, type Config } from '../config/config';
import type { Logger } from '../logging/logger';
import { loadCypherCatalog } from './cypherCatalog';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './embeddedNeo4j';
import { Executor } from './executor';
import { createDriver } from './createDriver';
import { findRunningNeo4j, type RunningNeo4j } from './runningNeo4j';

export { createDriver } from './createDriver';

/** A database connection and whatever was started to provide it. */
export interface Database {
  executor: Executor;
  /** The embedded server when this process started one, else undefined. */
  embedded?: EmbeddedNeo4j;
  /** The embedded Neo4j another process runs on the store, when this process uses it instead. */
  running?: RunningNeo4j;
  uri: string;
  /** Closes the driver and stops the embedded server, if any. */
  close(): Promise<void>;
}

/** Options for {@link connectDatabase}. */
export interface ConnectOptions {
  /**
   * Use the embedded Neo4j another process (`npm start`) already runs on NEO4J_DATA_DIR, found
   * through its address file, rather than start one (which would fail on the held store). The
   * command line does; the server does not, since two servers on one store is a mistake.
   */
  useRunning?: boolean;
}

/**
 * Connects to NEO4J_URI when it is set; otherwise, if asked, to the embedded Neo4j already
 * running on NEO4J_DATA_DIR; otherwise starts the embedded Neo4j on NEO4J_EMBEDDED_PORT with its
 * store in NEO4J_DATA_DIR.
 */
export async function connectDatabase(config: Config, logger: Logger, opts: ConnectOptions = {}): Promise<Database> {
  const catalog = loadCypherCatalog();
  let embedded: EmbeddedNeo4j | undefined;
  let running: RunningNeo4j | undefined;
  let uri = config.NEO4J_URI;
  const open = (at: string, username: string, password: string) =>
    new Executor(createDriver(at, username, password), config.NEO4J_DATABASE, catalog, logger, config.NEO4J_TX_TIMEOUT_MS);
  let executor: Executor | undefined;
  if (!uri && opts.useRunning) {
    // The embedded Neo4j has no authentication (it listens on loopback only).
    const found = await findRunningNeo4j(projectPath(config.NEO4J_DATA_DIR), config.NEO4J_DATABASE, logger, (at) => open(at, 'neo4j', ''));
    if (found) ({ running, executor } = found);
    uri = running?.uri;
  }
  if (!uri) {
    embedded = await startEmbeddedNeo4j({
      storeDir: projectPath(config.NEO4J_DATA_DIR),
      port: config.NEO4J_EMBEDDED_PORT,
      heap: config.NEO4J_HEAP,
      pagecache: config.NEO4J_PAGECACHE,
      startTimeoutMs: config.NEO4J_START_TIMEOUT_MS,
      txTimeoutMs: config.NEO4J_TX_TIMEOUT_MS * 2,
      log: (msg) => logger.info(msg),
    });
    uri = embedded.uri;
    logger.info({ uri, version: embedded.version }, 'embedded Neo4j is ready');
  }
  executor ??= open(uri, config.NEO4J_USERNAME, config.NEO4J_PASSWORD);
  return {
    executor,
    embedded,
    running,
    uri,
    async close() {
      await executor.close().catch(() => undefined);
      await embedded?.stop();
    },
  };
}
