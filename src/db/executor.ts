import neo4j, { isRetryableError, type Driver, type ManagedTransaction, type Session } from 'neo4j-driver';
import { DatabaseUnavailableError } from '../errors/domainErrors';
import type { Logger } from '../logging/logger';
import { splitStatements, type CypherCatalog } from './cypherCatalog';
import { StatementShapes } from './cypherShapes';
import { sessionsOpen, statementDuration } from '../metrics/metrics';
import { mapNeo4jError } from './mapNeo4jError';
import type { QueryName } from './queryNames';

// Both managed and explicit transactions can run statements; that is all runIn needs.
type Runnable = Pick<ManagedTransaction, 'run'>;

/**
 * JavaScript has one number type; Cypher tells integers from floats (LIMIT needs an integer, and
 * a year should be stored as one). Whole numbers become Cypher integers, the rest stay floats.
 */
export function toCypherParams(value: unknown): unknown {
  if (typeof value === 'number') return Number.isSafeInteger(value) ? neo4j.int(value) : value;
  if (Array.isArray(value)) return value.map(toCypherParams);
  if (value !== null && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toCypherParams(v)]));
  }
  return value;
}

/**
 * Whether a failed transaction may simply be run again (a deadlock, a lock wait cut short): the
 * driver's own test, for callers outside src/db that retry their own transactions.
 */
export const isTransientFailure = (err: unknown): boolean => isRetryableError(err);

/** Query parameters; values are always passed as parameters, never spliced into Cypher. */
export type Params = Record<string, unknown>;

/** Told about every statement sent; used to count database round trips per request. */
export type QueryObserver = (name: QueryName) => void;

/** Runs named statements inside one transaction (see {@link Executor.writeTransaction}). */
export interface TxRunner {
  run<T = Record<string, unknown>>(name: QueryName, params?: Params): Promise<T[]>;
}

/** Streams named statements inside one read transaction (see {@link Executor.readUnchanged}). */
export interface TxStreamer {
  stream<T = Record<string, unknown>>(name: QueryName, params?: Params): AsyncGenerator<T, void, undefined>;
}

/** What {@link Executor.readUnchanged} found: the work's result, and whether the graph stayed still meanwhile. */
export interface UnchangedRead<T> {
  result: T;
  /** No write committed between just before the read transaction began and just after it ended. */
  unchanged: boolean;
}

/** Facts about the server, for /health. */
export interface ServerFacts {
  version: string;
  edition: string;
  address: string;
}

/**
 * The one door to the database. It picks read or write transactions, always names the
 * database, closes sessions in `finally`, logs statements at debug level, times each statement
 * and counts open sessions (src/metrics) and maps Neo4j errors to coded domain errors. Nothing
 * else in `src/` runs Cypher.
 */
export class Executor {
  constructor(
    private readonly driver: Driver,
    readonly database: string,
    private readonly catalog: CypherCatalog,
    private readonly logger: Logger,
    private readonly txTimeoutMs: number,
    private readonly observer?: QueryObserver,
    // Shared by the executors withObserver makes, so that each shape's text is built once.
    private readonly shapes: StatementShapes = new StatementShapes(),
  ) {}

  /** The same executor also reporting each statement to `observer` (after any it already has). */
  withObserver(observer: QueryObserver): Executor {
    const previous = this.observer;
    const chained: QueryObserver = previous
      ? (name) => {
          previous(name);
          observer(name);
        }
      : observer;
    return new Executor(this.driver, this.database, this.catalog, this.logger, this.txTimeoutMs, chained, this.shapes);
  }

  /** Runs a named read statement and returns its records as plain objects. */
  async read<T = Record<string, unknown>>(name: QueryName, params: Params = {}): Promise<T[]> {
    // A read is one statement: an auto-commit transaction saves the BEGIN and COMMIT round trips
    // of a managed one (about half the cost of a small query here). A transient failure, which
    // the driver would have retried, is retried once here.
    const attempt = () => this.inSession('READ', (session) => this.runIn<T>({ run: (q, p) => session.run(q, p, { timeout: this.txTimeoutMs }) }, name, params));
    try {
      return await attempt();
    } catch (err) {
      if (err instanceof DatabaseUnavailableError || !isRetryableError(err)) throw err;
      return attempt();
    }
  }

  /**
   * Runs a named read statement and yields its records one by one as the driver receives them,
   * for results too large to hold (the exports). The driver pulls records in batches and stops
   * pulling while the consumer is busy, so memory stays bounded by a batch. Leaving the loop
   * early (a client that disconnects) cancels the rest of the result. Not retried: records may
   * already have been consumed when a failure arrives.
   */
  async *stream<T = Record<string, unknown>>(name: QueryName, params: Params = {}): AsyncGenerator<T, void, undefined> {
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    sessionsOpen.inc();
    try {
      yield* this.streamIn<T>({ run: (cypher, cypherParams) => session.run(cypher, cypherParams, { timeout: this.txTimeoutMs }) }, name, params);
    } finally {
      sessionsOpen.dec();
      await session.close();
    }
  }

