import neo4j from 'neo4j-driver';
import { projectPath, type Config } from '../config/config';
import type { Logger } from '../logging/logger';
import { loadCypherCatalog } from './cypherCatalog';
import { startEmbeddedNeo4j, type EmbeddedNeo4j } from './embeddedNeo4j';
import { Executor } from './executor';
import { poolMax } from '../metrics/metrics';

const MAX_POOL_SIZE = 100;

/** A database connection and whatever was started to provide it. */
export interface Database {
  executor: Executor;
  /** The embedded server when this process started one, else undefined. */
  embedded?: EmbeddedNeo4j;
  uri: string;
  /** Closes the driver and stops the embedded server, if any. */
  close(): Promise<void>;
}

/** Creates the project's driver with settings that make an unreachable server fail fast. */
export function createDriver(uri: string, username: string, password: string) {
  // The embedded server runs without authentication; a remote one needs credentials.
  const auth = password ? neo4j.auth.basic(username, password) : undefined;
  poolMax.set(MAX_POOL_SIZE);
  return neo4j.driver(uri, auth, {
    disableLosslessIntegers: true,
    connectionTimeout: 1_500,
    // Waiting for a free pooled connection under load is not a fault: queue rather than fail.
    // (A database that is down fails at connect, which connectionTimeout bounds.)
    connectionAcquisitionTimeout: 30_000,
    // The driver then retries a transient failure once, about a second later: enough to ride out
    // a cluster's leader switch, short enough that a dead database fails a request within 2 s.
    maxTransactionRetryTime: 0,
    maxConnectionPoolSize: MAX_POOL_SIZE,
    userAgent: 'migrant-rights-kg/0.1',
  });
}

/**
 * Connects to NEO4J_URI when it is set; otherwise starts the embedded Neo4j on
 * NEO4J_EMBEDDED_PORT with its store in NEO4J_DATA_DIR.
 */
export async function connectDatabase(config: Config, logger: Logger): Promise<Database> {
  const catalog = loadCypherCatalog();
  let embedded: EmbeddedNeo4j | undefined;
  let uri = config.NEO4J_URI;
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
  const driver = createDriver(uri, config.NEO4J_USERNAME, config.NEO4J_PASSWORD);
  const executor = new Executor(driver, config.NEO4J_DATABASE, catalog, logger, config.NEO4J_TX_TIMEOUT_MS);
  return {
    executor,
    embedded,
    uri,
    async close() {
      await executor.close().catch(() => undefined);
      await embedded?.stop();
    },
  };
}
