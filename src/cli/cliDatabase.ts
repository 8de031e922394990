import { loadConfig, type Config } from '../config/config';
import { limitsFrom } from '../config/limits';
import { serverOptionsFrom } from '../config/serverOptions';
import { connectDatabase, type Database } from '../db/connect';
import { createLogger, type Logger } from '../logging/logger';
import { ReferenceCache } from '../reference/referenceCache';
import { ResultCache } from '../cache/resultCache';
import { createApolloServer } from '../server/createApolloServer';
import { createRequestContext } from '../context/createRequestContext';
import { curationServices } from '../curation/curationServices';
import type { ServerServices } from '../context/requestContext';

/** What a command that needs the graph gets: the database, the services, and a GraphQL runner. */
export interface CliSession {
  config: Config;
  logger: Logger;
  db: Database;
  services: ServerServices;
  /** Runs a GraphQL operation in-process, as the HTTP API would, and returns its result. */
  graphql<T = Record<string, unknown>>(
    query: string,
    variables?: Record<string, unknown>,
    authorization?: string,
  ): Promise<{ data?: T | null; errors?: ReadonlyArray<{ message: string; extensions?: Record<string, unknown> }> }>;
  close(): Promise<void>;
}

/**
 * Opens the graph for a command: NEO4J_URI's server when set; else the embedded Neo4j that
 * `npm start` is running on the store, when there is one (found through its address file); else
 * an embedded Neo4j of its own on the store.
 */
export async function openCliSession(log: (m: string) => void): Promise<CliSession> {
  const config = loadConfig();
  const logger = createLogger(process.env.LOG_LEVEL ?? 'warn', false, process.stderr);
  let db: Database;
  try {
    db = await connectDatabase(config, logger, { useRunning: true });
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    if (/already in use/.test(message)) {
      throw new Error(
        `${message}\nIf another Neo4j holds the port, set NEO4J_EMBEDDED_PORT, or point the command at that Neo4j: NEO4J_URI=bolt://127.0.0.1:${config.NEO4J_EMBEDDED_PORT} npm run kg -- ...`,
      );
    }
    throw err;
  }
  if (db.embedded) log(`(embedded Neo4j ${db.embedded.version}, store ${config.NEO4J_DATA_DIR})`);
  if (db.running) log(`(the running server's Neo4j ${db.running.version} at ${db.running.uri}, store ${config.NEO4J_DATA_DIR})`);
  const services: ServerServices = {
    executor: db.executor,
    reference: new ReferenceCache(db.executor),
    results: new ResultCache(0),
    limits: limitsFrom(config),
    ...curationServices(config),
  };
  const apollo = createApolloServer({ logger, options: { ...serverOptionsFrom(config), introspection: true } });
  await apollo.start();
  return {
    config,
    logger,
    db,
    services,
    async graphql(query, variables = {}, authorization) {
      const res = await apollo.executeOperation({ query, variables }, { contextValue: createRequestContext(services, { authorization }) });
      if (res.body.kind !== 'single') throw new Error('incremental results are not supported here');
      return res.body.singleResult as never;
    },
    async close() {
      await apollo.stop();
      await db.close();
    },
  };
}