  /**
   * Runs `work` in one read transaction whose statements stream their records, between two
   * probes in the same session, and says whether any write committed in between. Neo4j's
   * isolation is read-committed: one transaction alone does not see one state of the graph
   * throughout. The probes' bookmarks name the last committed transaction (session bookmarks
   * chain them, so on a cluster each one reads at least what the one before saw): equal
   * bookmarks mean the graph did not change, so the work saw it whole at one moment.
   */
  async readUnchanged<T>(work: (tx: TxStreamer) => Promise<T>, timeoutMs = this.txTimeoutMs): Promise<UnchangedRead<T>> {
    return this.inSession('READ', async (session) => {
      const probe = async () => {
        const tx = session.beginTransaction({ timeout: this.txTimeoutMs });
        await this.runIn(tx, 'backup/probe', {});
        await tx.commit();
        return [...session.lastBookmarks()].sort().join(' ');
      };
      const before = await probe();
      const tx = session.beginTransaction({ timeout: timeoutMs });
      let result: T;
      try {
        const streamer: TxStreamer = { stream: (name, params = {}) => this.streamIn(tx, name, params) };
        result = await work(streamer);
        await tx.commit();
      } catch (err) {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        throw err;
      } finally {
        await tx.close().catch(() => undefined);
      }
      const after = await probe();
      return { result, unchanged: before !== '' && before === after };
    });
  }

  /**
   * Runs `work` in one write transaction: all its statements commit together or none does.
   * Not retried on transient errors, because `work` may have side effects outside the database.
   */
  async writeTransaction<T>(work: (tx: TxRunner) => Promise<T>, timeoutMs = this.txTimeoutMs): Promise<T> {
    return this.inSession('WRITE', async (session) => {
      const tx = session.beginTransaction({ timeout: timeoutMs });
      try {
        const runner: TxRunner = { run: (name, params = {}) => this.runIn(tx, name, params) };
        const result = await work(runner);
        await tx.commit();
        return result;
      } catch (err) {
        if (tx.isOpen()) await tx.rollback().catch(() => undefined);
        throw err;
      } finally {
        await tx.close().catch(() => undefined);
      }
    });
  }

  /**
   * Runs a schema file (constraints, indexes) statement by statement, each auto-committed,
   * since Neo4j does not allow schema changes and data changes in one transaction.
   */
  async runSchema(name: QueryName): Promise<void> {
    const text = this.catalog.get(name);
    if (text === undefined) throw new Error(`Unknown Cypher statement ${name}`);
    await this.inSession('WRITE', async (session) => {
      for (const statement of splitStatements(text)) {
        this.logger.debug({ cypher: statement }, 'schema statement');
        await session.run(statement);
      }
    });
  }

  /** Asks the server who it is; throws DatabaseUnavailableError when it cannot be reached. */
  async serverFacts(): Promise<ServerFacts> {
    try {
      const info = await this.driver.getServerInfo({ database: this.database });
      const [row] = await this.read<{ version: string; edition: string }>('health/components');
      return { version: row?.version ?? String(info.agent), edition: row?.edition ?? 'unknown', address: info.address ?? '' };
    } catch (err) {
      throw mapNeo4jError(err);
    }
  }

  /** Closes the driver and its connection pool. */
  close(): Promise<void> {
    return this.driver.close();
  }

  private async inSession<T>(mode: 'READ' | 'WRITE', work: (session: Session) => Promise<T>): Promise<T> {
    const session = this.driver.session({
      database: this.database,
      defaultAccessMode: mode === 'READ' ? neo4j.session.READ : neo4j.session.WRITE,
    });
    sessionsOpen.inc();
    try {
      return await work(session);
    } catch (err) {
      throw mapNeo4jError(err);
    } finally {
      sessionsOpen.dec();
      await session.close();
    }
  }

  /** The text to send for a named statement: its shape for these parameters (see cypherShapes.ts). */
  private statement(name: QueryName, params: Params): string {
    const text = this.catalog.get(name);
    if (text === undefined) throw new Error(`Unknown Cypher statement ${name}`);
    return this.shapes.textFor(name, text, params);
  }

  private async *streamIn<T>(tx: Runnable, name: QueryName, params: Params): AsyncGenerator<T, void, undefined> {
    const cypher = this.statement(name, params);
    this.observer?.(name);
    this.logger.debug({ query: name, params }, 'cypher (streamed)');
    // Timed to the last record: the time the consumer holds the stream open counts too.
    const done = statementDuration.startTimer({ statement: name });
    // A consumer that stops early (a client gone) is not a failed statement.
    let outcome = 'ok';
    try {
      for await (const record of tx.run(cypher, toCypherParams(params))) yield record.toObject() as T;
    } catch (err) {
      outcome = 'error';
      throw mapNeo4jError(err);
    } finally {
      done({ outcome });
    }
  }

  private async runIn<T>(tx: Runnable, name: QueryName, params: Params): Promise<T[]> {
    const cypher = this.statement(name, params);
    this.observer?.(name);
    this.logger.debug({ query: name, params }, 'cypher');
    const done = statementDuration.startTimer({ statement: name });
    try {
      const result = await tx.run(cypher, toCypherParams(params));
      done({ outcome: 'ok' });
      return result.records.map((r) => r.toObject() as T);
    } catch (err) {
      done({ outcome: 'error' });
      throw err;
    }
  }
}
