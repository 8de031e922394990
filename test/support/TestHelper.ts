import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import neo4j, { type Driver } from 'neo4j-driver';
import { CurationJournal } from '../../src/curation/curationJournal';
import type { CurationServices } from '../../src/curation/curationServices';
import { ANONYMOUS_CURATOR, CuratorRegistry } from '../../src/curation/curatorRegistry';
import { loadCypherCatalog } from '../../src/db/cypherCatalog';
import { createDriver } from '../../src/db/connect';
import { Executor } from '../../src/db/executor';
import type { QueryName } from '../../src/db/queryNames';
import { createLogger } from '../../src/logging/logger';
import { prepareGraph } from '../../src/load/prepareGraph';
import { createApolloServer } from '../../src/server/createApolloServer';
import { startServer } from '../../src/server/startServer';
import { createRequestContext } from '../../src/context/createRequestContext';
import type { RequestContext, RequestInfo, ServerServices } from '../../src/context/requestContext';
import { DEFAULT_LIMITS, type Limits } from '../../src/config/limits';
import { ReferenceCache } from '../../src/reference/referenceCache';
import { ResultCache } from '../../src/cache/resultCache';
import type { ApolloServer } from '@apollo/server';
import { loadConfig } from '../../src/config/config';
import { serverOptionsFrom, type ServerOptions } from '../../src/config/serverOptions';
import { TEST_URI_ENV } from './testDatabase';

/** A running HTTP server for tests. */
export interface TestServer {
  url: string;
  close(): Promise<void>;
}

/**
 * The one way integration tests reach Neo4j: owns the driver and the executor, puts the seed
 * graph in place, starts servers, and runs the Cypher that assertions need.
 */
export class TestHelper {
  readonly logger = createLogger(process.env.LOG_LEVEL ?? 'silent', false);

  private constructor(
    readonly uri: string,
    readonly driver: Driver,
    readonly executor: Executor,
  ) {}

  /** Connects to the suite's Neo4j (see globalSetup). */
  static create(): TestHelper {
    const uri = process.env[TEST_URI_ENV];
    if (!uri) throw new Error(`${TEST_URI_ENV} is not set: run the tests through jest (globalSetup starts Neo4j).`);
    const driver = createDriver(uri, process.env.NEO4J_USERNAME ?? 'neo4j', process.env.NEO4J_PASSWORD ?? '');
    const logger = createLogger(process.env.LOG_LEVEL ?? 'silent', false);
    const executor = new Executor(driver, process.env.NEO4J_DATABASE ?? 'neo4j', loadCypherCatalog(), logger, 60_000);
    return new TestHelper(uri, driver, executor);
  }

  /**
   * An executor on the same database whose transactions time out after `ms`, knowing the
   * project's statements and `extra` ones that only tests run (a statement that sleeps, say).
   */
  slowExecutor(ms: number, extra: Record<string, string> = {}): Executor {
    const catalog = new Map([...loadCypherCatalog(), ...(Object.entries(extra) as Array<[QueryName, string]>)]);
    return new Executor(this.driver, this.executor.database, catalog, this.logger, ms);
  }

  /** Deletes every node and relationship. */
  async wipe(): Promise<void> {
    await this.cypher('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
  }

  /** Wipes the database and loads the seed graph, as `npm start` would on an empty store. */
  async resetToSeed(): Promise<void> {
    await this.wipe();
    await prepareGraph(this.executor, { loadSeed: true });
  }

  /** Runs raw Cypher for an assertion and returns plain records. */
  async cypher<T = Record<string, unknown>>(text: string, params: Record<string, unknown> = {}): Promise<T[]> {
    const session = this.driver.session({ database: this.executor.database, defaultAccessMode: neo4j.session.WRITE });
    try {
      const res = await session.run(text, params);
      return res.records.map((r) => r.toObject() as T);
    } finally {
      await session.close();
    }
  }

  /** A started Apollo server for `executeOperation` tests. */
  async apollo(options: ServerOptions = TestHelper.serverOptions()): Promise<ApolloServer<RequestContext>> {
    const server = createApolloServer({ logger: this.logger, options });
    await server.start();
    return server;
  }

  /**
   * The shared services of a server (a fresh reference cache each time: tests reload data).
   * `curators`: one token (the anonymous curator of CURATOR_TOKEN) or token → name; the
   * curation journal is a fresh file in a temp folder (`services.journal.file`).
   */
  services(limits: Limits = DEFAULT_LIMITS, curators?: string | Record<string, string>): ServerServices {
    return {
      executor: this.executor,
      reference: new ReferenceCache(this.executor),
      results: new ResultCache(60_000),
      limits,
      ...TestHelper.curation(curators),
    };
  }

  /** Curators and a fresh journal in a temp folder, as {@link services} gives them. */
  static curation(curators?: string | Record<string, string>): CurationServices {
    const pairs: Array<[string, string]> = typeof curators === 'string' ? [[curators, ANONYMOUS_CURATOR]] : Object.entries(curators ?? {});
    return {
      curators: CuratorRegistry.of(pairs),
      journal: new CurationJournal(path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'kg-journal-')), 'journal.jsonl')),
    };
  }

  /** A fresh request context, as the HTTP layer makes one per request. */
  context(services: ServerServices = this.services(), request: RequestInfo = {}): RequestContext {
    return createRequestContext(services, request);
  }

  /** The server options of the default configuration, with `overrides` (e.g. a production setting). */
  static serverOptions(env: Record<string, string> = {}): ServerOptions {
    return serverOptionsFrom(loadConfig(env));
  }

  /** Starts the full HTTP app on a free port, as `npm start` does (src/server/startServer). */
  async startServer(options: ServerOptions = TestHelper.serverOptions(), services: ServerServices = this.services()): Promise<TestServer> {
    const server = await startServer({ logger: this.logger, options, services, port: 0, host: '127.0.0.1', graceMs: 2_000 });
    return { url: server.url, close: () => server.stop() };
  }

  /** Closes the driver. */
  async close(): Promise<void> {
    await this.driver.close();
  }
}
